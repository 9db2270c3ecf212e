using Microsoft.AspNetCore.Http.HttpResults;
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
    public static async Task<Results<Ok<Page<PlanRow>>, FileContentHttpResult, ProblemHttpResult>> List(
        [AsParameters] PlanQuery query, [AsParameters] PageQuery page, [AsParameters] ExportQuery format,
        PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (query.Unit is { } asked && !await scope.AllowsUnitAsync(asked, cancellationToken)) return ScopeProblems.Unit(asked);
        var filter = new PlanFilter(query.Year, query.Unit, await scope.UnitIdsAsync(cancellationToken));
        if (format.Export is not { } export) return TypedResults.Ok(await plans.ListAsync(filter, page.Request, cancellationToken));
        var all = await plans.AllAsync(filter, cancellationToken);
        return ExportResults.File(export, ExportTables.Plans(all));
    }

    /// <summary>The plan with every version and the records of version <c>version</c> (default: current); its records as CSV/XLSX with <c>format</c>.</summary>
    public static async Task<Results<Ok<PlanDetail>, FileContentHttpResult, ProblemHttpResult>> Get(
        int id, [AsParameters] VersionQuery version, [AsParameters] ExportQuery format, PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (!await scope.AllowsPlanAsync(id, cancellationToken)) return ScopeProblems.Plan(id);
        var detail = await plans.GetAsync(id, version.Version, cancellationToken);
        if (detail is null)
            return ApiProblems.Problem(ProblemCatalog.NotFound,
                version.Version is not { } number ? $"Không có kế hoạch mã {id}." : $"Kế hoạch mã {id} không có phiên bản {number}.");
        return format.Export is { } export ? ExportResults.File(export, ExportTables.Kpis(detail.Kpis)) : TypedResults.Ok(detail);
    }

    /// <summary>The original .docx of the plan's current version (or of <c>version</c>).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> File(
        int id, [AsParameters] VersionQuery version, PlanQueries plans, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (!await scope.AllowsPlanAsync(id, cancellationToken)) return ScopeProblems.Plan(id);
        var file = await plans.GetFileAsync(id, version.Version, cancellationToken);
        return file is null
            ? ApiProblems.Problem(ProblemCatalog.NotFound, $"Không có tệp .docx gốc cho kế hoạch mã {id}{(version.Version is { } number ? $", phiên bản {number}" : "")}.")
            : TypedResults.File(file.Content, PlanHandlers.DocxContentType, file.FileName);
    }
}
