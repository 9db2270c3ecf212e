using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Auth.Tests.StandIns;

namespace ThiDua.Auth.Tests;

/// <summary>
/// One secured service for the authorisation tests: the stand-in identity provider, three unit profiles (Trí Yên and Tiền
/// Phong in huyện Yên Dũng, the huyện Đắk Hà itself); the administrator stores a plan with chỉ tiêu for Tiền Phong and
/// one for Đắk Hà.
/// </summary>
public sealed class SecuredApiFixture : IAsyncLifetime
{
    public const string OfficerA = "officer.a@triyen.test";
    public const string OfficerB = "officer.b@tienphong.test";
    public const string Reviewer = "noivu@yendung.test";
    public const string Admin = "admin@thidua.test";
    public const string Stranger = "stranger@elsewhere.test";

    public OidcStandIn Oidc { get; private set; } = null!;
    public SecuredApiFactory Api { get; private set; } = null!;
    public int TriYen { get; private set; }
    public int TienPhong { get; private set; }
    public int DakHa { get; private set; }
    public int TienPhongPlan { get; private set; }
    public int DakHaPlan { get; private set; }

    public HttpClient As(string? upn) => Api.ClientWith(upn is null ? null : Oidc.Token(upn));

    public async Task InitializeAsync()
    {
        Oidc = await OidcStandIn.StartAsync();
        Api = new SecuredApiFactory(Oidc,
        [
            (OfficerA, "Officer", "UBND xã Trí Yên", null),
            (OfficerB, "Officer", "Ủy ban nhân dân xã Tiền Phong", null),
            (Reviewer, "DistrictReviewer", null, "Yên Dũng"),
            (Admin, "Admin", null, null),
        ]);
        using var admin = As(Admin);
        TriYen = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Trí Yên", "xã", "Yên Dũng");
        TienPhong = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Tiền Phong", "xã", "Yên Dũng");
        DakHa = await CreateUnitAsync(admin, "Ủy ban nhân dân huyện Đắk Hà", "huyện", "Đắk Hà");
        TienPhongPlan = (await SubmitAsync(admin, "tri-yen-2024-compliant.docx", TienPhong)).GetProperty("planId").GetInt32();
        DakHaPlan = (await SubmitAsync(admin, "dak-ha-2024.docx", DakHa)).GetProperty("planId").GetInt32();
    }

    public static async Task<int> CreateUnitAsync(HttpClient client, string name, string level, string district)
    {
        var response = await client.PostAsJsonAsync("/api/units", new { name, level, district });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> PostSubmitAsync(HttpClient client, string corpusFile, int? unitId = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(Corpus.File(corpusFile)));
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", corpusFile);
        if (unitId is { } id) form.Add(new StringContent(id.ToString(CultureInfo.InvariantCulture)), "unitId");
        return client.PostAsync("/api/plans/submit", form);
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient client, string corpusFile, int? unitId = null)
    {
        var response = await PostSubmitAsync(client, corpusFile, unitId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Oidc.DisposeAsync();
    }
}
