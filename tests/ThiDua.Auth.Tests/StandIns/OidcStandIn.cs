using System.Globalization;
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
/// document of a tenant and its JWKS, with an RSA key made for the test run; it issues access tokens signed with that key.
/// Its token endpoint is as strict as Entra ID's for what the service uses: the on-behalf-of grant
/// (<c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>, <c>requested_token_use=on_behalf_of</c>) needs the client's secret and an
/// incoming access token (<c>assertion</c>) it issued for this API, unexpired; it gives a Microsoft Graph token and, when
/// <c>offline_access</c> is asked (MSAL's long-running on-behalf-of), a refresh token; the <c>refresh_token</c> grant takes only a
/// refresh token it gave. Anything else is an OAuth error with an <c>AADSTS</c> description. Over https
/// (<see cref="StartAsync(bool)"/> with <c>https: true</c>), as MSAL requires of an authority, with a certificate made for the run.
/// </summary>
public sealed class OidcStandIn : IAsyncDisposable
{
    /// <summary>The stand-in tenant id.</summary>
    public const string TenantId = "7d1b6f0e-2f8c-4a43-9a51-3c1f3b6f0a10";

    /// <summary>The API's application (client) id.</summary>
    public const string ClientId = "5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70";

    /// <summary>The API's client secret (<c>AzureAd:ClientSecret</c>).</summary>
    public const string ClientSecret = "stand-in-secret";

    /// <summary>The audience of the Graph tokens it issues.</summary>
    public const string GraphAudience = "https://graph.microsoft.com";

    private readonly RsaSecurityKey signingKey;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> graphTokens = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Oid, string Upn, string Scope)> refreshTokens = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> grants = new();
    private WebApplication app = null!;

    private OidcStandIn(RsaSecurityKey signingKey) => this.signingKey = signingKey;

    /// <summary>The certificate it serves https with (null over http).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; private set; }

    /// <summary>The grants its token endpoint answered, in order: <c>on_behalf_of</c>, <c>refresh_token</c>, or <c>refused: …</c> with the OAuth error.</summary>
    public IReadOnlyCollection<string> Grants => grants;

    /// <summary>True for a Microsoft Graph access token this stand-in issued.</summary>
    public bool IsGraphToken(string token) => graphTokens.ContainsKey(token);

    /// <summary>
    /// A handler that trusts this stand-in's certificate only (pinned by its thumbprint) besides what the machine trusts: what the
    /// service's outgoing calls to the identity platform use in the tests.
    /// </summary>
    public HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (Certificate is not null && certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString()),
        },
    };

    /// <summary>The instance URL (<c>http://127.0.0.1:port/</c> or <c>https://…</c>), what <c>AzureAd:Instance</c> names.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The issuer of the tenant's v2.0 tokens.</summary>
    public string Issuer => $"{BaseUrl}{TenantId}/v2.0";

    /// <summary>Starts the stand-in on a free port of 127.0.0.1, over https with a certificate made for the run when <paramref name="https"/>.</summary>
    public static async Task<OidcStandIn> StartAsync(bool https = false)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-" + Guid.NewGuid().ToString("N")[..8] };
        var standIn = new OidcStandIn(key);
        var publicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        publicJwk.Use = "sig";

        var builder = WebApplication.CreateSlimBuilder();
        if (https)
        {
            standIn.Certificate = SelfSignedLoopbackCertificate();
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.UseHttps(standIn.Certificate)));
        }
        else builder.WebHost.UseUrls("http://127.0.0.1:0");
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
        app.MapPost($"/{TenantId}/oauth2/v2.0/token", standIn.TokenAsync);
        standIn.app = app;
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = address.TrimEnd('/') + "/";
        return standIn;
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Refuse(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        var scope = string.Join(' ', form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (scope.Split(' ').Any(s => !(s.StartsWith(GraphAudience + "/", StringComparison.Ordinal) || s is "offline_access" or "openid" or "profile")))
            return Refuse(400, "invalid_scope", $"AADSTS70011: The provided value for the input parameter 'scope' is not valid ({scope}).");
        switch (form["grant_type"].ToString())
        {
            case "urn:ietf:params:oauth:grant-type:jwt-bearer":
                if (form["requested_token_use"] != "on_behalf_of")
                    return Refuse(400, "invalid_request", "AADSTS900144: The request body must contain the following parameter: 'requested_token_use'.");
                if (string.IsNullOrEmpty(form["assertion"]))
                    return Refuse(400, "invalid_request", "AADSTS900144: The request body must contain the following parameter: 'assertion'.");
                var validation = await new JsonWebTokenHandler().ValidateTokenAsync(form["assertion"].ToString(), new TokenValidationParameters
                {
                    ValidIssuer = Issuer, ValidAudience = ClientId, IssuerSigningKey = signingKey, ValidateLifetime = true, ClockSkew = TimeSpan.Zero,
                });
                if (!validation.IsValid)
                    return Refuse(400, "invalid_grant", "AADSTS50013: Assertion failed signature validation or is expired.");
                var claims = validation.ClaimsIdentity;
                grants.Enqueue("on_behalf_of");
                return Issue(claims.FindFirst("oid")!.Value, claims.FindFirst("preferred_username")?.Value ?? "", scope);
            case "refresh_token":
                if (!refreshTokens.TryGetValue(form["refresh_token"].ToString(), out var session))
                    return Refuse(400, "invalid_grant", "AADSTS70000: The provided value for the 'refresh_token' is not valid.");
                grants.Enqueue("refresh_token");
                return Issue(session.Oid, session.Upn, scope);
            default:
                return Refuse(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.");
        }
    }

    private IResult Issue(string oid, string upn, string scope)
    {
        var graphScopes = string.Join(' ', scope.Split(' ').Where(s => s.StartsWith(GraphAudience + "/", StringComparison.Ordinal)).Select(s => s[(GraphAudience.Length + 1)..]));
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://sts.windows.net/{TenantId}/", Audience = GraphAudience, IssuedAt = now, NotBefore = now, Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object> { ["tid"] = TenantId, ["oid"] = oid, ["upn"] = upn, ["scp"] = graphScopes },
        });
        graphTokens[token] = 0;
        var body = new Dictionary<string, object>
        {
            ["token_type"] = "Bearer", ["scope"] = graphScopes, ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = token,
        };
        if (scope.Split(' ').Contains("offline_access"))
        {
            var refresh = "rt-" + Guid.NewGuid().ToString("N");
            refreshTokens[refresh] = (oid, upn, scope);
            body["refresh_token"] = refresh;
        }
        return Results.Json(body);
    }

    private IResult Refuse(int status, string error, string description)
    {
        grants.Enqueue($"refused: {error}");
        return Results.Json(new { error, error_description = description, error_codes = new[] { int.Parse(description[6..description.IndexOf(':')], CultureInfo.InvariantCulture) } }, statusCode: status);
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(
            certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
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
        new Guid(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(upn)).AsSpan(0, 16)).ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate?.Dispose();
    }
}
