using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ThiDua.Data.Hosting;

/// <summary>Creates the database on first run and brings it to the newest migration of its provider.</summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// Creates the SQLite file's folder when needed, applies pending migrations (SQLite: <c>Migrations/Sqlite</c>,
    /// PostgreSQL: <c>Migrations/Postgres</c>) and, on SQLite, turns on write-ahead logging so readers never wait for a writer.
    /// </summary>
    public static async Task InitializeAsync(ThiDuaDbContext db, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (file is not ("" or ":memory:") && folder is not null) Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
