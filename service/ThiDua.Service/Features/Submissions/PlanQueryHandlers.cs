using ThiDua.Service.Infrastructure;
using ThiDua.Service.Features.Auth;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;
using ThiDua.Service.Features.Kpis;
using ThiDua.Service.Features.Plans;

namespace ThiDua.Service.Features.Submissions;

/// <summary><c>GET /api/plans</c>, <c>/api/plans/{id}</c> and <c>/api/plans/{id}/file</c>: the stored plans.</summary>
public static class PlanQueryHandlers
{
    /// <summary>One page of plans (filters <c>year</c>, <c>unit</c>), or all of them as CSV/XLSX.</summary>
    public static async Task<IResult> List(string? year, string? unit, string? page, string? pageSize, string? format, PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var args = new QueryArgs();
        var filter = new PlanFilter(args.Year(year), args.Id(unit, "unit"), await scope.UnitIdsAsync(cancellationToken));
        var paging = args.Page(page, pageSize);
        var export = args.Format(format);
        if (args.Problem() is { } problem) return problem;
        if (filter.UnitId is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        if (export is not null)
        {
            var all = await plans.AllAsync(filter, cancellationToken);
            return ExportResults.JsonOrFile(all, export, () => ExportTables.Plans(all));
        }
        return TypedResults.Ok(await plans.ListAsync(filter, paging, cancellationToken));
    }

    /// <summary>The plan with every version and the records of version <c>version</c> (default: current); its records as CSV/XLSX with <c>format</c>.</summary>
    public static async Task<IResult> Get(int id, string? version, string? format, PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var args = new QueryArgs();
        var number = args.Id(version, "version");
        var export = args.Format(format);
        if (args.Problem() is { } problem) return problem;
        if (!await scope.AllowsPlanAsync(id, cancellationToken)) return ScopeProblems.Plan(id);
        var detail = await plans.GetAsync(id, number, cancellationToken);
        if (detail is null)
            return ApiProblems.Problem(ProblemCatalog.NotFound,
                number is null ? $"Không có kế hoạch mã {id}." : $"Kế hoạch mã {id} không có phiên bản {number}.");
        return ExportResults.JsonOrFile(detail, export, () => ExportTables.Kpis(detail.Kpis));
    }

    /// <summary>The original .docx of the plan's current version (or of <c>version</c>).</summary>
    public static async Task<IResult> File(int id, string? version, PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var args = new QueryArgs();
        var number = args.Id(version, "version");
        if (args.Problem() is { } problem) return problem;
        if (!await scope.AllowsPlanAsync(id, cancellationToken)) return ScopeProblems.Plan(id);
        var file = await plans.GetFileAsync(id, number, cancellationToken);
        return file is null
            ? ApiProblems.Problem(ProblemCatalog.NotFound, $"Không có tệp .docx gốc cho kế hoạch mã {id}{(number is null ? "" : $", phiên bản {number}")}.")
            : TypedResults.File(file.Content, PlanHandlers.DocxContentType, file.FileName);
    }
}
