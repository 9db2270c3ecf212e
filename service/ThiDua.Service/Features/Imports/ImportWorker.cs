using ThiDua.Data.Hosting;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// Runs the stored imports one after another in the background, each in its own service scope: the oldest unfinished one
/// first — so an import cut short by a stop or a crash is resumed when the service starts again —, then each new one as it
/// is queued (and at least every <see cref="IdlePoll"/>, for imports queued by another instance on the same database).
/// </summary>
public sealed class ImportWorker(ImportJobs jobs, IServiceScopeFactory scopes, ThiDuaDbContextFactory factory, ILogger<ImportWorker> logger) : BackgroundService
{
    /// <summary>How long the worker sleeps when no import waits, unless one is queued here.</summary>
    public static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int? next;
            try
            {
                next = await jobs.NextUnfinishedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is not reachable (or not migrated yet): try again later, never stop the service.
                logger.LogError(e, "Imports: cannot read the queue");
                await jobs.WaitForWorkAsync(IdlePoll, stoppingToken);
                continue;
            }
            if (next is not { } id)
            {
                await jobs.WaitForWorkAsync(IdlePoll, stoppingToken);
                continue;
            }
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            try
            {
                await runner.RunAsync(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Import {Id} stopped", id);
                await using var db = factory.CreateDbContext();
                if (await db.ImportJobs.FindAsync([id], stoppingToken) is { } job)
                    await runner.FinishAsync(db, job, "Đợt nhập dừng vì lỗi không lường trước; xem nhật ký của dịch vụ.", stoppingToken);
            }
        }
    }
}
