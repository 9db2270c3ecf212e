using ThiDua.Plans.Authoring.Tagging;
using ThiDua.Rules;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Features.Authoring;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// The stateless document operations on <c>/api/plans</c>: each takes an uploaded .docx (multipart form, field
/// <c>file</c>) or a request for a new plan, answers with a report or a document, and stores nothing — the limits, check,
/// fix, extract, tag, tag in place and new plan. The stored plans are <see cref="Submissions.StoredPlanEndpoints"/>.
/// </summary>
public static class PlanDocumentEndpoints
{
    /// <summary>
    /// Maps <c>GET /api/plans/limits</c>, <c>POST /api/plans/check</c>, <c>/fix</c>, <c>/extract</c>, <c>/tag</c> and
    /// <c>/tag/controls</c> (multipart form, field <c>file</c>) and <c>POST /api/plans/new</c> (JSON), for members.
    /// </summary>
    public static IEndpointRouteBuilder MapPlanDocuments(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/plans")
            .WithTags("Xử lý tệp kế hoạch")
            .RequireAuthorization(AuthPolicies.Member)
            .DisableAntiforgery() // called by the pane with fetch, not by a browser form
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        documents.MapGet("/limits", PlanHandlers.Limits)
            .WithRequestBody(RequestBody.Plan)
            .WithName("GetPlanLimits")
            .WithSummary("Giới hạn tệp kế hoạch")
            .WithDescription("Cỡ tệp .docx lớn nhất dịch vụ nhận (byte), để ngăn tác vụ báo ngay khi văn bản quá lớn, trước khi đọc và gửi cả tệp.")
            .ProducesUploadProblems();

        documents.MapPost("/check", PlanHandlers.Check)
            .WithRequestBody(RequestBody.Plan)
            .WithName("CheckPlan")
            .WithSummary("Kiểm tra thể thức kế hoạch")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về mọi phát hiện theo Nghị định 30/2020/NĐ-CP: " +
                             "quy tắc, mức độ (error/warning/info), phần văn bản, đoạn, trích đoạn, điều quan sát được, điều yêu cầu, hồ sơ quy tắc đặt yêu cầu " +
                             "và cách sửa khi sửa được. Hồ sơ quy tắc áp dụng: trường `profile` (tên hồ sơ), hoặc của đơn vị `unitId`, hoặc của đơn vị của " +
                             "người đăng nhập; nếu không có, Nghị định 30/2020/NĐ-CP.")
            .Produces<CheckReport>()
            .ProducesUploadProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(PlanFormSchema.CheckAsync);

        documents.MapPost("/fix", PlanHandlers.Fix)
            .WithRequestBody(RequestBody.Plan)
            .WithName("FixPlan")
            .WithSummary("Sửa tự động các lỗi sửa được")
            .WithDescription("Nhận tệp kế hoạch .docx (trường `file`) và danh sách mã quy tắc cách nhau bởi dấu phẩy (trường `rules`, để trống = mọi quy tắc); " +
                             "trả về tệp .docx đã sửa, tên `<tên tệp>-da-sua.docx`. Hồ sơ quy tắc áp dụng như khi kiểm tra (`profile`, `unitId`).")
            .ProducesUploadProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .AddOpenApiOperationTransformer(PlanFormSchema.FixAsync);

        documents.MapPost("/extract", PlanHandlers.Extract)
            .WithRequestBody(RequestBody.Plan)
            .WithName("ExtractPlan")
            .WithSummary("Trích xuất thông tin và chỉ tiêu")
            .WithDescription("Nhận tệp kế hoạch .docx (trường `file`) và trả về thông tin văn bản (cơ quan ban hành, số, ký hiệu, ngày, trích yếu, người ký) " +
                             "cùng các chỉ tiêu thi đua (mã, tên, lĩnh vực, phép so sánh, giá trị, đơn vị, nguồn).")
            .ProducesUploadProblems();

        documents.MapPost("/tag", AuthoringHandlers.Tag)
            .WithRequestBody(RequestBody.Plan)
            .WithName("TagPlan")
            .WithSummary("Gắn thẻ cho kế hoạch")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về tệp đã gắn thẻ (content control) cho các phần nhận ra được " +
                             "(phần đầu, cơ quan, số, địa danh và ngày, tên loại và trích yếu, các mục, chỉ tiêu, nơi nhận, chữ ký) cùng phần dữ liệu của kế hoạch; " +
                             "nội dung và định dạng giữ nguyên. Tên tệp trả về `<tên tệp>-gan-the.docx`.")
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .ProducesUploadProblems();

        documents.MapPost("/tag/controls", AuthoringHandlers.TagInPlace)
            .WithRequestBody(RequestBody.Plan)
            .WithName("TagPlanInPlace")
            .WithSummary("Các thẻ cần gắn, để gắn ngay trong Word")
            .WithDescription("Nhận tệp kế hoạch .docx (trường biểu mẫu `file`) và trả về các thẻ (content control) cần gắn, mỗi thẻ với vị trí của nó trong văn bản " +
                             "chưa gắn thẻ (đoạn đầu, đoạn cuối; với thẻ trong dòng: vị trí ký tự và độ dài), các phần không gắn được và nội dung phần dữ liệu của kế hoạch, " +
                             "để ngăn tác vụ gắn thẻ ngay trong văn bản đang mở mà không thay cả văn bản.")
            .Produces<InPlaceTagging>()
            .ProducesUploadProblems();

        documents.MapPost("/new", AuthoringHandlers.New)
            .WithName("NewPlan")
            .WithSummary("Tạo kế hoạch mới")
            .WithDescription("Nhận đơn vị ban hành (unitId của đơn vị đã lưu hoặc toàn bộ unit), năm, trích yếu, số và ngày (tùy chọn), chỉ tiêu (tùy chọn) " +
                             "và các phần cần có (sections, mặc định mọi phần); trả về tệp .docx đúng thể thức Nghị định 30/2020/NĐ-CP, " +
                             "mọi phần nằm trong thẻ thidua:* và có phần dữ liệu của kế hoạch (custom XML urn:thidua:plan:1).")
            .Accepts<NewPlanRequest>("application/json")
            .Produces<Stream>(StatusCodes.Status200OK, PlanHandlers.DocxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <summary>The answers to an upload refused for its size (413), its type (415) or its content (422).</summary>
    private static RouteHandlerBuilder ProducesUploadProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
