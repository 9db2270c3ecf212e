using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>
/// An OpenID Connect provider on 127.0.0.1 that speaks what Microsoft.Identity.Web asks Entra ID for: the v2.0 discovery
/// document of a tenant and its JWKS, with an RSA key made for the test run; and it issues access tokens signed with that key.
/// </summary>
public sealed class OidcStandIn : IAsyncDisposable
{
    /// <summary>The stand-in tenant id.</summary>
    public const string TenantId = "7d1b6f0e-2f8c-4a43-9a51-3c1f3b6f0a10";

    /// <summary>The API's application (client) id.</summary>
    public const string ClientId = "5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70";

    private readonly WebApplication app;
    private readonly RsaSecurityKey signingKey;

    private OidcStandIn(WebApplication app, RsaSecurityKey signingKey, string baseUrl)
    {
        this.app = app;
        this.signingKey = signingKey;
        BaseUrl = baseUrl;
    }

    /// <summary>The instance URL (<c>http://127.0.0.1:port/</c>), what <c>AzureAd:Instance</c> names.</summary>
    public string BaseUrl { get; }

    /// <summary>The issuer of the tenant's v2.0 tokens.</summary>
    public string Issuer => $"{BaseUrl}{TenantId}/v2.0";

    /// <summary>Starts the stand-in on a free port.</summary>
    public static async Task<OidcStandIn> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-" + Guid.NewGuid().ToString("N")[..8] };
        var publicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        publicJwk.Use = "sig";

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        string Base(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}/";
        object Discovery(HttpContext c, string issuer) => new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{Base(c)}{TenantId}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{Base(c)}{TenantId}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{Base(c)}{TenantId}/discovery/v2.0/keys",
            ["response_types_supported"] = new[] { "code", "id_token", "token" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        };
        app.MapGet($"/{TenantId}/v2.0/.well-known/openid-configuration", (HttpContext c) => Results.Json(Discovery(c, $"{Base(c)}{TenantId}/v2.0")));
        app.MapGet($"/{TenantId}/.well-known/openid-configuration", (HttpContext c) => Results.Json(Discovery(c, $"{Base(c)}{TenantId}/")));
        app.MapGet($"/{TenantId}/discovery/v2.0/keys", () => Results.Json(new
        {
            keys = new[] { new { kty = publicJwk.Kty, use = publicJwk.Use, kid = publicJwk.Kid, n = publicJwk.N, e = publicJwk.E, alg = "RS256" } },
        }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OidcStandIn(app, key, address.TrimEnd('/') + "/");
    }

    /// <summary>
    /// An access token for the API as Entra ID issues it (v2.0): <c>aud</c> the client id, <c>scp</c> <c>access_as_user</c>,
    /// <c>tid</c>, <c>oid</c>, <c>preferred_username</c>; <paramref name="change"/> alters the descriptor to make a bad token.
    /// </summary>
    public string Token(string upn, Action<SecurityTokenDescriptor>? change = null, string scope = "access_as_user")
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["tid"] = TenantId,
                ["oid"] = ObjectIdOf(upn),
                ["preferred_username"] = upn,
                ["name"] = upn.Split('@')[0],
                ["scp"] = scope,
                ["ver"] = "2.0",
            },
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A stable object id for a test user.</summary>
    public static string ObjectIdOf(string upn) =>
        new Guid(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(upn))).ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
