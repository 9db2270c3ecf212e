using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Data.Queries;
using ThiDua.Data.Submissions;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using ThiDua.Rules;
using static ThiDua.Data.Tests.Infrastructure.Problems;

namespace ThiDua.Data.Tests.Api;

public sealed class SqliteSubmissionApiTests : SubmissionApiTests<SqliteTestDatabase>;

public sealed class PostgresSubmissionApiTests : SubmissionApiTests<PostgresTestDatabase>;

/// <summary>
/// <c>POST /api/plans/submit</c> through HTTP with the real engine: every corpus plan, re-submission, revisions,
/// 50 concurrent uploads of one file, and the problems of bad input.
/// </summary>
public abstract class SubmissionApiTests<TDatabase> : ApiTests<TDatabase> where TDatabase : TestDatabase, new()
{
    /// <summary>The five units of the corpus, as a district officer would enter them.</summary>
    private static readonly UnitProfile[] CorpusUnits =
    [
        new("Ủy ban nhân dân xã Tiên Động", Level: "xã"),
        new("Ủy ban nhân dân xã Trí Yên", "UBND huyện Yên Dũng", "Trí Yên", "UBND", "xã", "Yên Dũng"),
        new("Ủy ban nhân dân xã Hải Anh", "UBND huyện Hải Hậu", "Hải Anh", "UBND", "xã", "Hải Hậu"),
        new("Ủy ban nhân dân huyện Đắk Hà", Level: "huyện", District: "Đắk Hà"),
        new("Ủy ban nhân dân xã Dương Quang", Level: "xã"),
    ];

    private async Task<Dictionary<string, UnitProfileView>> CreateCorpusUnitsAsync()
    {
        var units = new Dictionary<string, UnitProfileView>();
        foreach (var profile in CorpusUnits)
        {
            var response = await Client.PostAsJsonAsync("/api/units", profile, Json);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var unit = await ReadAsync<UnitProfileView>(response);
            units[UnitKey.Of(unit.Name)] = unit;
        }
        return units;
    }

    /// <summary>The unit the sender picks for a plan whose header names none (Hải Anh's plan has no header at all).</summary>
    private static int? ChosenUnit(string file, IReadOnlyDictionary<string, UnitProfileView> units) =>
        file.StartsWith("hai-anh", StringComparison.Ordinal) ? units[UnitKey.Of("UBND xã Hải Anh")].Id : null;

