using Microsoft.EntityFrameworkCore;

namespace ThiDua.Data;

/// <summary>The database on PostgreSQL (Npgsql); migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresThiDuaDbContext(DbContextOptions<PostgresThiDuaDbContext> options) : ThiDuaDbContext(options);
