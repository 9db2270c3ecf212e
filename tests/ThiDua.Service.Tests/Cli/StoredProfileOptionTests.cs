using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ThiDua.Auth.Tests.StandIns;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// <c>thidua check --profile NAME --server URL</c>: a profile stored on the real service (listening on a local port, signing in
/// with tokens of the OpenID Connect stand-in) is read through its chain and applied as a local profile file would be.
/// </summary>
public sealed class StoredProfileOptionTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private OidcStandIn oidc = null!;
    private SecuredApiFactory api = null!;
    private string server = "";

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        api = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        server = api.StartOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await oidc.DisposeAsync();
    }

    [Fact]
    public async Task A_stored_profile_applies_as_the_same_profile_from_a_file()
    {
        // The province sample under another name, stored on the service; its fields left out are written as null in the
        // chain's answer, which must not make the CLI refuse the profile.
        var document = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "service", "ThiDua.Rules", "Profiles", "Samples", "tinh-mau.json"))
            .Replace("\"name\": \"tinh-mau\"", "\"name\": \"tinh-thu\"", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var file = folder.Write("tinh-thu.json", Encoding.UTF8.GetBytes(document));
        using (var http = new HttpClient { BaseAddress = new Uri(server) })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", oidc.Token(Admin));
            using var put = await http.PutAsync("/api/rule-profiles/tinh-thu", new StringContent(document, Encoding.UTF8, "application/json"));
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        var stored = await CliRun.RunAsync("check", Corpus.File("tien-dong-2024.docx"), "--profile", "tinh-thu", "--server", server,
            "--token", oidc.Token(Admin), "--format", "json");
        var local = await CliRun.RunAsync("check", Corpus.File("tien-dong-2024.docx"), "--profile", file, "--format", "json");

        Assert.True(stored.Code == local.Code, stored.Err);
        Assert.Equal("", stored.Err);
        Assert.Equal("tinh-thu", JsonDocument.Parse(stored.Out).RootElement[0].GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(local.Out, stored.Out);
    }
}
