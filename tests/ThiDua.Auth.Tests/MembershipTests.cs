using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ThiDua.Auth.Tests.SecuredApiFixture;

namespace ThiDua.Auth.Tests;

/// <summary>
/// Who is a member is decided by the service's configuration only: a token cannot claim a role, a unit or a district; a
/// user is matched by object id and tenant id, never by a user principal name that looks like a member's.
/// </summary>
public class MembershipTests(SecuredApiFixture fixture) : IClassFixture<SecuredApiFixture>
{
    private HttpClient With(string upn, Action<Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor> change) =>
        fixture.Api.ClientWith(fixture.Oidc.Token(upn, change));

    [Fact]
    public async Task A_stranger_claiming_the_admin_role_in_the_token_is_still_no_member()
    {
        using var forged = With(Stranger, d =>
        {
            d.Claims["thidua/role"] = "Admin";
            d.Claims["thidua/district"] = "Yên Dũng";
            d.Claims["THIDUA/ROLE"] = "Admin";
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.GetAsync("/api/units")).StatusCode);
        var me = JsonDocument.Parse(await forged.GetStringAsync("/api/me")).RootElement;
        Assert.Equal("Chưa được phân quyền", me.GetProperty("roleLabel").GetString());
    }

    [Fact]
    public async Task An_officer_claiming_another_unit_in_the_token_still_sees_only_their_own()
    {
        using var forged = With(OfficerA, d =>
        {
            d.Claims["thidua/unit-id"] = fixture.TienPhong.ToString(CultureInfo.InvariantCulture);
            d.Claims["thidua/unit"] = "Ủy ban nhân dân xã Tiền Phong";
            d.Claims["thidua/role"] = "Admin";
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.GetAsync($"/api/plans/{fixture.TienPhongPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.GetAsync($"/api/units/{fixture.TienPhong}")).StatusCode);
        var units = JsonDocument.Parse(await forged.GetStringAsync("/api/units")).RootElement.EnumerateArray().Select(u => u.GetProperty("id").GetInt32());
        Assert.Equal([fixture.TriYen], units);
    }

    [Fact]
    public async Task A_user_with_an_admins_user_principal_name_but_another_object_id_is_no_member()
    {
        using var lookalike = With(Admin, d => d.Claims["oid"] = Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await lookalike.GetAsync("/api/plans")).StatusCode);
        using var upnClaim = With("someone@elsewhere.test", d =>
        {
            d.Claims.Remove("preferred_username");
            d.Claims["upn"] = Admin;
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await upnClaim.GetAsync("/api/plans")).StatusCode);
    }

    [Fact]
    public async Task The_admins_object_id_from_another_tenant_is_no_member()
    {
        using var otherTenant = With(Admin, d => d.Claims["tid"] = Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTenant.GetAsync("/api/plans")).StatusCode);
        using var noTenant = With(Admin, d => d.Claims.Remove("tid"));
        Assert.Equal(HttpStatusCode.Forbidden, (await noTenant.GetAsync("/api/plans")).StatusCode);
    }

    [Fact]
    public async Task An_officer_may_edit_their_unit_but_never_move_it_rename_it_or_delete_it()
    {
        using var admin = fixture.As(Admin);
        var unit = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Lãng Sơn", "xã", "Yên Dũng");
        using var officer = fixture.As(OfficerA);

        // Officer A's own unit: a new signer is fine, another district or name is not.
        var own = new { name = "Ủy ban nhân dân xã Trí Yên", level = "xã", district = "Yên Dũng", signerName = "Nguyễn Văn Bình" };
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"/api/units/{fixture.TriYen}", own)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/units/{fixture.TriYen}", own with { district = "Đắk Hà" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/units/{fixture.TriYen}", own with { district = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/units/{fixture.TriYen}", own with { name = "Ủy ban nhân dân xã Lãng Sơn Mới" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/units/{fixture.TriYen}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/units", new { name = "Ủy ban nhân dân xã Mới", district = "Yên Dũng" })).StatusCode);
        // Another unit, even of the same district: 403 whatever the change.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/units/{unit}", new { name = "Ủy ban nhân dân xã Lãng Sơn", district = "Yên Dũng" })).StatusCode);
        var stored = JsonDocument.Parse(await admin.GetStringAsync($"/api/units/{fixture.TriYen}")).RootElement;
        Assert.Equal("Yên Dũng", stored.GetProperty("district").GetString());
        Assert.Equal("Nguyễn Văn Bình", stored.GetProperty("signerName").GetString());
    }

    [Fact]
    public async Task A_district_reviewer_edits_and_deletes_within_the_district_and_never_moves_a_unit_out()
    {
        using var admin = fixture.As(Admin);
        var unit = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Nham Sơn", "xã", "Yên Dũng");
        using var reviewer = fixture.As(Reviewer);
        var profile = new { name = "Ủy ban nhân dân xã Nham Sơn", level = "xã", district = "Yên Dũng", signerName = "Lê Thị Hoa" };

        Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsJsonAsync($"/api/units/{unit}", profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsJsonAsync($"/api/units/{unit}", profile with { district = "Đắk Hà" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsJsonAsync($"/api/units/{fixture.DakHa}", new { name = "Ủy ban nhân dân huyện Đắk Hà", district = "Yên Dũng" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/units", new { name = "Ủy ban nhân dân xã Khác", district = "Đắk Hà" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync($"/api/units/{fixture.DakHa}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.DeleteAsync($"/api/units/{unit}")).StatusCode);
        // The administrator may move a unit to another district.
        var moved = await CreateUnitAsync(admin, "Ủy ban nhân dân xã Đồng Phúc", "xã", "Yên Dũng");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/units/{moved}", new { name = "Ủy ban nhân dân xã Đồng Phúc", district = "Đắk Hà" })).StatusCode);
    }

    [Fact]
    public async Task Another_units_id_is_403_on_authoring_section_rendering_and_previews()
    {
        using var admin = fixture.As(Admin);
        var profile = new
        {
            name = "Ủy ban nhân dân xã Trí Yên", parentBody = "UBND HUYỆN YÊN DŨNG", placeName = "Trí Yên", symbol = "UBND", level = "xã",
            district = "Yên Dũng", signerAuthority = "TM. ỦY BAN NHÂN DÂN", signerTitle = "CHỦ TỊCH", signerName = "Nguyễn Văn An",
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/units/{fixture.TriYen}", profile)).StatusCode);
        using var officer = fixture.As(OfficerA);
        var other = new { unitId = fixture.TienPhong, year = 2025, subject = "Phát động phong trào thi đua năm 2025" };
        var own = other with { unitId = fixture.TriYen };
        foreach (var path in new[] { "/api/plans/new", "/api/sections/muc-dich-yeu-cau/render", "/api/sections/previews" })
        {
            var refused = await officer.PostAsJsonAsync(path, other);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
            Assert.Contains("ngoài phạm vi", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            // A unit id that does not exist is refused the same way (no telling which ids exist).
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(path, other with { unitId = 987_654 })).StatusCode);
            var allowed = await officer.PostAsJsonAsync(path, own);
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"{path}: {(int)allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
        }
        Assert.NotEqual(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/plans/new", other)).StatusCode);
    }
}
