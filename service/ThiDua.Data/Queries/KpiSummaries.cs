using Microsoft.EntityFrameworkCore;
using ThiDua.Plans.Kpis;

namespace ThiDua.Data.Queries;

/// <summary>Aggregates KPI records per indicator across units (<see cref="IndicatorSummary"/>).</summary>
public sealed class KpiSummaries(ThiDuaDbContext db)
{
    /// <summary>
    /// One summary per (code, base unit, comparator, target year, base) among the records matching <paramref name="filter"/>
    /// that have a code — like with like only (plan-schema.md): a span, a change or a multiple is never added to a level, nor a
    /// 2030 target to a 2025 one; ordered by sector, code, target year. Records without a code are left out: there is nothing
    /// to aggregate them with.
    /// </summary>
    public async Task<List<IndicatorSummary>> SummarizeAsync(KpiFilter filter, CancellationToken cancellationToken = default)
    {
        var records = await new KpiQueries(db).Filtered(filter)
            .Where(k => k.Code != "")
            .OrderBy(k => k.PlanVersion.Plan.Unit.Name).ThenBy(k => k.Id)
            .Select(k => new
            {
                k.Id, k.Code, k.Label, k.Sector, k.Comparator, k.NormalizedUnit, k.NormalizedValue, k.NormalizedValueMax, k.ValueAsWritten,
                k.Value, k.ValueMax, k.Unit, k.Base, k.Total, TargetYear = k.TargetYear ?? k.PlanVersion.Plan.Year,
                k.SourceSentence, k.PlanVersion.PlanId, k.PlanVersion.Plan.UnitId, UnitName = k.PlanVersion.Plan.Unit.Name,
            })
            .ToListAsync(cancellationToken);
        var codes = records.Select(r => r.Code).Distinct().ToList();
        var catalogue = await db.KpiCatalogue.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);

        return records
            .GroupBy(r => (r.Code, r.NormalizedUnit, r.Comparator, r.TargetYear, r.Base))
            .Select(g =>
            {
                var label = catalogue.TryGetValue(g.Key.Code, out var entry) ? entry.Label : g.First().Label;
                var sector = entry?.Sector is { Length: > 0 } s ? s : g.First().Sector;
                var values = g.Where(r => r.NormalizedValue is not null).Select(r => r.NormalizedValue!.Value).Order().ToList();
                var summable = values.Count > 0 && Summation.IsMeaningful(g.Key.Code, label, g.Key.NormalizedUnit, g.Key.Comparator);
                return new IndicatorSummary(
                    g.Key.Code, label, sector, g.Key.NormalizedUnit, g.Key.Comparator, g.Key.TargetYear, g.Key.Base,
                    g.Select(r => r.UnitId).Distinct().Count(), g.Count(),
                    values.Count > 0 ? values[0] : null, Median(values), values.Count > 0 ? values[^1] : null,
                    summable ? values.Sum() : null, summable,
                    g.Select(r => new SummaryPoint(r.Id, r.UnitId, r.UnitName, r.PlanId, r.NormalizedValue, r.NormalizedValueMax,
                        TargetText.Value(r.Comparator, r.Value, r.ValueMax, r.Unit, r.Base, r.Total) is { Length: > 0 } shown ? shown : $"{r.ValueAsWritten} {r.Unit}".Trim(),
                        r.SourceSentence)).ToList());
            })
            .OrderBy(s => s.Sector, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ThenBy(s => s.TargetYear).ThenBy(s => s.Comparator, StringComparer.Ordinal)
            .ThenBy(s => s.Base, StringComparer.Ordinal).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The median of sorted <paramref name="values"/>; null when empty.</summary>
    internal static decimal? Median(IReadOnlyList<decimal> values) => values.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => values[n / 2],
        var n => (values[n / 2 - 1] + values[n / 2]) / 2,
    };
}
