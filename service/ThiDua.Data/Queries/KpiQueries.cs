using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Queries;

/// <summary>Reads stored KPI records: a page for the API, or every matching row for an export.</summary>
public sealed class KpiQueries(ThiDuaDbContext db)
{
    /// <summary>One page of the records matching <paramref name="filter"/>, ordered by year, unit, plan and position.</summary>
    public async Task<Page<KpiRow>> ListAsync(KpiFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Ordered(query).Skip(page.Skip).Take(page.Size)).ToListAsync(cancellationToken);
        return new Page<KpiRow>(items, page.Number, page.Size, total);
    }

    /// <summary>Every record matching <paramref name="filter"/>, in the order of <see cref="ListAsync"/>.</summary>
    public Task<List<KpiRow>> AllAsync(KpiFilter filter, CancellationToken cancellationToken = default) =>
        Project(Ordered(Filtered(filter))).ToListAsync(cancellationToken);

    /// <summary>The records of one plan version, in document order.</summary>
    public Task<List<KpiRow>> AllForVersionAsync(int versionId, CancellationToken cancellationToken = default) =>
        Project(db.KpiRecords.AsNoTracking().Where(k => k.PlanVersionId == versionId).OrderBy(k => k.Ordinal)).ToListAsync(cancellationToken);

    /// <summary>The records matching <paramref name="filter"/>, untracked.</summary>
    internal IQueryable<KpiRecord> Filtered(KpiFilter filter)
    {
        var query = db.KpiRecords.AsNoTracking();
        if (!filter.IncludeSuperseded) query = query.Where(k => k.PlanVersion.SupersededAt == null);
        if (filter.Year is { } year) query = query.Where(k => k.PlanVersion.Plan.Year == year);
        if (filter.UnitId is { } unit) query = query.Where(k => k.PlanVersion.Plan.UnitId == unit);
        if (filter.UnitIds is { } units) query = query.Where(k => units.Contains(k.PlanVersion.Plan.UnitId));
        if (!string.IsNullOrEmpty(filter.Code)) query = query.Where(k => k.Code == filter.Code);
        if (!string.IsNullOrEmpty(filter.Sector)) query = query.Where(k => k.Sector == filter.Sector);
        return query;
    }

    private static IQueryable<KpiRecord> Ordered(IQueryable<KpiRecord> query) => query
        .OrderBy(k => k.PlanVersion.Plan.Year).ThenBy(k => k.PlanVersion.Plan.Unit.Name)
        .ThenBy(k => k.PlanVersionId).ThenBy(k => k.Ordinal);

    private static IQueryable<KpiRow> Project(IQueryable<KpiRecord> query) => query.Select(k => new KpiRow(
        k.Id, k.PlanVersion.PlanId, k.PlanVersionId, k.PlanVersion.Number, k.PlanVersion.SupersededAt == null,
        k.PlanVersion.Plan.UnitId, k.PlanVersion.Plan.Unit.Name, k.PlanVersion.Plan.Year,
        k.PlanVersion.DocumentNumber, k.PlanVersion.Symbol, k.Ordinal, k.Code, k.Label, k.Sector, k.Comparator,
        k.Value, k.ValueMax, k.Base, k.TargetYear ?? k.PlanVersion.Plan.Year, k.Total, k.ValueAsWritten, k.Unit,
        k.NormalizedValue, k.NormalizedValueMax, k.NormalizedUnit, k.Qualitative,
        new KpiSourceView(k.SourceSentence, k.SourceParagraph, k.SourceLocation, k.SourceRow),
        new KpiEvidenceView(k.EvidenceHeading, k.EvidenceWording, k.EvidenceColumn)));
}
