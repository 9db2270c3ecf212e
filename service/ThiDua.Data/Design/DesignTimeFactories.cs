using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ThiDua.Data.Design;

/// <summary>
/// Lets <c>dotnet ef migrations add &lt;Name&gt; --context SqliteThiDuaDbContext --output-dir Migrations/Sqlite</c> build the
/// SQLite model without a host (the connection string is never opened when adding a migration).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteThiDuaDbContext>
{
    public SqliteThiDuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteThiDuaDbContext>().UseSqlite("Data Source=thidua-design.db").Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add &lt;Name&gt; --context PostgresThiDuaDbContext --output-dir Migrations/Postgres</c> build the
/// PostgreSQL model without a server.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresThiDuaDbContext>
{
    public PostgresThiDuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresThiDuaDbContext>().UseNpgsql("Host=localhost;Database=thidua").Options);
}
