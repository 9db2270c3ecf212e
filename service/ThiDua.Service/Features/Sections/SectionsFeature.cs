namespace ThiDua.Service.Features.Sections;

/// <summary>The section catalogue (issue 4): the standard sections of a thi đua plan and their rendering for insertion at the cursor.</summary>
public static class SectionsFeature
{
    /// <summary>Maps <c>GET /api/sections</c>, <c>POST /api/sections/previews</c> and <c>POST /api/sections/{id}/render</c>.</summary>
    public static IEndpointRouteBuilder MapSections(this IEndpointRouteBuilder routes)
    {
        var sections = routes.MapGroup("/api/sections").WithTags("Các phần của kế hoạch");

        sections.MapGet("/", SectionHandlers.List)
            .WithName("ListSections")
            .WithSummary("Danh mục các phần của kế hoạch")
            .WithDescription("Các phần chuẩn của kế hoạch thi đua, khen thưởng theo thứ tự: tên, mô tả, tham số, nội dung mặc định (có các chỗ {year}, {level}, {unitName}, {place}, {subject}…), thẻ và có đánh số mục hay không.");

        sections.MapPost("/previews", SectionHandlers.Previews)
            .WithName("PreviewSections")
            .WithSummary("Xem trước các phần của kế hoạch")
            .WithDescription("Trả về nội dung mỗi phần trong danh mục sẽ chèn cho đơn vị (unitId hoặc unit), năm và trích yếu đã cho, dựng bằng chính bộ dựng của phần đó: " +
                             "mỗi dòng gồm các đoạn chữ và các giá trị còn thiếu (missing: ký hiệu, họ tên người ký…), cùng danh sách các giá trị cần điền. " +
                             "Không bắt buộc trường nào: phần không gửi được coi là còn thiếu.")
            .Accepts<SectionPreviewRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sections.MapPost("/{id}/render", SectionHandlers.Render)
            .WithName("RenderSection")
            .WithSummary("Dựng một phần để chèn vào kế hoạch")
            .WithDescription("Trả về phần đã định dạng theo Nghị định 30/2020/NĐ-CP, nằm trong thẻ thidua:*: dạng Flat OPC (pkg:package) cho insertOoxml của Word, " +
                             "dạng tệp .docx (base64), nội dung phần dữ liệu của kế hoạch (custom XML) và mã datastore của nó. " +
                             "previousHeading là đề mục La Mã đứng trước chỗ chèn để đánh số tiếp.")
            .Accepts<RenderSectionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }
}
