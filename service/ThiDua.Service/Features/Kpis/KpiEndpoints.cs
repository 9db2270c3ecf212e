using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;

namespace ThiDua.Service.Features.Kpis;

/// <summary>
/// <c>/api/kpis</c>: the stored chỉ tiêu across units — list with filters and paging, per-indicator summary, the KPI
/// catalogue; each list also as XLSX or CSV (<c>?format=xlsx|csv-vn|csv</c>).
/// </summary>
public static class KpiEndpoints
{
    /// <summary>Maps <c>GET /api/kpis</c>, <c>/api/kpis/summary</c> and <c>/api/kpis/catalogue</c>.</summary>
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder routes)
    {
        var kpis = routes.MapGroup("/api/kpis").WithTags("Chỉ tiêu").RequireAuthorization(AuthPolicies.Member).ProducesProblem(StatusCodes.Status400BadRequest);

        kpis.MapGet("/", List)
            .WithName("ListKpis")
            .ProducesExports()
            .WithSummary("Danh sách chỉ tiêu đã gửi")
            .WithDescription("Các chỉ tiêu của phiên bản hiện hành của mọi kế hoạch đã gửi (includeSuperseded=true để lấy cả phiên bản cũ), " +
                             "lọc theo năm (year), đơn vị (unit: mã đơn vị), mã chỉ tiêu (code), lĩnh vực (sector); phân trang bằng page, pageSize " +
                             "(tối đa 1000). format=xlsx|csv-vn|csv trả về toàn bộ kết quả dưới dạng tệp (csv-vn: CSV cho Excel tiếng Việt, dấu ; và dấu phẩy thập phân).");

        kpis.MapGet("/summary", Summary)
            .WithName("SummarizeKpis")
            .ProducesExports()
            .WithSummary("Tổng hợp chỉ tiêu theo từng chỉ tiêu")
            .WithDescription("Mỗi chỉ tiêu (cùng mã, đơn vị tính quy đổi và phép so sánh): số đơn vị báo cáo, nhỏ nhất, trung vị, lớn nhất, " +
                             "và tổng khi cộng có nghĩa (số người, hộ, tiền…; không cộng %, ‰, tạ/ha, bình quân). Cùng bộ lọc với /api/kpis.");

        kpis.MapGet("/catalogue", Catalogue)
            .WithName("KpiCatalogue")
            .WithSummary("Danh mục chỉ tiêu")
            .WithDescription("Mọi mã chỉ tiêu đã gặp trong các kế hoạch đã gửi, với tên, lĩnh vực và đơn vị tính.");
        return routes;
    }

    /// <summary>An entry of the KPI catalogue as the API returns it.</summary>
    /// <param name="Code">Indicator code.</param>
    /// <param name="Label">Label.</param>
    /// <param name="Sector">Lĩnh vực slug.</param>
    /// <param name="Unit">Usual base unit.</param>
    public sealed record CatalogueEntry(string Code, string Label, string Sector, string Unit);

    private static async Task<Results<Ok<Page<KpiRow>>, FileContentHttpResult, ProblemHttpResult>> List(
        [AsParameters] KpiQuery query, [AsParameters] PageQuery page, [AsParameters] ExportQuery format,
        KpiQueries queries, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (query.Unit is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        var filter = query.Filter with { UnitIds = await scope.UnitIdsAsync(cancellationToken) };
        if (format.Export is not { } export) return TypedResults.Ok(await queries.ListAsync(filter, page.Request, cancellationToken));
        var all = await queries.AllAsync(filter, cancellationToken);
        return ExportResults.File(export, ExportTables.Kpis(all));
    }

    private static async Task<Results<Ok<List<IndicatorSummary>>, FileContentHttpResult, ProblemHttpResult>> Summary(
        [AsParameters] KpiQuery query, [AsParameters] ExportQuery format,
        KpiSummaries summaries, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (query.Unit is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        var filter = query.Filter with { UnitIds = await scope.UnitIdsAsync(cancellationToken) };
        var summary = await summaries.SummarizeAsync(filter, cancellationToken);
        return format.Export is { } export ? ExportResults.File(export, ExportTables.Summary(summary)) : TypedResults.Ok(summary);
    }

    private static async Task<Ok<List<CatalogueEntry>>> Catalogue(ThiDuaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.KpiCatalogue.AsNoTracking().OrderBy(i => i.Code)
            .Select(i => new CatalogueEntry(i.Code, i.Label, i.Sector, i.Unit)).ToListAsync(cancellationToken));
}
