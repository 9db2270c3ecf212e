using ThiDua.Data.Hosting;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated, empty database for one test, dropped afterwards. Subclasses may expose a static
/// <c>SkipReason</c> (string?) that <see cref="DatabaseFactAttribute"/> reads to skip their tests.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The factory for the test's database (after <see cref="CreateAsync"/>).</summary>
    public ThiDuaDbContextFactory Factory { get; protected set; } = null!;

    /// <summary>The <see cref="DatabaseOptions"/> that select this database, for a host's configuration.</summary>
    public DatabaseOptions Options { get; protected set; } = null!;

    /// <summary>Creates the database and applies the provider's migrations.</summary>
    public abstract Task CreateAsync();

    /// <summary>Drops the database.</summary>
    public abstract ValueTask DisposeAsync();

    /// <summary>Builds <see cref="Factory"/> from <paramref name="options"/> and migrates through the product's initializer.</summary>
    protected async Task MigrateAsync(DatabaseOptions options)
    {
        Options = options;
        Factory = new ThiDuaDbContextFactory(Microsoft.Extensions.Options.Options.Create(options));
        await using var db = Factory.CreateDbContext();
        await DatabaseInitializer.InitializeAsync(db);
    }
}
