using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;

namespace ThiDua.Service.Features.Imports;

/// <summary>Settings of the import worker (section <c>Imports</c>).</summary>
public sealed class ImportWorkerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Imports";

    /// <summary>How long an instance holds an import without renewing its lease, in seconds (default 60; renewed every third of it).</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often an idle worker looks for imports queued by another instance, in seconds (default 30).</summary>
    public int IdlePollSeconds { get; set; } = 30;
}

/// <summary>
/// The lease that lets several service instances share one database's imports (<c>import_jobs.LeaseOwner</c>,
/// <c>LeaseExpiresAt</c>): an instance runs an import only while it holds its lease, takes a lease with one atomic
/// <c>UPDATE … WHERE</c> the lease is free or expired (one row changed = taken; PostgreSQL re-checks the condition on the row
/// a concurrent claim just changed, SQLite runs writes one at a time), renews it every third of
/// <see cref="ImportWorkerOptions.LeaseSeconds"/> on <see cref="TimeProvider"/>, and gives it back when the import ends or the
/// instance stops. An instance that dies keeps its lease until it expires; then another takes the import over and resumes it
/// (files already reported are skipped). Two instances therefore never run the same import at once.
/// </summary>
public sealed class ImportLease(ThiDuaDbContextFactory factory, IOptions<ImportWorkerOptions> options, TimeProvider clock)
{
    /// <summary>This instance's id in <see cref="ImportJob.LeaseOwner"/>: host name, process id and a random part (at most 128 characters).</summary>
    public string Owner { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", 128);

    /// <summary>How long a lease lasts without renewal.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds));

    /// <summary>How often a held lease is renewed: a third of <see cref="Duration"/>.</summary>
    public TimeSpan RenewEvery => Duration / 3;

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Takes the lease of the oldest unfinished import no instance holds (never leased, given back, or expired) and returns
    /// its database id; null when there is none (or others took each candidate first).
    /// </summary>
    public async Task<int?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var now = Now;
        var candidates = await Unfinished(db.ImportJobs).Where(j => j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now)
            .OrderBy(j => j.Id).Select(j => j.Id).Take(8).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var until = Now + (long)Duration.TotalMilliseconds;
            var taken = await Unfinished(db.ImportJobs)
                .Where(j => j.Id == id && (j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseOwner, Owner).SetProperty(j => j.LeaseExpiresAt, until), cancellationToken);
            if (taken == 1) return id;
        }
        return null;
    }

    /// <summary>How long until the first lease another instance holds on an unfinished import expires; null when none is held.</summary>
    public async Task<TimeSpan?> UntilNextExpiryAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var first = await Unfinished(db.ImportJobs).Where(j => j.LeaseExpiresAt != null).MinAsync(j => j.LeaseExpiresAt, cancellationToken);
        return first is { } at ? TimeSpan.FromMilliseconds(Math.Max(0, at - Now)) : null;
    }

    /// <summary>Extends this instance's lease on import <paramref name="id"/>; false when it no longer holds it (taken over, or finished).</summary>
    public async Task<bool> RenewAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var until = Now + (long)Duration.TotalMilliseconds;
        return await db.ImportJobs.Where(j => j.Id == id && j.LeaseOwner == Owner && j.LeaseExpiresAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseExpiresAt, until), cancellationToken) == 1;
    }

    /// <summary>
    /// Renews the lease on import <paramref name="id"/> every <see cref="RenewEvery"/> until <paramref name="cancellationToken"/>
    /// is cancelled; cancels <paramref name="lost"/> (the run) when the lease was taken over, or when renewing kept failing
    /// until the lease would have expired (another instance may then have taken it).
    /// </summary>
    public async Task KeepAsync(int id, CancellationTokenSource lost, ILogger logger, CancellationToken cancellationToken)
    {
        var renewed = clock.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RenewEvery, clock, cancellationToken);
                if (!await RenewAsync(id, cancellationToken))
                {
                    logger.LogWarning("Import {Id}: lease taken over by another instance; this instance stops running it", id);
                    await lost.CancelAsync();
                    return;
                }
                renewed = clock.GetUtcNow();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Import {Id}: lease not renewed", id);
                if (clock.GetUtcNow() - renewed >= Duration - RenewEvery)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
    }

    /// <summary>Gives back this instance's lease on import <paramref name="id"/> (kept as the last owner), so another instance may take it at once.</summary>
    public async Task ReleaseAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.ImportJobs.Where(j => j.Id == id && j.LeaseOwner == Owner)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
    }

    private static IQueryable<ImportJob> Unfinished(IQueryable<ImportJob> jobs) =>
        jobs.Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
