using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDua.Data.Hosting;

/// <summary>Runs <see cref="DatabaseInitializer"/> when the host starts, unless <see cref="DatabaseOptions.MigrateOnStartup"/> is false.</summary>
internal sealed class DatabaseMigrationService(
    ThiDuaDbContextFactory factory, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup) return;
        await using var db = factory.CreateDbContext();
        await DatabaseInitializer.InitializeAsync(db, cancellationToken);
        logger.LogInformation("Cơ sở dữ liệu chỉ tiêu sẵn sàng ({Provider}).", factory.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
