using ThiDua.Service.Features.Auth;
using Microsoft.Extensions.Options;
using ThiDua.Rules;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>The plans feature: check, fix and extract an uploaded plan (<c>/api/plans</c>).</summary>
public static class PlansFeature
{
    /// <summary>Registers the <see cref="PlanEngine"/> (thread-safe, one for the process) with the configured <see cref="UploadOptions"/> limits, and the <see cref="EngineDeadline"/> each request runs it under.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.Section)
            .Validate(o => o.TimeoutSeconds > 0, "Engine:TimeoutSeconds must be positive.").ValidateOnStart();
        services.AddSingleton<EngineDeadline>();
        services.AddHostedService<EngineWarmUp>();
        RequestWarmUp.Wrap(services);
        return services.AddSingleton(provider => new PlanEngine(provider.GetRequiredService<IOptions<UploadOptions>>().Value.ToLimits()));
    }

    /// <summary>Maps <c>GET /api/plans/limits</c>, and <c>POST /api/plans/check</c>, <c>/fix</c> and <c>/extract</c> (multipart form, field <c>file</c>).</summary>
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/plans")
            .WithTags("Kế hoạch")
            .RequireAuthorization(AuthPolicies.Member)
            .DisableAntiforgery() // called by the pane with fetch, not by a browser form
            .WithRequestBody(RequestBody.Plan)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        plans.MapGet("/limits", PlanHandlers.Limits)
            .WithName("GetPlanLimits")
            .WithSummary("Giới hạn tệp kế hoạch")
            .WithDescription("Cỡ tệp .docx lớn nhất dịch vụ nhận (byte), để ngăn tác vụ báo ngay khi văn bản quá lớn, trước khi đọc và gửi cả tệp.");

        plans.MapPost("/check", PlanHandlers.Check)
            .WithName("CheckPlan")
            .WithSummary("Kiểm tra thể thức kế hoạch")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về mọi phát hiện theo Nghị định 30/2020/NĐ-CP: " +
                             "quy tắc, mức độ (error/warning/info), phần văn bản, đoạn, trích đoạn, điều quan sát được, điều yêu cầu, hồ sơ quy tắc đặt yêu cầu " +
                             "và cách sửa khi sửa được. Hồ sơ quy tắc áp dụng: trường `profile` (tên hồ sơ), hoặc của đơn vị `unitId`, hoặc của đơn vị của " +
                             "người đăng nhập; nếu không có, Nghị định 30/2020/NĐ-CP.")
            .Produces<CheckReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(PlanFormSchema.CheckAsync);

        plans.MapPost("/fix", PlanHandlers.Fix)
            .WithName("FixPlan")
            .WithSummary("Sửa tự động các lỗi sửa được")
            .WithDescription("Nhận tệp kế hoạch .docx (trường `file`) và danh sách mã quy tắc cách nhau bởi dấu phẩy (trường `rules`, để trống = mọi quy tắc); " +
                             "trả về tệp .docx đã sửa, tên `<tên tệp>-da-sua.docx`. Hồ sơ quy tắc áp dụng như khi kiểm tra (`profile`, `unitId`).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .AddOpenApiOperationTransformer(PlanFormSchema.FixAsync);

        plans.MapPost("/extract", PlanHandlers.Extract)
            .WithName("ExtractPlan")
            .WithSummary("Trích xuất thông tin và chỉ tiêu")
            .WithDescription("Nhận tệp kế hoạch .docx (trường `file`) và trả về thông tin văn bản (cơ quan ban hành, số, ký hiệu, ngày, trích yếu, người ký) " +
                             "cùng các chỉ tiêu thi đua (mã, tên, lĩnh vực, phép so sánh, giá trị, đơn vị, nguồn).");
        return routes;
    }
}
