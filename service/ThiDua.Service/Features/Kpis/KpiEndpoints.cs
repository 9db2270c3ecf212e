using ThiDua.Service.Features.Auth;
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
            .WithSummary("Danh sách chỉ tiêu đã gửi")
            .WithDescription("Các chỉ tiêu của phiên bản hiện hành của mọi kế hoạch đã gửi (includeSuperseded=true để lấy cả phiên bản cũ), " +
                             "lọc theo năm (year), đơn vị (unit: mã đơn vị), mã chỉ tiêu (code), lĩnh vực (sector); phân trang bằng page, pageSize " +
                             "(tối đa 1000). format=xlsx|csv-vn|csv trả về toàn bộ kết quả dưới dạng tệp (csv-vn: CSV cho Excel tiếng Việt, dấu ; và dấu phẩy thập phân).")
            .Produces<Page<KpiRow>>();

        kpis.MapGet("/summary", Summary)
            .WithName("SummarizeKpis")
            .WithSummary("Tổng hợp chỉ tiêu theo từng chỉ tiêu")
            .WithDescription("Mỗi chỉ tiêu (cùng mã, đơn vị tính quy đổi và phép so sánh): số đơn vị báo cáo, nhỏ nhất, trung vị, lớn nhất, " +
                             "và tổng khi cộng có nghĩa (số người, hộ, tiền…; không cộng %, ‰, tạ/ha, bình quân). Cùng bộ lọc với /api/kpis.")
            .Produces<List<IndicatorSummary>>();

        kpis.MapGet("/catalogue", Catalogue)
            .WithName("KpiCatalogue")
            .WithSummary("Danh mục chỉ tiêu")
            .WithDescription("Mọi mã chỉ tiêu đã gặp trong các kế hoạch đã gửi, với tên, lĩnh vực và đơn vị tính.")
            .Produces<List<CatalogueEntry>>();
        return routes;
    }

    /// <summary>An entry of the KPI catalogue as the API returns it.</summary>
    /// <param name="Code">Indicator code.</param>
    /// <param name="Label">Label.</param>
    /// <param name="Sector">Lĩnh vực slug.</param>
    /// <param name="Unit">Usual base unit.</param>
    public sealed record CatalogueEntry(string Code, string Label, string Sector, string Unit);

    private static async Task<IResult> List(
        string? year, string? unit, string? code, string? sector, string? includeSuperseded, string? page, string? pageSize, string? format,
        KpiQueries queries, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var args = new QueryArgs();
        var filter = Filter(args, year, unit, code, sector, includeSuperseded) with { UnitIds = await scope.UnitIdsAsync(cancellationToken) };
        var paging = args.Page(page, pageSize);
        var export = args.Format(format);
        if (args.Problem() is { } problem) return problem;
        if (filter.UnitId is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        if (export is not null)
        {
            var all = await queries.AllAsync(filter, cancellationToken);
            return ExportResults.JsonOrFile(all, export, () => ExportTables.Kpis(all));
        }
        return TypedResults.Ok(await queries.ListAsync(filter, paging, cancellationToken));
    }

    private static async Task<IResult> Summary(
        string? year, string? unit, string? code, string? sector, string? includeSuperseded, string? format,
        KpiSummaries summaries, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var args = new QueryArgs();
        var filter = Filter(args, year, unit, code, sector, includeSuperseded) with { UnitIds = await scope.UnitIdsAsync(cancellationToken) };
        var export = args.Format(format);
        if (args.Problem() is { } problem) return problem;
        if (filter.UnitId is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        var summary = await summaries.SummarizeAsync(filter, cancellationToken);
        return ExportResults.JsonOrFile(summary, export, () => ExportTables.Summary(summary));
    }

    private static async Task<IResult> Catalogue(ThiDuaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.KpiCatalogue.AsNoTracking().OrderBy(i => i.Code)
            .Select(i => new CatalogueEntry(i.Code, i.Label, i.Sector, i.Unit)).ToListAsync(cancellationToken));

    private static KpiFilter Filter(QueryArgs args, string? year, string? unit, string? code, string? sector, string? includeSuperseded) =>
        new(args.Year(year), args.Id(unit, "unit"), QueryArgs.Text(code), QueryArgs.Text(sector), args.Bool(includeSuperseded, "includeSuperseded"));
}
