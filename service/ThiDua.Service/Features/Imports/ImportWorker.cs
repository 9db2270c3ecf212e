using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThiDua.Data.Hosting;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// Runs the stored imports one after another in the background, each in its own service scope and under this instance's
/// <see cref="ImportLease"/>: the oldest unfinished import no instance holds first — so an import cut short by a stop is
/// resumed when a service starts again, and one whose instance died is taken over once its lease expires —, then each new
/// one as it is queued (and at least every <see cref="ImportWorkerOptions.IdlePollSeconds"/>, or when another instance's
/// lease expires, for imports of other instances on the same database). An import whose lease is taken over is left to its
/// new owner; at a stop the lease is given back so another instance (or this one, restarted) resumes it at once.
/// </summary>
public sealed class ImportWorker(
    ImportJobs jobs, ImportLease lease, IOptions<ImportWorkerOptions> options, IServiceScopeFactory scopes, ThiDuaDbContextFactory factory, ILogger<ImportWorker> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(Math.Max(1, options.Value.IdlePollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            int? next;
            TimeSpan? expiry = null;
            try
            {
                next = await lease.ClaimNextAsync(stoppingToken);
                if (next is null) expiry = await lease.UntilNextExpiryAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is not reachable (or not migrated yet): try again later, never stop the service.
                logger.LogError(e, "Imports: cannot read the queue");
                await jobs.WaitForWorkAsync(idle, stoppingToken);
                continue;
            }
            if (next is { } id) await RunAsync(id, stoppingToken);
            else await jobs.WaitForWorkAsync(expiry is { } wait && wait < idle ? wait + TimeSpan.FromMilliseconds(50) : idle, stoppingToken);
        }
    }

    /// <summary>Runs import <paramref name="id"/>, whose lease this instance holds, keeping the lease until the run ends.</summary>
    private async Task RunAsync(int id, CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var running = new CancellationTokenSource();
        var keeping = lease.KeepAsync(id, lost, logger, running.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            try
            {
                await runner.RunAsync(id, lost.Token);
            }
            catch (Exception e) when (lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested
                                      && e is OperationCanceledException or DbUpdateConcurrencyException)
            {
                logger.LogWarning("Import {Id}: left to the instance that took its lease over", id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A save found another owner in the row: the lease was taken over between two renewals.
                logger.LogWarning("Import {Id}: taken over by another instance; left to it", id);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Import {Id} stopped", id);
                await using var db = factory.CreateDbContext();
                if (await db.ImportJobs.FindAsync([id], stoppingToken) is { } job && job.LeaseOwner == lease.Owner)
                    await runner.FinishAsync(db, job, "Đợt nhập dừng vì lỗi không lường trước; xem nhật ký của dịch vụ.", stoppingToken);
            }
        }
        finally
        {
            await running.CancelAsync();
            await keeping;
            try
            {
                await lease.ReleaseAsync(id, CancellationToken.None);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Import {Id}: lease not given back; it expires by itself", id);
            }
        }
    }
}
