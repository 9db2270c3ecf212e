using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Tests.Infrastructure;

namespace ThiDua.Data.Tests.Migrations;

public sealed class SqliteMigrationTests : MigrationTests<SqliteTestDatabase>;

public sealed class PostgresMigrationTests : MigrationTests<PostgresTestDatabase>;

/// <summary>
/// The migrations of each provider (<c>service/ThiDua.Data/Migrations/Sqlite</c>, <c>/Postgres</c>) describe the whole model:
/// a change to an entity or its configuration without <c>dotnet ef migrations add</c> for both providers fails here.
/// </summary>
public abstract class MigrationTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [DatabaseFact]
    public async Task The_model_has_no_change_left_without_a_migration_and_every_migration_is_applied()
    {
        await using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the last migration's snapshot");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(db.Database.GetAppliedMigrations(), m => m.EndsWith("_UnitDraftingUnit", StringComparison.Ordinal));
    }
}
