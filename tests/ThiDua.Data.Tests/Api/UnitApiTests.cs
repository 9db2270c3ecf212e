using System.Net;
using System.Net.Http.Json;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.Problems;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Api;

public sealed class SqliteUnitApiTests : UnitApiTests<SqliteTestDatabase>;

public sealed class PostgresUnitApiTests : UnitApiTests<PostgresTestDatabase>;

/// <summary><c>/api/units</c> through HTTP: CRUD and its problems.</summary>
public abstract class UnitApiTests<TDatabase> : ApiTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly UnitProfile TriYen = new(
        "Ủy ban nhân dân xã Trí Yên", "UBND huyện Yên Dũng", "Trí Yên", "UBND", "xã", "Yên Dũng",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn", ["UBND huyện Yên Dũng", "Đảng ủy, HĐND xã"], "VP-TK");

    [DatabaseFact]
    public async Task A_profile_goes_through_create_read_update_delete()
    {
        var created = await Client.PostAsJsonAsync("/api/units", TriYen, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var unit = await ReadAsync<UnitProfileView>(created);
        Assert.Equal($"/api/units/{unit.Id}", created.Headers.Location?.OriginalString);

        var read = await Client.GetFromJsonAsync<UnitProfileView>($"/api/units/{unit.Id}", Json);
        Assert.Equal(TriYen.Recipients, read!.Recipients);
        Assert.Equal("VP-TK", read.DraftingUnit);
        var updated = await Client.PutAsJsonAsync($"/api/units/{unit.Id}", TriYen with { SignerTitle = "PHÓ CHỦ TỊCH", DraftingUnit = null }, Json);
        var changed = await ReadAsync<UnitProfileView>(updated);
        Assert.Equal(("PHÓ CHỦ TỊCH", (string?)null), (changed.SignerTitle, changed.DraftingUnit));
        Assert.Single((await Client.GetFromJsonAsync<List<UnitProfileView>>("/api/units", Json))!);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/units/{unit.Id}")).StatusCode);
        await AssertProblem(await Client.GetAsync($"/api/units/{unit.Id}"), 404, "NotFound");
        await AssertProblem(await Client.DeleteAsync($"/api/units/{unit.Id}"), 404, "NotFound");
        await AssertProblem(await Client.PutAsJsonAsync($"/api/units/{unit.Id}", TriYen, Json), 404, "NotFound");
    }

    [DatabaseFact]
    public async Task The_drafting_unit_is_read_and_written_as_draftingUnit_and_is_null_when_not_sent()
    {
        var created = await Client.PostAsync("/api/units", new StringContent(
            """{"name": "Ủy ban nhân dân xã Lãng Sơn", "draftingUnit": "Lưu: VT, VP-TK."}""", System.Text.Encoding.UTF8, "application/json"));
        var id = (await ReadAsync<UnitProfileView>(created)).Id;
        var withoutIt = await Client.PostAsync("/api/units", new StringContent(
            """{"name": "Ủy ban nhân dân xã Nham Sơn", "recipients": ["Như trên"]}""", System.Text.Encoding.UTF8, "application/json"));

        var json = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync($"/api/units/{id}")).RootElement;
        Assert.Equal("VP-TK", json.GetProperty("draftingUnit").GetString());
        var other = System.Text.Json.JsonDocument.Parse(await withoutIt.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.GetProperty("draftingUnit").ValueKind);
    }

    [DatabaseFact]
    public async Task Invalid_duplicate_and_protected_profiles_get_problem_details()
    {
        await Client.PostAsJsonAsync("/api/units", TriYen, Json);
        var stored = await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));

        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "UBND XÃ TRÍ YÊN" }, Json), 409, "UnitConflict");
        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "" }, Json), 400, "InvalidUnit");
        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "X", Level = "ấp" }, Json), 400, "InvalidUnit");
        Assert.Contains("soạn thảo", await AssertProblem(
            await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "Y", DraftingUnit = new string('V', 51) }, Json), 400, "InvalidUnit"));
        await AssertProblem(await Client.PostAsync("/api/units", new StringContent("{\"name\": \"Z\", \"draftingUnit\": [1]}", System.Text.Encoding.UTF8, "application/json")), 400, "InvalidJson");
        await AssertProblem(await Client.PostAsync("/api/units", new StringContent("{\"name\": 5}", System.Text.Encoding.UTF8, "application/json")), 400, "InvalidJson");
        await AssertProblem(await Client.PostAsync("/api/units", new StringContent("name=x")), 415, "UnsupportedMediaType");
        await AssertProblem(await Client.DeleteAsync($"/api/units/{stored.UnitId}"), 409, "UnitConflict");
    }
}
