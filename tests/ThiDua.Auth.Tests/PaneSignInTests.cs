using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using ThiDua.Auth.Tests.StandIns;

namespace ThiDua.Auth.Tests;

/// <summary><c>GET /api/pane/config</c>: what the pane signs in with, open to anyone, nothing secret.</summary>
public sealed class PaneSignInTests : IAsyncLifetime
{
    private OidcStandIn oidc = null!;

    public async Task InitializeAsync() => oidc = await OidcStandIn.StartAsync();

    public async Task DisposeAsync() => await oidc.DisposeAsync();

    private static async Task<(HttpStatusCode Status, string Body)> GetConfigAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/pane/config");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_Entra_mode_it_answers_without_a_token_with_the_client_id_authority_and_api_scope()
    {
        await using var api = new SecuredApiFactory(oidc, [(SecuredApiFixture.Admin, "Admin", null, null)]);
        using var anonymous = api.ClientWith(null);
        var (status, body) = await GetConfigAsync(anonymous);

        Assert.Equal(HttpStatusCode.OK, status);
        var config = JsonDocument.Parse(body).RootElement;
        Assert.False(config.GetProperty("localDevelopment").GetBoolean());
        Assert.Equal(OidcStandIn.ClientId, config.GetProperty("clientId").GetString());
        Assert.Equal(oidc.BaseUrl + OidcStandIn.TenantId, config.GetProperty("authority").GetString());
        Assert.Equal([$"api://{OidcStandIn.ClientId}/access_as_user"], config.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain("stand-in-secret", body);
    }

    [Fact]
    public async Task A_separate_pane_registration_changes_the_client_id_but_not_the_api_scope()
    {
        await using var api = new SecuredApiFactory(oidc, []);
        api.Settings["Pane:ClientId"] = "0b7e4c11-2222-4333-8444-955566677788";
        api.Settings["AzureAd:Audience"] = "api://thidua.example.gov.vn/";
        using var client = api.ClientWith(null);
        var config = JsonDocument.Parse((await GetConfigAsync(client)).Body).RootElement;

        Assert.Equal("0b7e4c11-2222-4333-8444-955566677788", config.GetProperty("clientId").GetString());
        Assert.Equal("api://thidua.example.gov.vn/access_as_user", config.GetProperty("scopes")[0].GetString());
    }

    [Fact]
    public void The_public_cloud_is_the_authority_when_no_instance_is_configured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = OidcStandIn.ClientId,
        }).Build();

        var config = ThiDua.Service.Features.Auth.PaneSignInEndpoints.Of(configuration);

        Assert.Equal("https://login.microsoftonline.com/organizations", config.Authority);
        Assert.Equal(OidcStandIn.ClientId, config.ClientId);
    }

    [Fact]
    public async Task In_local_development_the_pane_is_told_not_to_sign_in()
    {
        using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Authentication:Mode", "LocalDevelopment");
            b.UseSetting("Database:DataFolder", Path.Combine(Path.GetTempPath(), "thidua-auth-pane-" + Guid.NewGuid().ToString("N")));
        });
        using var client = service.CreateClient();
        var (status, body) = await GetConfigAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        var config = JsonDocument.Parse(body).RootElement;
        Assert.True(config.GetProperty("localDevelopment").GetBoolean());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("clientId").ValueKind);
        Assert.Empty(config.GetProperty("scopes").EnumerateArray());
    }
}
