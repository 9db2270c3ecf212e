using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Tests.Api;

/// <summary>The three plan endpoints on the real corpus plans, through HTTP, as the pane calls them.</summary>
public class PlanEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Corpus.File("expected.json"))).RootElement;

    private async Task<JsonElement> PostJsonAsync(string endpoint, string corpusFile)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync($"/api/plans/{endpoint}", Upload.Form(File.ReadAllBytes(Corpus.File(corpusFile)), corpusFile));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public async Task Check_reports_every_must_rule_of_expected_json_with_camel_case_enums(string file)
    {
        var report = await PostJsonAsync("check", file);
        Assert.Equal(file, report.GetProperty("file").GetString());
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        foreach (var finding in findings)
        {
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.Contains(finding.GetProperty("part").GetString(), new[] { "document", "header", "body", "closing" });
            foreach (var key in new[] { "rule", "paragraph", "text", "message", "expected", "observed", "fix" })
                Assert.True(finding.TryGetProperty(key, out _), key);
        }
        var rules = findings.Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        foreach (var must in Expected.GetProperty(file).GetProperty("must").EnumerateArray())
            Assert.Contains(must.GetProperty("rule").GetString(), rules);
    }

    [Theory]
    [InlineData("tri-yen-2024-compliant.docx")]
    [InlineData("tri-yen-2024-tagged.docx")]
    public async Task Compliant_plans_have_no_errors_or_warnings(string file)
    {
        var report = await PostJsonAsync("check", file);
        Assert.Equal(0, report.GetProperty("errors").GetInt32());
        Assert.Equal(0, report.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Extract_gives_the_plan_and_every_expected_measurable_target()
    {
        var report = await PostJsonAsync("extract", "tri-yen-2024.docx");
        Assert.Contains("TRÍ YÊN", report.GetProperty("plan").GetProperty("issuer").GetString());
        var kpis = report.GetProperty("kpis").EnumerateArray().ToList();
        foreach (var key in new[] { "code", "label", "sector", "comparator", "value", "unit", "qualitative", "source" })
            Assert.True(kpis[0].TryGetProperty(key, out _), key);
        var found = kpis.Where(k => !k.GetProperty("qualitative").GetBoolean())
            .Select(k => (k.GetProperty("value").GetDecimal(), k.GetProperty("unit").GetString(), k.GetProperty("comparator").GetString())).ToList();
        foreach (var target in Expected.GetProperty("tri-yen-2024.docx").GetProperty("kpis").EnumerateArray().Where(k => k.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number))
            Assert.Contains((target.GetProperty("value").GetDecimal(), target.GetProperty("unit").GetString(), target.GetProperty("comparator").GetString()), found);
    }

    [Fact]
    public async Task Fix_returns_a_docx_named_after_the_upload_that_checks_without_new_rules()
    {
        const string name = "kế-hoạch trí yên.docx";
        var original = File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"));
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/plans/fix", Upload.Form(original, name));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kế-hoạch trí yên-da-sua.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var fixedPlan = await response.Content.ReadAsByteArrayAsync();
        PackageGuard.Validate(fixedPlan);

        var before = await CheckRulesAsync(client, original);
        var after = await CheckRulesAsync(client, fixedPlan);
        Assert.Subset(before.ToHashSet(), after.ToHashSet());
        Assert.True(after.Count < before.Count, $"{after.Count} findings after fixing, {before.Count} before");
    }

    [Fact]
    public async Task Fix_with_a_rule_list_fixes_those_rules_and_leaves_the_others()
    {
        var original = File.ReadAllBytes(Corpus.File("hai-anh-2023.docx"));
        using var client = factory.CreateClient();
        var fixable = await FixableRulesAsync(client, original);
        Assert.True(fixable.Count >= 2, "the plan needs two fixable rules: " + string.Join(", ", fixable));
        var chosen = fixable[0];

        var response = await client.PostAsync("/api/plans/fix", Upload.Form(original, fields: ("rules", $" {chosen.ToLowerInvariant()} , ")));
        Assert.Equal(200, (int)response.StatusCode);
        var stillFixable = await FixableRulesAsync(client, await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(chosen, stillFixable);
        Assert.NotEmpty(stillFixable.Intersect(fixable.Skip(1)));
    }

    private static async Task<List<string>> CheckRulesAsync(HttpClient client, byte[] docx)
    {
        var report = await (await client.PostAsync("/api/plans/check", Upload.Form(docx))).Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();
    }

    private static async Task<List<string>> FixableRulesAsync(HttpClient client, byte[] docx)
    {
        var report = await (await client.PostAsync("/api/plans/check", Upload.Form(docx))).Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("fix").ValueKind == JsonValueKind.Object)
            .Select(f => f.GetProperty("rule").GetString()!).Distinct().ToList();
    }
}
