using ThiDua.Data.Submissions;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// Base of every database test class: each test gets its own fresh database of kind <typeparamref name="TDatabase"/>
/// (SQLite in a temp file, or PostgreSQL). Concrete classes are declared once per kind, with the same test methods.
/// </summary>
public abstract class DatabaseTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    /// <summary>The test's database.</summary>
    protected TDatabase Database { get; } = new();

    /// <summary>The submission service on the test's database.</summary>
    protected PlanSubmissions Submissions => new(Database.Factory, TimeProvider.System);

    /// <summary>A new context on the test's database; dispose it.</summary>
    protected ThiDuaDbContext Context() => Database.Factory.CreateDbContext();

    /// <inheritdoc />
    public Task InitializeAsync() => Database.CreateAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Database.DisposeAsync().AsTask();
}
