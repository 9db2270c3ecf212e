using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Infrastructure;
using ThiDua.Service.Features.Auth;
using ThiDua.Data.Export;
using ThiDua.Data.Units;
using ThiDua.Service.Features.Kpis;

namespace ThiDua.Service.Features.Units;

/// <summary>
/// <c>/api/units</c>: unit profiles — <em>đơn vị ban hành</em> (create, read, update, delete; issue 4 item 2) and
/// <c>/api/units/coverage?year=</c>, which units have and have not submitted their plan for a year.
/// </summary>
public static class UnitEndpoints
{
    /// <summary>Maps the unit profile CRUD and the coverage endpoint.</summary>
    public static IEndpointRouteBuilder MapUnitEndpoints(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/units").WithTags("Đơn vị ban hành").RequireAuthorization(AuthPolicies.Member).ProducesProblem(StatusCodes.Status400BadRequest);

        units.MapGet("/", List).ProducesExports().WithName("ListUnits").WithSummary("Danh sách đơn vị ban hành")
            .WithDescription("Mọi hồ sơ đơn vị ban hành (tên, cơ quan chủ quản, địa danh, ký hiệu, cấp, huyện, người ký, nơi nhận, đơn vị soạn thảo của dòng “Lưu: VT, …”); format=xlsx|csv-vn|csv.");
        units.MapGet("/{id:int}", Get).WithName("GetUnit").WithSummary("Một đơn vị ban hành")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPost("/", Create).WithName("CreateUnit").WithSummary("Thêm đơn vị ban hành")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        units.MapPut("/{id:int}", Update).WithName("UpdateUnit").WithSummary("Sửa đơn vị ban hành")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        units.MapDelete("/{id:int}", Delete).WithName("DeleteUnit").WithSummary("Xóa đơn vị ban hành")
            .WithDescription("Xóa hồ sơ đơn vị; không xóa được đơn vị đã có kế hoạch được gửi (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        units.MapGet("/coverage", Coverage).ProducesExports().WithName("UnitCoverage").WithSummary("Tình hình gửi kế hoạch theo đơn vị")
            .WithDescription("Với năm year (bắt buộc): mọi đơn vị, đã gửi hay chưa, phiên bản hiện hành, số chỉ tiêu; format=xlsx|csv-vn|csv.");
        return routes;
    }

    private static async Task<Results<Ok<List<UnitProfileView>>, FileContentHttpResult>> List(
        [AsParameters] ExportQuery format, UnitProfiles units, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var visible = await scope.UnitIdsAsync(cancellationToken);
        var all = (await units.ListAsync(cancellationToken)).Where(u => visible is null || visible.Contains(u.Id)).ToList();
        return format.Export is { } export ? ExportResults.File(export, ExportTables.Units(all)) : TypedResults.Ok(all);
    }

    private static async Task<Results<Ok<UnitProfileView>, ProblemHttpResult>> Get(int id, UnitProfiles units, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        if (unit is null) return Missing(id);
        return await scope.AllowsUnitAsync(id, cancellationToken) ? TypedResults.Ok(unit) : ScopeProblems.Unit(id);
    }

    private static async Task<Results<Created<UnitProfileView>, ProblemHttpResult>> Create(
        UnitProfile profile, UnitProfiles units, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (!scope.AllowsNewUnit(profile.District))
            return ScopeProblems.Forbidden("Tài khoản này không được thêm đơn vị ban hành ở huyện này.");
        return await Guarded<Created<UnitProfileView>>(async () =>
        {
            var unit = await units.CreateAsync(profile, cancellationToken);
            return TypedResults.Created($"/api/units/{unit.Id}", unit);
        });
    }

    private static async Task<Results<Ok<UnitProfileView>, ProblemHttpResult>> Update(
        int id, UnitProfile profile, UnitProfiles units, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (!await scope.AllowsUnitAsync(id, cancellationToken)) return ScopeProblems.Unit(id);
        if (await units.GetAsync(id, cancellationToken) is not { } existing) return Missing(id);
        if (!await scope.AllowsUnitChangeAsync(id, existing.Name, existing.District, profile.Name ?? "", profile.District, cancellationToken))
            return ScopeProblems.Forbidden(
                "Tài khoản này không được chuyển đơn vị sang huyện khác hay đổi tên đơn vị; chỉ quản trị viên được làm việc này.");
        return await Guarded<Ok<UnitProfileView>>(async () =>
            await units.UpdateAsync(id, profile, cancellationToken) is { } unit ? TypedResults.Ok(unit) : Missing(id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, UnitProfiles units, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (!await scope.AllowsUnitAsync(id, cancellationToken)) return ScopeProblems.Unit(id);
        if (!await scope.AllowsUnitDeletionAsync(id, cancellationToken))
            return ScopeProblems.Forbidden("Tài khoản này không được xóa hồ sơ đơn vị; hãy nhờ Phòng Nội vụ huyện hoặc quản trị viên.");
        return await Guarded<NoContent>(async () => await units.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Missing(id));
    }

    private static async Task<Results<Ok<List<CoverageRow>>, FileContentHttpResult>> Coverage(
        [AsParameters] CoverageQuery query, [AsParameters] ExportQuery format, UnitCoverage coverage, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var visible = await scope.UnitIdsAsync(cancellationToken);
        var rows = (await coverage.ForYearAsync(query.Year, cancellationToken)).Where(r => visible is null || visible.Contains(r.UnitId)).ToList();
        return format.Export is { } export ? ExportResults.File(export, ExportTables.Coverage(query.Year, rows)) : TypedResults.Ok(rows);
    }

    /// <summary>Runs <paramref name="action"/>, answering the store's refusal of a profile (invalid, or a name taken) as its problem.</summary>
    private static async Task<Results<T, ProblemHttpResult>> Guarded<T>(Func<Task<Results<T, ProblemHttpResult>>> action) where T : IResult
    {
        try
        {
            return await action();
        }
        catch (UnitProfileException e)
        {
            return ApiProblems.Problem(e.Error == UnitProfileError.Invalid ? ProblemCatalog.InvalidUnit : ProblemCatalog.UnitConflict, e.Message);
        }
    }

    private static ProblemHttpResult Missing(int id) => ApiProblems.Problem(ProblemCatalog.NotFound, $"Không có đơn vị ban hành mã {id}.");
}
