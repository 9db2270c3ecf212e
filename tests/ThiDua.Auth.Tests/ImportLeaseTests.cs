using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests;

/// <summary>
/// Two service instances on one database (two hosts in this process, each with its own import worker and lease owner id), on
/// SQLite (one file) and on PostgreSQL (a database of its own on the server <c>THIDUA_TEST_PG</c> names — started by
/// <c>tests/run-postgres.sh</c> with <c>initdb</c> in a temporary folder): every import runs exactly once (the Graph stand-in
/// counts the downloads of each file), both instances take part, and an import left by an instance that died — running, one
/// file reported, its lease not given back — is left alone until the lease expires, then taken over and finished by the other
/// instance without downloading the reported file again.
/// </summary>
public sealed class ImportLeaseTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private const int LeaseSeconds = 3;
    private OidcStandIn oidc = null!;
    private string[] files = [];
    private readonly List<string> dataFolders = [];
    private readonly List<string> databases = [];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        files = new[] { "dak-ha-2024.docx", "tien-dong-2024.docx", "tri-yen-2024-compliant.docx" }.Select(Corpus.File).ToArray();
    }

    public async Task DisposeAsync()
    {
        await oidc.DisposeAsync();
        foreach (var folder in dataFolders) Directory.Delete(folder, recursive: true);
        if (databases.Count == 0) return;
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
        await admin.OpenAsync();
        foreach (var name in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Settings putting an instance on a new database: a SQLite file in a folder of its own, or a new PostgreSQL database.</summary>
    private async Task<Dictionary<string, string>> DatabaseAsync(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("thidua-lease-").FullName;
        dataFolders.Add(folder);
        var settings = new Dictionary<string, string> { ["Database:DataFolder"] = folder };
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
            var name = $"thidua_lease_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", admin);
                await create.ExecuteNonQueryAsync();
            }
            databases.Add(name);
            settings["Database:Provider"] = "postgres";
            settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }
        return settings;
    }

    private SecuredApiFactory Instance(GraphLibraryStandIn graph, Dictionary<string, string> database)
    {
        var factory = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)], database["Database:DataFolder"]);
        foreach (var (key, value) in database) factory.Settings[key] = value;
        factory.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        factory.Settings["Imports:LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Imports:IdlePollSeconds"] = "1";
        factory.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
        return factory;
    }

    private static int Downloads(GraphLibraryStandIn graph, int item) =>
        graph.Requests.Count(e => e.RequestMessage.Path.EndsWith($"/items/item-{item}/content", StringComparison.Ordinal));

    [Fact]
    public Task On_SQLite_two_instances_run_every_import_exactly_once() => EveryImportOnceAsync("sqlite");

    [PostgresFact]
    public Task On_PostgreSQL_two_instances_run_every_import_exactly_once() => EveryImportOnceAsync("postgres");

    [Fact]
    public Task On_SQLite_an_import_of_a_dead_instance_is_taken_over_after_its_lease_expires() => TakeOverAsync("sqlite");

    [PostgresFact]
    public Task On_PostgreSQL_an_import_of_a_dead_instance_is_taken_over_after_its_lease_expires() => TakeOverAsync("postgres");

    private async Task EveryImportOnceAsync(string provider)
    {
        const int Imports = 6;
        using var graph = new GraphLibraryStandIn(files, downloadDelay: TimeSpan.FromMilliseconds(150));
        var database = await DatabaseAsync(provider);
        await using var first = Instance(graph, database);
        using var firstClient = first.ClientWith(oidc.Token(Admin)); // migrates the database before the second starts
        await using var second = Instance(graph, database);
        using var secondClient = second.ClientWith(oidc.Token(Admin));

        var started = new List<(HttpClient Client, string Location)>();
        for (var k = 0; k < Imports; k++)
        {
            var client = k % 2 == 0 ? firstClient : secondClient;
            started.Add((client, await ImportPolling.StartAsync(client)));
        }
        foreach (var (client, location) in started)
        {
            var view = await ImportPolling.FinishedAsync(client, location);
            Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + graph.Log);
            Assert.Equal(files.Length, view.GetProperty("files").GetArrayLength());
        }

        for (var item = 0; item < files.Length; item++) Assert.True(Downloads(graph, item) == Imports, $"item-{item}: {Downloads(graph, item)} downloads for {Imports} imports\n{graph.Log}");
        await using var db = first.Services.GetRequiredService<ThiDuaDbContextFactory>().CreateDbContext();
        var jobs = await db.ImportJobs.AsNoTracking().ToListAsync();
        Assert.Equal(Imports, jobs.Count);
        Assert.All(jobs, j => Assert.Equal((1, (long?)null), (j.Starts, j.LeaseExpiresAt))); // each started once; leases given back
        var owners = new[] { first, second }.Select(i => i.Services.GetRequiredService<ImportLease>().Owner).ToHashSet();
        Assert.Equal(owners, jobs.Select(j => j.LeaseOwner!).ToHashSet()); // both instances ran imports, no one else
    }

    private async Task TakeOverAsync(string provider)
    {
        using var graph = new GraphLibraryStandIn(files);
        var database = await DatabaseAsync(provider);
        await using var survivor = Instance(graph, database);
        using var client = survivor.ClientWith(oidc.Token(Admin));
        var clock = TimeProvider.System;

        // What an instance killed in the middle of an import leaves: the import running, its first file reported, its lease held.
        var expires = clock.GetUtcNow().AddSeconds(LeaseSeconds);
        var job = new ImportJob
        {
            PublicId = Guid.NewGuid(), OwnerTenantId = OidcStandIn.TenantId, OwnerObjectId = OidcStandIn.ObjectIdOf(Admin), OwnerName = Admin,
            SiteUrl = GraphLibraryStandIn.SiteUrl, FolderPath = GraphLibraryStandIn.Folder, Status = ImportStatus.Running, Found = 1, Starts = 1,
            GraphSessionKey = "stand-in-session-dead", QueuedAt = clock.GetUtcNow(), StartedAt = clock.GetUtcNow(),
            LeaseOwner = "dead-host/4242/instance", LeaseExpiresAt = expires.ToUnixTimeMilliseconds(),
            Files = [new ImportedFile { Position = 0, ItemId = "item-0", Name = Path.GetFileName(files[0]), Outcome = "stored", Message = "Đã lưu.", ContentHash = new string('a', 64) }],
        };
        await using (var db = survivor.Services.GetRequiredService<ThiDuaDbContextFactory>().CreateDbContext())
        {
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var view = await ImportPolling.FinishedAsync(client, $"/api/imports/{job.PublicId}");

        Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + graph.Log);
        Assert.Equal(files.Select(Path.GetFileName), view.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()));
        Assert.Equal([0, 1, 1], Enumerable.Range(0, files.Length).Select(item => Downloads(graph, item)));
        var firstCall = graph.Requests.Min(e => e.RequestMessage.DateTime.ToUniversalTime());
        Assert.True(firstCall >= expires.UtcDateTime.AddMilliseconds(-50), $"Graph called at {firstCall:HH:mm:ss.fff}, before the lease expired at {expires:HH:mm:ss.fff}");
        await using var check = survivor.Services.GetRequiredService<ThiDuaDbContextFactory>().CreateDbContext();
        var resumed = await check.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id);
        Assert.Equal((2, survivor.Services.GetRequiredService<ImportLease>().Owner, (long?)null), (resumed.Starts, resumed.LeaseOwner, resumed.LeaseExpiresAt));
    }
}

/// <summary>A fact that needs the PostgreSQL server named by <c>THIDUA_TEST_PG</c> (<c>tests/run-postgres.sh</c> starts one); skipped, saying so, without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "THIDUA_TEST_PG";

    /// <summary>Skips the test when <see cref="Variable"/> is not set.</summary>
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 })
            Skip = $"{Variable} is not set: run the tests through tests/run-postgres.sh to run them against a real PostgreSQL.";
    }
}
