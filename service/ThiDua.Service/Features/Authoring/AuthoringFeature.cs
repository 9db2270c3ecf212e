using ThiDua.Service.Infrastructure;
using ThiDua.Plans.Authoring.Tagging;
using ThiDua.Service.Features.Plans;

namespace ThiDua.Service.Features.Authoring;

/// <summary>Plan authoring (issue 4): a whole new plan in one step, and tagging of a plan written without tags.</summary>
public static class AuthoringFeature
{
    /// <summary>Registers the authoring services: unit profiles are looked up in the central database.</summary>
    public static IServiceCollection AddAuthoring(this IServiceCollection services) =>
        services.AddScoped<ThiDua.Plans.Authoring.IUnitProfileDirectory, StoredUnitProfiles>();

    /// <summary>Maps <c>POST /api/plans/new</c> (JSON), <c>POST /api/plans/tag</c> and <c>POST /api/plans/tag/controls</c> (multipart form, field <c>file</c>).</summary>
    public static IEndpointRouteBuilder MapAuthoring(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/plans")
            .WithTags("Soạn kế hoạch")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        plans.MapPost("/new", AuthoringHandlers.New)
            .WithName("NewPlan")
            .WithSummary("Tạo kế hoạch mới")
            .WithDescription("Nhận đơn vị ban hành (unitId của đơn vị đã lưu hoặc toàn bộ unit), năm, trích yếu, số và ngày (tùy chọn), chỉ tiêu (tùy chọn) " +
                             "và các phần cần có (sections, mặc định mọi phần); trả về tệp .docx đúng thể thức Nghị định 30/2020/NĐ-CP, " +
                             "mọi phần nằm trong thẻ thidua:* và có phần dữ liệu của kế hoạch (custom XML urn:thidua:plan:1).")
            .Accepts<NewPlanRequest>("application/json")
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/tag", AuthoringHandlers.Tag)
            .WithRequestBody(RequestBody.Plan)
            .WithName("TagPlan")
            .WithSummary("Gắn thẻ cho kế hoạch")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về tệp đã gắn thẻ (content control) cho các phần nhận ra được " +
                             "(phần đầu, cơ quan, số, địa danh và ngày, tên loại và trích yếu, các mục, chỉ tiêu, nơi nhận, chữ ký) cùng phần dữ liệu của kế hoạch; " +
                             "nội dung và định dạng giữ nguyên. Tên tệp trả về `<tên tệp>-gan-the.docx`.")
            .DisableAntiforgery()
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plans.MapPost("/tag/controls", AuthoringHandlers.TagInPlace)
            .WithRequestBody(RequestBody.Plan)
            .WithName("TagPlanInPlace")
            .WithSummary("Các thẻ cần gắn, để gắn ngay trong Word")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về các thẻ (content control) cần gắn, mỗi thẻ với vị trí của nó trong văn bản " +
                             "chưa gắn thẻ (đoạn đầu, đoạn cuối; với thẻ trong dòng: vị trí ký tự và độ dài), các phần không gắn được và nội dung phần dữ liệu của kế hoạch, " +
                             "để ngăn tác vụ gắn thẻ ngay trong văn bản đang mở mà không thay cả văn bản.")
            .DisableAntiforgery()
            .Produces<InPlaceTagging>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return routes;
    }
}
