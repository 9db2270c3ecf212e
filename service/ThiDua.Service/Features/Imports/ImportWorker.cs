namespace ThiDua.Service.Features.Imports;

/// <summary>Runs the queued imports one after another in the background, each in its own service scope.</summary>
public sealed class ImportWorker(ImportJobs jobs, IServiceScopeFactory scopes, ILogger<ImportWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.DequeueAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(job, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Import {Id} stopped", job.Id);
                job.Finish("Đợt nhập dừng vì lỗi không lường trước; xem nhật ký của dịch vụ.");
            }
        }
    }
}