    [DatabaseFact]
    public async Task Every_corpus_plan_is_stored_resubmitting_changes_nothing_and_the_three_tri_yen_files_are_three_versions()
    {
        var units = await CreateCorpusUnitsAsync();
        var first = new Dictionary<string, SubmissionResult>();
        foreach (var path in Corpus.Plans)
        {
            var response = await SubmitFileAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path), ChosenUnit(Path.GetFileName(path), units));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{Path.GetFileName(path)}: {await response.Content.ReadAsStringAsync()}");
            first[Path.GetFileName(path)] = await ReadAsync<SubmissionResult>(response);
        }

        Assert.Equal(units.Count, first.Values.Select(r => r.UnitId).Distinct().Count());
        Assert.All(first.Values, r => Assert.Contains(r.UnitId, units.Values.Select(u => u.Id)));
        var triYen = first.Where(f => f.Key.StartsWith("tri-yen", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Assert.Single(triYen.Select(r => r.PlanId).Distinct());
        Assert.Equal([1, 2, 3], triYen.Select(r => r.Version).Order());
        Assert.Equal([SubmissionOutcome.Stored, SubmissionOutcome.Superseded, SubmissionOutcome.Superseded], triYen.OrderBy(r => r.Version).Select(r => r.Outcome));

        foreach (var path in Corpus.Plans)
        {
            var again = await SubmitFileAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path), ChosenUnit(Path.GetFileName(path), units));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var result = await ReadAsync<SubmissionResult>(again);
            Assert.Equal(SubmissionOutcome.Unchanged, result.Outcome);
            Assert.Equal(first[Path.GetFileName(path)].VersionId, result.VersionId);
        }

        var plans = await Client.GetFromJsonAsync<Page<PlanRow>>("/api/plans?pageSize=100", Json);
        Assert.Equal(first.Values.Select(r => r.PlanId).Distinct().Count(), plans!.Total);
        var triYenPlan = plans.Items.Single(p => p.Id == triYen[0].PlanId);
        Assert.Equal((3, 3), (triYenPlan.Versions, triYenPlan.CurrentVersion));
    }

    [DatabaseFact]
    public async Task A_submitted_docx_stores_what_the_extract_endpoint_reads_and_keeps_the_file()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("tri-yen-2024.docx"));
        using var extractForm = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "tri-yen-2024.docx" } };
        var extract = await ReadAsync<ExtractReport>(await Client.PostAsync("/api/plans/extract", extractForm));

        var stored = await ReadAsync<SubmissionResult>(await SubmitFileAsync(bytes, "tri-yen-2024.docx"));

        Assert.Equal(extract.Kpis.Count, stored.KpiCount);
        var detail = await Client.GetFromJsonAsync<PlanDetail>($"/api/plans/{stored.PlanId}", Json);
        Assert.Equal(extract.Kpis.Select(k => (k.Code, k.Label, k.Value, k.Unit, k.Source.Sentence)),
            detail!.Kpis.Select(k => (k.Code, k.Label, k.Value, k.Unit, k.Source.Sentence)));
        Assert.Equal(extract.Plan.Subject, detail.Versions.Single().Subject);
        var file = await Client.GetAsync($"/api/plans/{stored.PlanId}/file");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
    }

    [DatabaseFact]
    public async Task Fifty_concurrent_uploads_of_one_plan_store_it_once_and_every_caller_gets_the_stored_version()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("tri-yen-2024-compliant.docx"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => SubmitFileAsync(bytes, "tri-yen-2024-compliant.docx")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var results = await Task.WhenAll(responses.Select(ReadAsync<SubmissionResult>));
        Assert.Single(results.Select(r => r.VersionId).Distinct());
        var plans = await Client.GetFromJsonAsync<Page<PlanRow>>("/api/plans", Json);
        Assert.Equal((1, 1), (plans!.Total, plans.Items.Single().Versions));
    }

    [DatabaseFact]
    public async Task A_corrected_extraction_sent_as_json_becomes_a_new_version()
    {
        var (plan, kpis) = TaggedExtraction.Read(SamplePlans.TaggedFile);
        var body = new { file = SamplePlans.TaggedFile, plan, kpis };
        var corrected = new { file = SamplePlans.TaggedFile, plan, kpis = kpis.Select((k, i) => i == 0 ? k with { Value = 99m } : k).ToList() };

        var first = await Client.PostAsJsonAsync("/api/plans/submit", body, Json);
        var again = await Client.PostAsJsonAsync("/api/plans/submit", body, Json);
        var revised = await Client.PostAsJsonAsync("/api/plans/submit", corrected, Json);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, again.StatusCode, revised.StatusCode));
        var result = await ReadAsync<SubmissionResult>(revised);
        Assert.Equal((SubmissionOutcome.Superseded, 2, 1), (result.Outcome, result.Version, result.SupersededVersion));
        Assert.Equal(first.Headers.Location, revised.Headers.Location);
        var old = await Client.GetFromJsonAsync<PlanDetail>($"/api/plans/{result.PlanId}?version=1", Json);
        Assert.Equal(kpis[0].Value, old!.Kpis[0].Value);
        Assert.Equal(404, (int)(await Client.GetAsync($"/api/plans/{result.PlanId}/file")).StatusCode);
    }

    [DatabaseFact]
    public async Task Bad_submissions_get_vietnamese_problem_details()
    {
        var (plan, kpis) = TaggedExtraction.Read(SamplePlans.TaggedFile);

        await AssertProblem(await Client.PostAsync("/api/plans/submit", new StringContent("xin chào")), 415, "UnsupportedMediaType");
        await AssertProblem(await Client.PostAsync("/api/plans/submit",
            new StringContent("{\"plan\": [", System.Text.Encoding.UTF8, "application/json")), 400, "InvalidJson");
        await AssertProblem(await Client.PostAsJsonAsync("/api/plans/submit", new { kpis }, Json), 400, "InvalidJson");
        await AssertProblem(await Client.PostAsJsonAsync("/api/plans/submit", new { plan, kpis, docx = "không phải base64" }, Json), 400, "InvalidJson");
        var noIssuer = await AssertProblem(await Client.PostAsJsonAsync("/api/plans/submit", new { plan = plan with { Issuer = "" }, kpis }, Json),
            422, "SubmissionRejected");
        Assert.Contains("unitId", noIssuer);
        await AssertProblem(await Client.PostAsJsonAsync("/api/plans/submit", new { plan, kpis = new[] { kpis[0] with { Comparator = "~" } } }, Json),
            422, "SubmissionRejected");
        await AssertProblem(await SubmitFileAsync("không phải .docx"u8.ToArray(), "x.docx"), 415, "NotDocx");
        await AssertProblem(await SubmitFileAsync(await File.ReadAllBytesAsync(Corpus.File("tri-yen-2024.docx")), "x.docx", unitId: 777), 422, "SubmissionRejected");
        var badUnit = new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.docx" }, { new StringContent("abc"), "unitId" } };
        await AssertProblem(await Client.PostAsync("/api/plans/submit", badUnit), 400, "InvalidParameter");

        var plans = await Client.GetFromJsonAsync<Page<PlanRow>>("/api/plans", Json);
        Assert.Equal(0, plans!.Total);
    }

    [DatabaseFact]
    public async Task A_batch_answers_each_file_in_the_order_sent_as_a_single_submission_would_and_stores_the_rest_together()
    {
        var triYen = await File.ReadAllBytesAsync(Corpus.File("tri-yen-2024.docx"));
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(triYen), "file", "tri-yen-2024.docx" },
            { new ByteArrayContent("không phải .docx"u8.ToArray()), "file", "ghi-chu.docx" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Corpus.File("tri-yen-2024-tagged.docx"))), "file", "tri-yen-2024-tagged.docx" },
            { new ByteArrayContent(triYen), "file", "ban-sao.docx" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Corpus.File("hai-anh-2023.docx"))), "file", "hai-anh-2023.docx" },
        };

        var response = await Client.PostAsync("/api/plans/submit/batch", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["tri-yen-2024.docx", "ghi-chu.docx", "tri-yen-2024-tagged.docx", "ban-sao.docx", "hai-anh-2023.docx"],
            items.Select(i => i.GetProperty("file").GetString()));
        Assert.Equal([201, 415, 201, 200, 422], items.Select(i => i.GetProperty("status").GetInt32()));
        Assert.Equal(["stored", null, "superseded", "unchanged", null],
            items.Select(i => i.GetProperty("result") is { ValueKind: JsonValueKind.Object } r ? r.GetProperty("outcome").GetString() : null));
        Assert.Equal(items[0].GetProperty("result").GetProperty("versionId").GetInt32(), items[3].GetProperty("result").GetProperty("versionId").GetInt32());
        Assert.Equal(2, items[2].GetProperty("result").GetProperty("version").GetInt32());
        var notDocx = items[1].GetProperty("problem");
        Assert.Equal(("NotDocx", 415), (notDocx.GetProperty("error").GetString(), notDocx.GetProperty("status").GetInt32()));
        Assert.Contains("unitId", items[4].GetProperty("problem").GetProperty("detail").GetString());
        Assert.Equal("SubmissionRejected", items[4].GetProperty("problem").GetProperty("error").GetString());
        var plans = await Client.GetFromJsonAsync<Page<PlanRow>>("/api/plans", Json);
        Assert.Equal((1, 2), (plans!.Total, plans.Items.Single().Versions));
    }

    [DatabaseFact]
    public async Task A_batch_without_files_or_not_a_form_is_refused_whole()
    {
        await AssertProblem(await Client.PostAsync("/api/plans/submit/batch", new MultipartFormDataContent { { new StringContent("3"), "unitId" } }),
            400, "InvalidParameter");
        await AssertProblem(await Client.PostAsync("/api/plans/submit/batch", new StringContent("xin chào")), 415, "UnsupportedMediaType");
    }
}
