using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Auth.Tests.StandIns;

namespace ThiDua.Service.Tests.Hostile;

/// <summary>
/// The service as it runs in production for the hostile-input suite: Kestrel on a loopback port (so cut-off bodies,
/// chunked uploads and limits behave as on the wire), Entra ID sign-in against the OpenID Connect stand-in, two units of
/// huyện Yên Dũng, an officer of the first, a district reviewer and an administrator.
/// </summary>
public sealed class HostileService : IAsyncLifetime
{
    public const string Officer = "officer@triyen.test";
    public const string Admin = "admin@thidua.test";
    public const string Stranger = "stranger@elsewhere.test";

    public OidcStandIn Oidc { get; private set; } = null!;
    public SecuredApiFactory Api { get; private set; } = null!;

    /// <summary>The service's address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public int TriYen { get; private set; }
    public int TienPhong { get; private set; }

    /// <summary>A client of the real server sending <paramref name="upn"/>'s token (none when null), with a generous timeout.</summary>
    public HttpClient As(string? upn, Action<Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor>? change = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        if (upn is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", Oidc.Token(upn, change));
        return client;
    }

    public async Task InitializeAsync()
    {
        Oidc = await OidcStandIn.StartAsync();
        Api = new SecuredApiFactory(Oidc,
        [
            (Officer, "Officer", "UBND xã Trí Yên", null),
            ("noivu@yendung.test", "DistrictReviewer", null, "Yên Dũng"),
            (Admin, "Admin", null, null),
        ]);
        Address = new Uri(Api.StartOnLoopback() + "/");
        using var admin = As(Admin);
        TriYen = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Trí Yên");
        TienPhong = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Tiền Phong");
    }

    private static async Task<int> CreateUnitAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("api/units", new { name, level = "xã", district = "Yên Dũng", symbol = "UBND" });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Oidc.DisposeAsync();
    }
}
