using Npgsql;
using ThiDua.Data.Hosting;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// A new database on the PostgreSQL server named by <c>THIDUA_TEST_PG</c> (a connection string whose database is used as the
/// maintenance database; <c>tests/run-postgres.sh</c> starts such a server), dropped afterwards.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "THIDUA_TEST_PG";

    private readonly string name = $"thidua_test_{Guid.NewGuid():N}";
    private string? connectionString;

    /// <summary>Why the PostgreSQL tests are skipped, or null when the server is configured.</summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 }
        ? null
        : $"{Variable} is not set: run the tests through tests/run-postgres.sh to run them against a real PostgreSQL.";

    private static string Admin => Environment.GetEnvironmentVariable(Variable)!;

    /// <inheritdoc />
    public override async Task CreateAsync()
    {
        await using (var admin = new NpgsqlConnection(Admin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", admin);
            await create.ExecuteNonQueryAsync();
        }
        connectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString;
        await MigrateAsync(new DatabaseOptions { Provider = "postgres", ConnectionString = connectionString });
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (connectionString is null) return;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
