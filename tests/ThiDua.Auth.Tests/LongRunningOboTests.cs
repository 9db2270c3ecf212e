using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests;

/// <summary>
/// The import's Microsoft Graph tokens through the service's own credentials — Microsoft.Identity.Web's long-running
/// on-behalf-of, nothing replaced — against the OIDC stand-in over https, whose token endpoint is as strict as Entra ID's, and a
/// Graph stand-in that serves only the Graph tokens the identity stand-in issued: the session starts in the request with the
/// caller's token, the worker gets its tokens with the session key alone, and after a restart of the service the new process
/// finds the session in the token cache in the database and finishes the import.
/// </summary>
public sealed class LongRunningOboTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private OidcStandIn oidc = null!;
    private GraphLibraryStandIn graph = null!;
    private string dataFolder = "";
    private string[] files = [];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync(https: true);
        files = Directory.GetFiles(Corpus.Directory, "*.docx").Order(StringComparer.Ordinal).ToArray();
        graph = new GraphLibraryStandIn(files, acceptToken: oidc.IsGraphToken, downloadDelay: TimeSpan.FromMilliseconds(700));
        dataFolder = Directory.CreateTempSubdirectory("thidua-obo-").FullName;
    }

    private SecuredApiFactory Service()
    {
        var factory = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)], dataFolder);
        factory.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        return factory;
    }

    [Fact]
    public async Task The_worker_gets_its_graph_tokens_through_the_long_running_session_and_after_a_restart_from_the_database()
    {
        string location;
        var first = Service();
        try
        {
            using var client = first.ClientWith(oidc.Token(Admin));
            location = await ImportPolling.StartAsync(client);
            Assert.Equal("on_behalf_of", oidc.Grants.First()); // exchanged in the request, with the caller's token
            var part = await ImportPolling.FinishedAsync(client, location, view => view.GetProperty("done").GetInt32() >= 1);
            Assert.True(part.GetProperty("status").GetString() == "running", part + "\n" + string.Join(", ", oidc.Grants) + "\n" + graph.Log);
        }
        finally
        {
            await first.DisposeAsync();
        }
        var second = Service();
        try
        {
            using var client = second.ClientWith(oidc.Token(Admin));
            var view = await ImportPolling.FinishedAsync(client, location);
            Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + string.Join(", ", oidc.Grants) + "\n" + graph.Log);
            Assert.Equal(files.Select(Path.GetFileName), view.GetProperty("files").EnumerateArray().Select(r => r.GetProperty("file").GetString()));
            Assert.DoesNotContain(oidc.Grants, g => g.StartsWith("refused", StringComparison.Ordinal));
            Assert.Single(oidc.Grants, "on_behalf_of"); // the one exchange; the worker, before and after the restart, used the session
            Assert.DoesNotContain(graph.Requests, e => e.ResponseMessage.StatusCode is 401);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task Without_an_incoming_token_no_session_starts_and_the_stand_in_refuses_an_exchange_without_assertion()
    {
        await using var api = Service();
        using (api.ClientWith(oidc.Token(Admin))) { } // starts the service
        var credentials = api.Services.GetRequiredService<IGraphCredentials>();
        await Assert.ThrowsAsync<GraphSignInException>(() => credentials.StartSessionAsync(new ClaimsPrincipal(new ClaimsIdentity()), CancellationToken.None));
        var worker = credentials.For("no-such-session");
        await Assert.ThrowsAsync<GraphSignInException>(async () =>
            await worker.GetTokenAsync(new Azure.Core.TokenRequestContext(["https://graph.microsoft.com/Files.Read.All"]), CancellationToken.None));
        Assert.DoesNotContain("on_behalf_of", oidc.Grants);

        using var direct = new HttpClient(oidc.TrustingHandler());
        var refused = await direct.PostAsync($"{oidc.BaseUrl}{OidcStandIn.TenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer", ["requested_token_use"] = "on_behalf_of",
            ["client_id"] = OidcStandIn.ClientId, ["client_secret"] = OidcStandIn.ClientSecret, ["scope"] = "https://graph.microsoft.com/Files.Read.All offline_access",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("assertion", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_graph_call_without_a_token_the_identity_platform_issued_is_refused()
    {
        using var client = new HttpClient();
        var anonymous = await client.GetAsync($"{graph.BaseUrl}/sites/site-1/drive");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", oidc.Token(Admin)); // a token for the API, not for Graph
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{graph.BaseUrl}/sites/site-1/drive")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        graph.Dispose();
        await oidc.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
    }
}
