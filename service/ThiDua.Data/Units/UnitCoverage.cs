using Microsoft.EntityFrameworkCore;

namespace ThiDua.Data.Units;

/// <summary>Which units have, and have not, submitted their plan for a year.</summary>
public sealed class UnitCoverage(ThiDuaDbContext db)
{
    /// <summary>Every unit profile with its plan for <paramref name="year"/> if any: units without a plan first, then by district and name.</summary>
    public async Task<List<CoverageRow>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Level, u.District }).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Year == year)
            .Select(p => new { Plan = p, Count = p.Versions.Count, Current = p.Versions.First(v => v.SupersededAt == null) })
            .Select(x => new
            {
                x.Plan.UnitId, x.Plan.Id, x.Count, x.Current.Number, x.Current.DocumentNumber, x.Current.Symbol, x.Current.SubmittedAt,
                Kpis = x.Current.Kpis.Count,
            })
            .ToDictionaryAsync(p => p.UnitId, cancellationToken);
        return units
            .Select(u => plans.TryGetValue(u.Id, out var p)
                ? new CoverageRow(u.Id, u.Name, u.Level, u.District, true, p.Id, p.Number, p.Count, p.DocumentNumber, p.Symbol, p.SubmittedAt, p.Kpis)
                : new CoverageRow(u.Id, u.Name, u.Level, u.District, false, null, null, 0, "", "", null, 0))
            .OrderBy(r => r.Submitted).ThenBy(r => r.District, StringComparer.Ordinal)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.UnitId)
            .ToList();
    }
}
