using Microsoft.EntityFrameworkCore;

namespace ThiDua.Data;

/// <summary>The database on SQLite (the default: one file under the data folder); migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteThiDuaDbContext(DbContextOptions<SqliteThiDuaDbContext> options) : ThiDuaDbContext(options);
