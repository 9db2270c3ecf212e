using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Queries;

/// <summary>Reads stored plans, their versions and original files.</summary>
public sealed class PlanQueries(ThiDuaDbContext db)
{
    /// <summary>One page of plans matching <paramref name="filter"/>, by year (newest first) then unit name.</summary>
    public async Task<Page<PlanRow>> ListAsync(PlanFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Rows(query.Skip(page.Skip).Take(page.Size)).ToListAsync(cancellationToken);
        return new Page<PlanRow>(items, page.Number, page.Size, total);
    }

    /// <summary>Every plan matching <paramref name="filter"/>, in the order of <see cref="ListAsync"/>.</summary>
    public Task<List<PlanRow>> AllAsync(PlanFilter filter, CancellationToken cancellationToken = default) =>
        Rows(Filtered(filter)).ToListAsync(cancellationToken);

    /// <summary>
    /// The plan <paramref name="id"/> with every version and the records of version <paramref name="version"/> (the current
    /// one when null); null when the plan or that version does not exist.
    /// </summary>
    public async Task<PlanDetail?> GetAsync(int id, int? version = null, CancellationToken cancellationToken = default)
    {
        var plan = await Rows(db.Plans.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (plan is null) return null;
        var versions = await db.PlanVersions.AsNoTracking()
            .Where(v => v.PlanId == id).OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionView(
                v.Id, v.Number, v.SupersededAt == null, v.Format, v.FileName, v.File != null, v.ContentHash, v.Issuer, v.IssuerParent,
                v.DocumentNumber, v.Symbol, v.Place, v.SignedDate, v.Subject, v.SignerAuthority, v.SignerTitle, v.SignerName,
                v.SubmittedAt, v.SupersededAt, v.Kpis.Count))
            .ToListAsync(cancellationToken);
        var shown = versions.FirstOrDefault(v => v.Number == (version ?? plan.CurrentVersion));
        if (shown is null) return null;
        var kpis = await new KpiQueries(db).AllForVersionAsync(shown.Id, cancellationToken);
        return new PlanDetail(plan, versions, shown.Number, kpis);
    }

    /// <summary>The original .docx of version <paramref name="version"/> of plan <paramref name="id"/> (the current one when null); null when none is stored.</summary>
    public async Task<StoredFile?> GetFileAsync(int id, int? version = null, CancellationToken cancellationToken = default)
    {
        var versions = db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id);
        versions = version is { } n ? versions.Where(v => v.Number == n) : versions.Where(v => v.SupersededAt == null);
        var found = await versions
            .Select(v => new { v.FileName, Content = v.File == null ? null : v.File.Content })
            .FirstOrDefaultAsync(cancellationToken);
        return found?.Content is null ? null : new StoredFile(found.FileName.Length > 0 ? found.FileName : "ke-hoach.docx", found.Content);
    }

    private IQueryable<Plan> Filtered(PlanFilter filter)
    {
        var query = db.Plans.AsNoTracking();
        if (filter.Year is { } year) query = query.Where(p => p.Year == year);
        if (filter.UnitId is { } unit) query = query.Where(p => p.UnitId == unit);
        if (filter.UnitIds is { } units) query = query.Where(p => units.Contains(p.UnitId));
        return query.OrderByDescending(p => p.Year).ThenBy(p => p.Unit.Name).ThenBy(p => p.Id);
    }

    private static IQueryable<PlanRow> Rows(IQueryable<Plan> plans) => plans
        .Select(p => new { Plan = p, p.Unit.Name, Count = p.Versions.Count, Current = p.Versions.First(v => v.SupersededAt == null) })
        .Select(x => new PlanRow(
            x.Plan.Id, x.Plan.UnitId, x.Name, x.Plan.Year, x.Current.Number, x.Count, x.Current.DocumentNumber, x.Current.Symbol,
            x.Current.Subject, x.Current.SignedDate, x.Current.SignerName, x.Current.FileName, x.Current.File != null,
            x.Current.SubmittedAt, x.Current.Kpis.Count));
}
