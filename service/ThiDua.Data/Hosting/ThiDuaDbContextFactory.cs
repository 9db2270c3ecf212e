using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ThiDua.Data.Hosting;

/// <summary>
/// Creates <see cref="ThiDuaDbContext"/> instances for the configured provider (<see cref="DatabaseOptions"/>): a
/// <see cref="SqliteThiDuaDbContext"/> or a <see cref="PostgresThiDuaDbContext"/>. Thread-safe; register as a singleton.
/// </summary>
public sealed class ThiDuaDbContextFactory : IDbContextFactory<ThiDuaDbContext>
{
    private readonly Func<ThiDuaDbContext> create;

    /// <summary>Reads the options once and prepares the provider's context options.</summary>
    /// <exception cref="InvalidOperationException">The options name an unknown provider or lack a PostgreSQL connection string.</exception>
    public ThiDuaDbContextFactory(IOptions<DatabaseOptions> options)
    {
        Provider = options.Value.ResolveProvider();
        ConnectionString = options.Value.ResolveConnectionString(Provider);
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteThiDuaDbContext>()
                .UseSqlite(WithSqliteDefaults(ConnectionString)).Options;
            create = () => new SqliteThiDuaDbContext(sqlite);
        }
        else
        {
            var postgres = new DbContextOptionsBuilder<PostgresThiDuaDbContext>()
                .UseNpgsql(ConnectionString).Options;
            create = () => new PostgresThiDuaDbContext(postgres);
        }
    }

    /// <summary>The engine in use.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string in use.</summary>
    public string ConnectionString { get; }

    /// <summary>A new context; the caller disposes it.</summary>
    public ThiDuaDbContext CreateDbContext() => create();

    /// <summary>Writers wait for the lock up to 60 s rather than failing at once under concurrent submissions.</summary>
    private static string WithSqliteDefaults(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout == 30) builder.DefaultTimeout = 60;
        return builder.ToString();
    }
}
