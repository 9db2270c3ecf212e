using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThiDua.Data.Profiles;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.Problems;

namespace ThiDua.Data.Tests.Api;

public sealed class SqliteRuleProfileApiTests : RuleProfileApiTests<SqliteTestDatabase>;

public sealed class PostgresRuleProfileApiTests : RuleProfileApiTests<PostgresTestDatabase>;

/// <summary><c>/api/rule-profiles</c> through HTTP: stored per province, district and unit, applied to a unit's checks in that order.</summary>
public abstract class RuleProfileApiTests<TDatabase> : ApiTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private const string Province = """
        { "schemaVersion": 1, "name": "tinh-bac-giang", "title": "Hướng dẫn của tỉnh Bắc Giang",
          "appliesTo": { "province": "Bắc Giang" }, "sizes": { "bodyText": { "min": 14, "max": 14 } } }
        """;

    private const string District = """
        { "schemaVersion": 1, "name": "huyen-yen-dung", "title": "Quy định của huyện Yên Dũng",
          "appliesTo": { "district": "Yên Dũng", "province": "Bắc Giang" }, "rules": { "TEXT-SPELL": { "severity": "info" } } }
        """;

    private const string Unit = """
        { "schemaVersion": 1, "name": "xa-tri-yen", "title": "Quy định của xã Trí Yên",
          "appliesTo": { "unit": "UBND xã Trí Yên" }, "values": { "draftingUnits": ["VP", "VP-TK"] } }
        """;

    private Task<HttpResponseMessage> PutAsync(string name, string document) =>
        Client.PutAsync($"/api/rule-profiles/{name}", new StringContent(document, Encoding.UTF8, "application/json"));

    private async Task<int> TriYenAsync()
    {
        var created = await Client.PostAsJsonAsync("/api/units", new UnitProfile("Ủy ban nhân dân xã Trí Yên", District: "Yên Dũng", Province: "Bắc Giang"), Json);
        return (await ReadAsync<UnitProfileView>(created)).Id;
    }

    [DatabaseFact]
    public async Task A_units_checks_apply_its_province_then_district_then_own_profile()
    {
        var unit = await TriYenAsync();
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("tinh-bac-giang", Province)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("huyen-yen-dung", District)).StatusCode);
        var stored = await PutAsync("xa-tri-yen", Unit);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal(unit, (await ReadAsync<StoredProfileView>(stored)).UnitId);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("xa-tri-yen", Unit)).StatusCode);

        var applicable = JsonDocument.Parse(await Client.GetStringAsync($"/api/rule-profiles/applicable?unitId={unit}")).RootElement;
        Assert.Equal(["Hướng dẫn của tỉnh Bắc Giang", "Quy định của huyện Yên Dũng", "Quy định của xã Trí Yên"],
            applicable.GetProperty("profile").GetProperty("chain").EnumerateArray().Select(t => t.GetString()));
        var rules = applicable.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("Hướng dẫn của tỉnh Bắc Giang", rules["BODY-FONT"].GetProperty("expectationFrom").GetString());
        Assert.Equal("info", rules["TEXT-SPELL"].GetProperty("severity").GetString());
        Assert.Equal("Quy định của xã Trí Yên", rules["RCP-ITEMS"].GetProperty("expectationFrom").GetString());

        var chain = JsonDocument.Parse(await Client.GetStringAsync("/api/rule-profiles/xa-tri-yen/chain")).RootElement;
        Assert.Equal(["tinh-bac-giang", "huyen-yen-dung", "xa-tri-yen"], chain.EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"))), "file", "tri-yen-2024.docx" },
            { new StringContent(unit.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unitId" },
        };
        var report = JsonDocument.Parse(await (await Client.PostAsync("/api/plans/check", form)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("xa-tri-yen", report.GetProperty("profile").GetProperty("name").GetString());
        Assert.All(report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "TEXT-SPELL"),
            f => Assert.Equal("info", f.GetProperty("severity").GetString()));
    }

    [DatabaseFact]
    public async Task A_profile_widening_the_decree_is_refused_with_every_problem_in_vietnamese()
    {
        var response = await PutAsync("rong", """
            { "schemaVersion": 1, "name": "rong", "title": "Rộng", "sizes": { "bodyText": { "min": 12, "max": 15 } },
              "rules": { "HDR-MOTTO": { "enabled": false } } }
            """);
        var detail = await AssertProblem(response, 400, "InvalidRuleProfile");
        Assert.Contains("không được tắt", detail);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")
            .EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("rộng hơn Nghị định 30/2020/NĐ-CP cho phép (13–14 pt)", StringComparison.Ordinal));
        await AssertProblem(await PutAsync("khac-ten", Province), 400, "InvalidRuleProfile");
        await AssertProblem(await PutAsync("tinh-mau", Province.Replace("tinh-bac-giang", "tinh-mau")), 409, "RuleProfileConflict");
    }

    [DatabaseFact]
    public async Task One_place_has_one_profile_and_a_unit_profile_needs_its_unit()
    {
        await PutAsync("tinh-bac-giang", Province);
        await AssertProblem(await PutAsync("tinh-bac-giang-2", Province.Replace("\"tinh-bac-giang\"", "\"tinh-bac-giang-2\"")), 409, "RuleProfileConflict");
        Assert.Contains("Chưa có đơn vị", await AssertProblem(await PutAsync("xa-tri-yen", Unit), 422, "RuleProfileNotApplicable"));
    }

    [DatabaseFact]
    public async Task Profiles_are_listed_read_and_deleted_and_samples_are_read_by_name()
    {
        await PutAsync("tinh-bac-giang", Province);
        var list = await Client.GetFromJsonAsync<List<StoredProfileView>>("/api/rule-profiles", Json);
        Assert.Equal(("tinh-bac-giang", "province", "Bắc Giang"), (list![0].Name, list[0].Scope, list[0].Province));
        var read = JsonDocument.Parse(await Client.GetStringAsync("/api/rule-profiles/tinh-bac-giang")).RootElement;
        Assert.Equal(14, read.GetProperty("sizes").GetProperty("bodyText").GetProperty("min").GetDouble());
        var sample = JsonDocument.Parse(await Client.GetStringAsync("/api/rule-profiles/tinh-mau")).RootElement;
        Assert.Equal(1.2, sample.GetProperty("body").GetProperty("lineSpacing").GetProperty("multiple").GetProperty("max").GetDouble());
        Assert.Equal(2, JsonDocument.Parse(await Client.GetStringAsync("/api/rule-profiles/samples")).RootElement.GetArrayLength());
        Assert.Contains("2020-12", await Client.GetStringAsync("/api/rule-profiles/schema"));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/rule-profiles/tinh-bac-giang")).StatusCode);
        await AssertProblem(await Client.GetAsync("/api/rule-profiles/tinh-bac-giang"), 404, "RuleProfileNotFound");
        await AssertProblem(await Client.GetAsync("/api/rule-profiles/applicable?profile=khong-co"), 404, "RuleProfileNotFound");
    }

    [DatabaseFact]
    public async Task A_check_names_a_sample_profile_and_an_unknown_one_is_a_404()
    {
        MultipartFormDataContent Form(string profile) => new()
        {
            { new ByteArrayContent(File.ReadAllBytes(Corpus.File("tri-yen-2024-compliant.docx"))), "file", "tri-yen-2024-compliant.docx" },
            { new StringContent(profile), "profile" },
        };
        var report = JsonDocument.Parse(await (await Client.PostAsync("/api/plans/check", Form("tinh-mau"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Hướng dẫn thể thức văn bản của tỉnh (mẫu)", report.GetProperty("profile").GetProperty("title").GetString());
        await AssertProblem(await Client.PostAsync("/api/plans/check", Form("khong-co")), 404, "RuleProfileNotFound");
    }
}
