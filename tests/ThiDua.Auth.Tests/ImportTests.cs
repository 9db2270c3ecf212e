using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests;

/// <summary>
/// <c>POST /api/imports</c> against a Graph stand-in (WireMock.Net) serving a SharePoint document library that holds the
/// corpus plans over two pages, the second page answering 429 with <c>Retry-After</c> once.
/// </summary>
public sealed class ImportTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private GraphLibraryStandIn graph = null!;
    private OidcStandIn oidc = null!;
    private SecuredApiFactory api = null!;
    private string[] files = [];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        files = Directory.GetFiles(Corpus.Directory, "*.docx").Order(StringComparer.Ordinal).ToArray();
        graph = new GraphLibraryStandIn(files, twoPagesThrottled: true);
        api = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        api.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        api.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client) => await FinishedAsync(client, await StartAsync(client));

    private static Task<string> StartAsync(HttpClient client) => ImportPolling.StartAsync(client);

    private static Task<JsonElement> FinishedAsync(HttpClient client, string location, Func<JsonElement, bool>? until = null) =>
        ImportPolling.FinishedAsync(client, location, until);

    [Fact]
    public async Task An_import_cut_short_by_a_stop_resumes_when_the_service_starts_again_and_reports_each_file_once()
    {
        var dataFolder = Directory.CreateTempSubdirectory("thidua-import-restart-").FullName;
        using var slow = new GraphLibraryStandIn(files, downloadDelay: TimeSpan.FromMilliseconds(700));
        string location;
        var first = Restarted(dataFolder, slow);
        try
        {
            using var client = first.ClientWith(oidc.Token(Admin));
            location = await StartAsync(client);
            var part = await FinishedAsync(client, location, view => view.GetProperty("done").GetInt32() >= 1);
            Assert.True(part.GetProperty("status").GetString() == "running", part + "\n" + slow.Log);
        }
        finally
        {
            await first.DisposeAsync(); // the service stops mid-import
        }
        var second = Restarted(dataFolder, slow);
        try
        {
            using var client = second.ClientWith(oidc.Token(Admin));
            var resumed = await FinishedAsync(client, location);
            Assert.True(resumed.GetProperty("status").GetString() == "completed", resumed.ToString());
            var reported = resumed.GetProperty("files").EnumerateArray().Select(r => r.GetProperty("file").GetString()).ToList();
            Assert.Equal(files.Select(Path.GetFileName), reported);
            var downloads = slow.Requests.Count(e => e.RequestMessage.Path.EndsWith("/content", StringComparison.Ordinal));
            Assert.InRange(downloads, files.Length, files.Length + 1); // at most the download cut short by the stop is repeated
            using var stranger = second.ClientWith(oidc.Token("officer@thidua.test"));
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(location)).StatusCode);
        }
        finally
        {
            await second.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private SecuredApiFactory Restarted(string dataFolder, GraphLibraryStandIn library)
    {
        var factory = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null), ("officer@thidua.test", "Admin", null, null)], dataFolder);
        factory.Settings["Graph:BaseUrl"] = library.BaseUrl;
        factory.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
        return factory;
    }

    [Fact]
    public async Task Import_stores_every_plan_once_reports_each_file_and_a_second_import_stores_nothing()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        var first = await ImportAsync(client);
        Assert.True(first.GetProperty("status").GetString() == "completed", first + graph.Log);
        var reports = first.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Select(Path.GetFileName), reports.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(files.Length, first.GetProperty("found").GetInt32());
        Assert.Contains(graph.Requests, e => e.ResponseMessage.StatusCode is 429);
        var stored = reports.Where(r => r.GetProperty("outcome").GetString() is "stored" or "superseded").ToList();
        Assert.True(stored.Count >= 4, string.Join("\n", reports.Select(r => r.ToString())));
        var plansAfterFirst = JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement.GetProperty("total").GetInt32();
        Assert.True(plansAfterFirst >= 4);

        var second = await ImportAsync(client);
        var again = second.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Length, again.Count);
        Assert.DoesNotContain(again, r => r.GetProperty("outcome").GetString() is "stored" or "superseded");
        foreach (var name in stored.Select(r => r.GetProperty("file").GetString()))
            Assert.Equal("unchanged", again.Single(r => r.GetProperty("file").GetString() == name).GetProperty("outcome").GetString());
        Assert.Equal(plansAfterFirst, JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("Kế hoạch #1 + 100% năm 2024")]
    [InlineData("Phòng Nội vụ/Thi đua #2 50%+/Kế hoạch 2024")]
    [InlineData("C# và C++ 50 % + 2%")]
    public async Task Folder_and_file_names_with_hash_percent_plus_spaces_and_diacritics_are_imported_end_to_end(string folder)
    {
        // Names as a library holds them: '#', '%', '+', spaces, Vietnamese letters, and one written decomposed (NFD) by its writer.
        var plans = new[] { "dak-ha-2024.docx", "tien-dong-2024.docx", "tri-yen-2024-compliant.docx" }.Select(f => Corpus.File(f)).ToList();
        string[] names = ["KH số 12#2024 + 100% đạt.docx", "Kế hoạch xã Trí Yên 50%25.docx".Normalize(System.Text.NormalizationForm.FormD), "a+b c#d%e.docx"];
        using var library = new GraphLibraryStandIn(plans.Select((p, i) => new StandInFile(names[i], File.ReadAllBytes(p))).ToList(), folder);
        var factory = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        factory.Settings["Graph:BaseUrl"] = library.BaseUrl;
        factory.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
        await using (factory)
        {
            using var client = factory.ClientWith(oidc.Token(Admin));
            var view = await FinishedAsync(client, await ImportPolling.StartAsync(client, folder));
            Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + library.Log);
            var reports = view.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(names.Select(n => n.Normalize()), reports.Select(r => r.GetProperty("file").GetString()));
            Assert.All(reports, r => Assert.Contains(r.GetProperty("outcome").GetString(), new[] { "stored", "superseded" }));
            Assert.Equal(folder, view.GetProperty("source").GetProperty("folderPath").GetString());
        }
    }

    /// <summary>
    /// Names that themselves hold a percent-escape: the stand-in reads paths as Kestrel decodes them, which cannot tell <c>%2525</c>
    /// from <c>%25</c>, so the address is checked here, as sent.
    /// </summary>
    [Fact]
    public void A_name_holding_a_percent_escape_or_a_slash_escape_is_encoded_once_more_and_stays_one_segment()
    {
        var address = DocumentLibrary.FolderAddress("https://graph.microsoft.com/v1.0/", "b!x", ["Giảm 5%25", "a%2Fb", "#1 + 2"]);
        Assert.Equal("https://graph.microsoft.com/v1.0/drives/b%21x/root:/Gi%E1%BA%A3m%205%2525/a%252Fb/%231%20%2B%202:", address);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_fails_the_import_with_a_Vietnamese_reason()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        var view = await FinishedAsync(client, await ImportPolling.StartAsync(client, GraphLibraryStandIn.Folder + " #2"));
        Assert.Equal("failed", view.GetProperty("status").GetString());
        Assert.StartsWith($"Không tìm thấy thư mục \"{GraphLibraryStandIn.Folder} #2\"", view.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_source_is_400_and_an_unknown_import_is_404()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/imports", new { folderPath = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/imports", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/imports/{Guid.NewGuid()}")).StatusCode);
        using var anonymous = api.ClientWith(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/imports", new { oneDrive = true })).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        graph.Dispose();
        await oidc.DisposeAsync();
    }
}
