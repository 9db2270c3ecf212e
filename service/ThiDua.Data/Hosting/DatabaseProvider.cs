namespace ThiDua.Data.Hosting;

/// <summary>The database engine behind <see cref="ThiDuaDbContext"/>.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, one file; nothing to install (the default).</summary>
    Sqlite,
    /// <summary>PostgreSQL through Npgsql.</summary>
    Postgres,
}
