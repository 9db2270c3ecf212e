using ThiDua.Service.Infrastructure;
using ThiDua.Service.Features.Auth;
using ThiDua.Data.Hosting;
using ThiDua.Data.Submissions;
using ThiDua.Service.Features.Kpis;
using ThiDua.Service.Features.Plans;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The stored plans of the central KPI database on <c>/api/plans</c>: submitting — <c>POST /api/plans/submit</c> (a form
/// with the .docx and the reviewed extraction, or JSON) and <c>POST /api/plans/submit/batch</c> (several .docx files,
/// stored together: <c>thidua submit</c>) — and reading them back (<c>GET /api/plans</c>, <c>/api/plans/{id}</c>,
/// <c>/api/plans/{id}/file</c>). The stateless operations on an uploaded .docx are <see cref="Plans.PlanDocumentEndpoints"/>.
/// </summary>
public static class StoredPlanEndpoints
{
    /// <summary>Registers the KPI database (<see cref="DataServiceCollectionExtensions.AddThiDuaData"/>: SQLite by default, PostgreSQL by configuration; migrated at start).</summary>
    public static IServiceCollection AddKpiDatabase(this IServiceCollection services, IConfiguration configuration) =>
        services.AddThiDuaData(configuration);

    /// <summary>Maps the submission and stored plan endpoints, for members.</summary>
    public static IEndpointRouteBuilder MapStoredPlans(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/plans").WithTags("Kế hoạch đã gửi").RequireAuthorization(AuthPolicies.Member).ProducesProblem(StatusCodes.Status400BadRequest);

        // One route, two endpoints chosen by content type (routing answers 415 for any other): the JSON body bound by the
        // framework, and the form. The document has one operation per path and method, and the form's, described after the
        // JSON one, is the operation: NSwag's generated clients cannot call an operation with two request content types
        // (measured: the TypeScript client then takes a JSON body parameter and sends the form as application/json). The JSON
        // body is described by its schema, SubmissionRequest, a component the form's extraction field names (contentSchema).
        // The request record carries no validation attributes; the validator would walk each byte of the decoded .docx.
        plans.MapPost("/submit", SubmissionHandlers.SubmitJson)
            .WithRequestBody(RequestBody.Submission)
            .DisableValidation();

        plans.MapPost("/submit", SubmissionHandlers.SubmitForm)
            .WithRequestBody(RequestBody.Submission)
            .WithName("SubmitPlan")
            .WithSummary("Gửi chỉ tiêu của kế hoạch về cơ sở dữ liệu chung")
            .WithDescription("Nhận biểu mẫu multipart/form-data: tệp kế hoạch .docx (trường file) để trích xuất chỉ tiêu, hoặc kết quả trích xuất " +
                             "đã được cán bộ soát lại (trường extraction: JSON gồm file, plan, kpis) kèm tệp gốc (trường file, tùy chọn); tùy chọn unitId. " +
                             "Cũng nhận chính JSON đó (cấu trúc SubmissionRequest) làm nội dung application/json (tệp gốc trong trường docx, dạng base64) cho các công cụ dòng lệnh. Gửi lại đúng nội dung cũ không thay đổi gì " +
                             "(200, outcome=unchanged); kế hoạch mới của đơn vị trong năm được lưu (201, stored); bản sửa đổi thành phiên bản mới " +
                             "thay thế phiên bản trước, phiên bản cũ vẫn được giữ (201, superseded).")
            .DisableAntiforgery()
            .AddOpenApiOperationTransformer(SubmissionFormSchema.DescribeAsync)
            .Produces<SubmissionResult>(StatusCodes.Status200OK)
            .Produces<SubmissionResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plans.MapPost("/submit/batch", SubmissionBatchHandler.SubmitBatch)
            .WithRequestBody(RequestBody.Submission)
            .WithName("SubmitPlanBatch")
            .WithSummary("Gửi nhiều kế hoạch cùng lúc về cơ sở dữ liệu chung")
            .WithDescription("Nhận nhiều tệp kế hoạch .docx trong một biểu mẫu multipart/form-data (mỗi tệp một trường file, tùy chọn unitId " +
                             $"chung cho mọi tệp; tối đa {SubmissionBatchHandler.MaxFiles} tệp và tổng dung lượng như một tệp gửi lẻ). Mỗi tệp được xét " +
                             "như khi gửi riêng qua POST /api/plans/submit và được trả lời theo đúng thứ tự gửi: mã trạng thái của tệp (201 đã lưu " +
                             "hoặc thay thế phiên bản cũ, 200 không đổi, 4xx bị từ chối), kết quả lưu hoặc lý do từ chối. Các tệp được lưu trong cùng " +
                             "một giao dịch nên nhanh hơn nhiều so với gửi từng tệp.")
            .DisableAntiforgery()
            .AddOpenApiOperationTransformer(SubmissionFormSchema.DescribeBatchAsync)
            .Produces<SubmissionBatch>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapGet("/", PlanQueryHandlers.List)
            .ProducesExports()
            .WithName("ListPlans")
            .WithSummary("Danh sách kế hoạch đã gửi")
            .WithDescription("Mỗi kế hoạch (một đơn vị, một năm) với phiên bản hiện hành; lọc theo year, unit; phân trang page, pageSize; format=xlsx|csv-vn|csv.");

        plans.MapGet("/{id:int}", PlanQueryHandlers.Get)
            .ProducesExports()
            .WithName("GetPlan")
            .WithSummary("Một kế hoạch đã gửi")
            .WithDescription("Kế hoạch với mọi phiên bản (mới nhất trước) và các chỉ tiêu của phiên bản hiện hành, hoặc của phiên bản version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/file", PlanQueryHandlers.File)
            .WithName("GetPlanFile")
            .WithSummary("Tệp .docx gốc của kế hoạch")
            .WithDescription("Tệp .docx đã gửi của phiên bản hiện hành, hoặc của phiên bản version.")
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }
}
