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
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn", ["UBND huyện Yên Dũng", "Lưu: VT, VP-TK"]);

    [DatabaseFact]
    public async Task A_profile_goes_through_create_read_update_delete()
    {
        var created = await Client.PostAsJsonAsync("/api/units", TriYen, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var unit = await ReadAsync<UnitProfileView>(created);
        Assert.Equal($"/api/units/{unit.Id}", created.Headers.Location?.OriginalString);

        var read = await Client.GetFromJsonAsync<UnitProfileView>($"/api/units/{unit.Id}", Json);
        Assert.Equal(TriYen.Recipients, read!.Recipients);
        var updated = await Client.PutAsJsonAsync($"/api/units/{unit.Id}", TriYen with { SignerTitle = "PHÓ CHỦ TỊCH" }, Json);
        Assert.Equal("PHÓ CHỦ TỊCH", (await ReadAsync<UnitProfileView>(updated)).SignerTitle);
        Assert.Single((await Client.GetFromJsonAsync<List<UnitProfileView>>("/api/units", Json))!);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/units/{unit.Id}")).StatusCode);
        await AssertProblem(await Client.GetAsync($"/api/units/{unit.Id}"), 404, "NotFound");
        await AssertProblem(await Client.DeleteAsync($"/api/units/{unit.Id}"), 404, "NotFound");
        await AssertProblem(await Client.PutAsJsonAsync($"/api/units/{unit.Id}", TriYen, Json), 404, "NotFound");
    }

    [DatabaseFact]
    public async Task Invalid_duplicate_and_protected_profiles_get_problem_details()
    {
        await Client.PostAsJsonAsync("/api/units", TriYen, Json);
        var stored = await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));

        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "UBND XÃ TRÍ YÊN" }, Json), 409, "UnitConflict");
        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "" }, Json), 400, "InvalidUnit");
        await AssertProblem(await Client.PostAsJsonAsync("/api/units", TriYen with { Name = "X", Level = "ấp" }, Json), 400, "InvalidUnit");
        await AssertProblem(await Client.PostAsync("/api/units", new StringContent("{\"name\": 5}", System.Text.Encoding.UTF8, "application/json")), 400, "InvalidJson");
        await AssertProblem(await Client.PostAsync("/api/units", new StringContent("name=x")), 415, "UnsupportedMediaType");
        await AssertProblem(await Client.DeleteAsync($"/api/units/{stored.UnitId}"), 409, "UnitConflict");
    }
}
