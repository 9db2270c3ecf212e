using System.Net;
using System.Text.Json;
using static ThiDua.Auth.Tests.SecuredApiFixture;

namespace ThiDua.Auth.Tests;

/// <summary>Per-unit authorisation: officers see and submit for their unit, the district reviewer for the district.</summary>
public class UnitScopeTests(SecuredApiFixture fixture) : IClassFixture<SecuredApiFixture>
{
    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static HashSet<int> UnitIds(JsonElement rows) => rows.EnumerateArray().Select(r => r.GetProperty("unitId").GetInt32()).ToHashSet();

    [Fact]
    public async Task Officer_submits_without_naming_a_unit_and_the_plan_is_filed_under_their_unit()
    {
        using var officer = fixture.As(OfficerA);
        var result = await SubmitAsync(officer, "tri-yen-2024.docx");
        Assert.Equal(fixture.TriYen, result.GetProperty("unitId").GetInt32());
        var plans = await JsonAsync(officer, "/api/plans");
        Assert.Equal([fixture.TriYen], UnitIds(plans.GetProperty("items")));
    }

    [Fact]
    public async Task Officer_of_unit_A_submitting_for_unit_B_is_403()
    {
        using var officer = fixture.As(OfficerA);
        var named = await PostSubmitAsync(officer, "tri-yen-2024-tagged.docx", fixture.TienPhong);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
        Assert.Contains("ngoài phạm vi", await named.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // A plan whose header names another unit (huyện Đắk Hà) is not filed under the officer's unit either.
        var other = await PostSubmitAsync(officer, "dak-ha-2024.docx");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Officer_of_unit_A_reading_unit_B_is_403_and_lists_show_only_unit_A()
    {
        using var officer = fixture.As(OfficerA);
        foreach (var path in new[]
                 {
                     $"/api/plans?unit={fixture.TienPhong}", $"/api/plans/{fixture.TienPhongPlan}", $"/api/plans/{fixture.TienPhongPlan}/file",
                     $"/api/kpis?unit={fixture.TienPhong}", $"/api/kpis/summary?unit={fixture.TienPhong}", $"/api/units/{fixture.TienPhong}",
                 })
            Assert.True((await officer.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, path);

        Assert.DoesNotContain(fixture.TienPhong, UnitIds((await JsonAsync(officer, "/api/plans")).GetProperty("items")));
        Assert.DoesNotContain(fixture.TienPhong, UnitIds((await JsonAsync(officer, "/api/kpis?pageSize=1000")).GetProperty("items")));
        Assert.Equal([fixture.TriYen], (await JsonAsync(officer, "/api/units")).EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToHashSet());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/units/{fixture.TriYen}")).StatusCode);
    }

    [Fact]
    public async Task Officer_B_sees_the_plan_of_unit_B()
    {
        using var officer = fixture.As(OfficerB);
        var plans = await JsonAsync(officer, "/api/plans");
        Assert.Equal([fixture.TienPhong], UnitIds(plans.GetProperty("items")));
        Assert.Equal([fixture.TienPhong], UnitIds((await JsonAsync(officer, "/api/kpis?pageSize=1000")).GetProperty("items")));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/plans/{fixture.TienPhongPlan}")).StatusCode);
    }

    [Fact]
    public async Task District_reviewer_reads_every_unit_of_the_district_and_none_outside_it()
    {
        using var reviewer = fixture.As(Reviewer);
        var units = (await JsonAsync(reviewer, "/api/units")).EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToHashSet();
        Assert.Equal([fixture.TriYen, fixture.TienPhong], units);
        var coverage = await JsonAsync(reviewer, "/api/units/coverage?year=2024");
        Assert.Equal([fixture.TriYen, fixture.TienPhong], UnitIds(coverage));
        var plans = UnitIds((await JsonAsync(reviewer, "/api/plans")).GetProperty("items"));
        Assert.Contains(fixture.TienPhong, plans);
        Assert.DoesNotContain(fixture.DakHa, plans);
        var kpis = UnitIds((await JsonAsync(reviewer, "/api/kpis?pageSize=1000")).GetProperty("items"));
        Assert.Contains(fixture.TienPhong, kpis);
        Assert.DoesNotContain(fixture.DakHa, kpis);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/plans/{fixture.TienPhongPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/plans/{fixture.DakHaPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/units/{fixture.DakHa}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostSubmitAsync(reviewer, "dak-ha-2024.docx", fixture.DakHa)).StatusCode);
    }

    [Fact]
    public async Task Administrator_sees_every_unit()
    {
        using var admin = fixture.As(Admin);
        var units = (await JsonAsync(admin, "/api/units")).EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToHashSet();
        Assert.Superset(new HashSet<int> { fixture.TriYen, fixture.TienPhong, fixture.DakHa }, units);
    }

    [Fact]
    public async Task Me_says_who_is_signed_in_and_for_which_unit()
    {
        using var officer = fixture.As(OfficerA);
        var me = await JsonAsync(officer, "/api/me");
        Assert.Equal(OfficerA, me.GetProperty("upn").GetString());
        Assert.Equal("Cán bộ đơn vị", me.GetProperty("roleLabel").GetString());
        Assert.False(me.GetProperty("localDevelopment").GetBoolean());
        var unit = Assert.Single(me.GetProperty("units").EnumerateArray());
        Assert.Equal(fixture.TriYen, unit.GetProperty("id").GetInt32());
        using var stranger = fixture.As(Stranger);
        var nobody = await JsonAsync(stranger, "/api/me");
        Assert.Equal("Chưa được phân quyền", nobody.GetProperty("roleLabel").GetString());
        Assert.Empty(nobody.GetProperty("units").EnumerateArray());
    }
}
