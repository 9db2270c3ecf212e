using Microsoft.Data.Sqlite;
using ThiDua.Data.Hosting;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>A SQLite database in a temporary file (the product's default provider), deleted afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"thidua-test-{Guid.NewGuid():N}");

    /// <inheritdoc />
    public override Task CreateAsync() =>
        MigrateAsync(new DatabaseOptions { Provider = "sqlite", DataFolder = folder });

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
