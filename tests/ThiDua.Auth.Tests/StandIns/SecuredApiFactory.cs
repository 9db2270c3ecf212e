using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>
/// The service in the Production environment, signing in with Microsoft.Identity.Web against an <see cref="OidcStandIn"/>,
/// with its own SQLite database and the members of <see cref="Members"/>, each configured by its object id (the stand-in's
/// <see cref="OidcStandIn.ObjectIdOf"/>) with its user principal name as a label. The stand-in's metadata is plain http on
/// 127.0.0.1, so (only here) JwtBearer's <c>RequireHttpsMetadata</c> is turned off and the issuer is compared with the stand-in's.
/// </summary>
/// <remarks>Given a <c>dataFolder</c>, the service uses that database and leaves it in place (a second factory on it is the service restarted).</remarks>
public sealed class SecuredApiFactory(OidcStandIn oidc, IReadOnlyList<(string Upn, string Role, string? Unit, string? District)> members, string? dataFolder = null)
    : WebApplicationFactory<Program>
{
    private readonly bool ownsData = dataFolder is null;
    private readonly string dataFolder = dataFolder ?? Directory.CreateTempSubdirectory("thidua-auth-").FullName;

    /// <summary>The configured members: upn, role, unit, district.</summary>
    public IReadOnlyList<(string Upn, string Role, string? Unit, string? District)> Members { get; } = members;

    /// <summary>The environment the service runs in (default Production).</summary>
    public string Environment { get; set; } = "Production";

    /// <summary>Configure the members by user principal name only, without an object id (refused in Production).</summary>
    public bool UpnOnlyMembers { get; set; }

    /// <summary>Extra settings applied after the defaults (e.g. the Graph stand-in's address).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Services replaced after the service's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Authentication:Mode", "EntraId");
        builder.UseSetting("Engine:WarmUp", "false"); // a host per test: the warm-up is measured by tests/bench/warm-start.sh
        builder.UseSetting("AzureAd:Instance", oidc.BaseUrl);
        builder.UseSetting("AzureAd:TenantId", OidcStandIn.TenantId);
        builder.UseSetting("AzureAd:ClientId", OidcStandIn.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", OidcStandIn.ClientSecret);
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:DataFolder", dataFolder);
        for (var i = 0; i < Members.Count; i++)
        {
            var (upn, role, unit, district) = Members[i];
            builder.UseSetting($"Authorization:Members:{i}:Upn", upn);
            if (!UpnOnlyMembers) builder.UseSetting($"Authorization:Members:{i}:ObjectId", OidcStandIn.ObjectIdOf(upn));
            builder.UseSetting($"Authorization:Members:{i}:Role", role);
            if (unit is not null) builder.UseSetting($"Authorization:Members:{i}:Unit", unit);
            if (district is not null) builder.UseSetting($"Authorization:Members:{i}:District", district);
        }
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.RequireHttpsMetadata = false);
            if (oidc.Certificate is not null)
            {
                // Over https, the service's calls to the identity platform (the metadata, MSAL's token requests) trust the
                // stand-in's certificate, made for the run; nothing else of those calls changes.
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = oidc.TrustingHandler());
                services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(oidc.TrustingHandler));
            }
            // Entra's multi-tenant issuer validator (AadIssuerValidator) reads the metadata again over https only; the stand-in is
            // plain http, so here the issuer is checked by the standard validator against the stand-in's one issuer instead.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.TokenValidationParameters.IssuerValidator = null;
                o.TokenValidationParameters.ValidIssuer = oidc.Issuer;
            });
            TestServices?.Invoke(services);
        });
    }

    /// <summary>
    /// Starts the service on Kestrel, listening on a free port of 127.0.0.1 (a real server, for clients outside the test host such
    /// as the CLI), and returns its address, <c>http://127.0.0.1:port</c> (no trailing slash). Set <see cref="Settings"/> and
    /// <see cref="TestServices"/> before.
    /// </summary>
    public string StartOnLoopback()
    {
        Settings["urls"] = "http://127.0.0.1:0";
        UseKestrel();
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>A client sending <paramref name="token"/> as its bearer token (none when null).</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (ownsData)
                try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
        }
    }
}
