namespace ThiDua.Data.Hosting;

/// <summary>
/// Configuration section <c>Database</c>. With nothing set the service uses SQLite in <c>thidua.db</c> under
/// <see cref="DataFolder"/>; <c>Database:Provider=postgres</c> (or a connection string with <c>Host=</c>) selects PostgreSQL.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Database";

    /// <summary><c>sqlite</c> or <c>postgres</c> (also <c>postgresql</c>, <c>npgsql</c>); empty to infer it from <see cref="ConnectionString"/>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>
    /// The ADO.NET connection string; when empty, <c>ConnectionStrings:ThiDua</c>; for SQLite when both are empty,
    /// <c>Data Source=&lt;DataFolder&gt;/thidua.db</c>.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The app's data folder for the SQLite file; default <c>~/.local/share/ThiDua</c> (the user's local application data).</summary>
    public string DataFolder { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ThiDua");

    /// <summary>Create the database and apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The provider this configuration selects.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Provider"/> names no supported engine.</exception>
    public DatabaseProvider ResolveProvider() => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        "" => ConnectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
        var other => throw new InvalidOperationException($"Database:Provider '{other}' không được hỗ trợ: dùng sqlite hoặc postgres."),
    };

    /// <summary>The connection string to use for <paramref name="provider"/>, defaulting the SQLite file under <see cref="DataFolder"/>.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is selected without a connection string.</exception>
    public string ResolveConnectionString(DatabaseProvider provider) => (provider, ConnectionString) switch
    {
        (_, { Length: > 0 } given) => given,
        (DatabaseProvider.Sqlite, _) => $"Data Source={Path.Combine(DataFolder, "thidua.db")}",
        _ => throw new InvalidOperationException("Database:Provider=postgres cần chuỗi kết nối (Database:ConnectionString hoặc ConnectionStrings:ThiDua)."),
    };
}
