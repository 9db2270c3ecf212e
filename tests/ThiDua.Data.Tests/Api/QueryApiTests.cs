using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.Problems;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Api;

public sealed class SqliteQueryApiTests : QueryApiTests<SqliteTestDatabase>;

public sealed class PostgresQueryApiTests : QueryApiTests<PostgresTestDatabase>;

/// <summary>The query endpoints through HTTP: JSON, CSV and XLSX of the same query, parameters checked, coverage, dashboard.</summary>
public abstract class QueryApiTests<TDatabase> : ApiTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private async Task SubmitAsync()
    {
        await Submissions.SubmitAsync(TriYen());
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT toàn dân", ">=", 97m, "%", "y-te"),
            Kpi("lao-dong.viec-lam-moi", "Tạo việc làm mới", "=", 25m, "lao động", "xa-hoi")));
        await Submissions.SubmitAsync(Json(Commune("Lãng Sơn", 2025), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 98m, "%", "y-te")));
    }

    [DatabaseFact]
    public async Task Kpis_are_listed_with_filters_and_paging()
    {
        await SubmitAsync();

        var page = await Client.GetFromJsonAsync<Page<KpiRow>>("/api/kpis?year=2024&sector=y-te&pageSize=2", Json);
        var code = await Client.GetFromJsonAsync<Page<KpiRow>>("/api/kpis?code=y-te.bao-phu-bhyt", Json);

        Assert.Equal(2, page!.Items.Count);
        Assert.True(page.Total >= 2);
        Assert.All(page.Items, k => Assert.Equal(("y-te", 2024), (k.Sector, k.Year)));
        Assert.Equal(3, code!.Total);
        var unit = code.Items.First(k => k.UnitName.EndsWith("Nham Sơn", StringComparison.Ordinal)).UnitId;
        var byUnit = await Client.GetFromJsonAsync<Page<KpiRow>>($"/api/kpis?unit={unit}", Json);
        Assert.Equal(2, byUnit!.Total);
    }

    [DatabaseFact]
    public async Task The_same_query_exports_as_csv_and_xlsx()
    {
        await SubmitAsync();
        var json = await Client.GetFromJsonAsync<Page<KpiRow>>("/api/kpis?year=2024&pageSize=1000", Json);

        var csv = await Client.GetAsync("/api/kpis?year=2024&format=csv");
        var xlsx = await Client.GetAsync("/api/kpis?year=2024&format=xlsx");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("chi-tieu.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes);
        var labels = new List<string>();
        while (reader.Read()) labels.Add(reader.GetString("Chỉ tiêu"));
        Assert.Equal(json!.Items.Select(k => k.Label), labels);

        var vietnamese = await Client.GetAsync("/api/kpis?year=2024&format=csv-vn");
        Assert.Equal("chi-tieu-excel-tieng-viet.csv", vietnamese.Content.Headers.ContentDisposition?.FileNameStar ?? vietnamese.Content.Headers.ContentDisposition?.FileName);
        var vietnameseText = System.Text.Encoding.UTF8.GetString(await vietnamese.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF" + string.Join(';', ExportTables.Kpis([]).Headers.Take(3)), vietnameseText);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(json.Total + 1, rows);
    }

    [DatabaseFact]
    public async Task Summary_plans_and_coverage_answer_in_json_and_as_files()
    {
        await SubmitAsync();

        var summary = await Client.GetFromJsonAsync<List<IndicatorSummary>>("/api/kpis/summary?year=2024", Json);
        var bhyt = summary!.Single(s => s.Code == "y-te.bao-phu-bhyt");
        Assert.Equal(2, bhyt.UnitsReporting);
        var coverage = await Client.GetFromJsonAsync<List<CoverageRow>>("/api/units/coverage?year=2024", Json);
        Assert.Equal(3, coverage!.Count);
        Assert.Equal(2, coverage.Count(c => c.Submitted));
        Assert.Contains(coverage, c => !c.Submitted && c.UnitName.EndsWith("Lãng Sơn", StringComparison.Ordinal));

        foreach (var url in new[] { "/api/kpis/summary?format=xlsx", "/api/plans?format=xlsx", "/api/units/coverage?year=2024&format=xlsx", "/api/units?format=csv" })
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).StatusCode);
        var catalogue = await Client.GetFromJsonAsync<List<ThiDua.Service.Features.Kpis.KpiEndpoints.CatalogueEntry>>("/api/kpis/catalogue", Json);
        Assert.Contains(catalogue!, c => c.Code == "y-te.bao-phu-bhyt");
    }

    [DatabaseFact]
    public async Task Bad_parameters_and_missing_resources_get_vietnamese_problem_details()
    {
        // Binding failures (a value of the wrong type, a required one missing) and validation failures (out of range,
        // not an allowed value) both name the parameter in Vietnamese.
        Assert.Contains("Tham số year phải là số nguyên (đã nhận “abc”)", await AssertProblem(await Client.GetAsync("/api/kpis?year=abc"), 400, "InvalidParameter"));
        Assert.Contains("Tham số year phải là năm từ 1945 đến 2100", await AssertProblem(await Client.GetAsync("/api/kpis?year=1800"), 400, "InvalidParameter"));
        Assert.Contains("pageSize", await AssertProblem(await Client.GetAsync("/api/kpis?pageSize=0"), 400, "InvalidParameter"));
        Assert.Contains("csv-vn", await AssertProblem(await Client.GetAsync("/api/kpis?format=pdf"), 400, "InvalidParameter"));
        Assert.Contains("true hoặc false", await AssertProblem(await Client.GetAsync("/api/kpis/summary?includeSuperseded=maybe"), 400, "InvalidParameter"));
        Assert.Contains("Thiếu tham số year", await AssertProblem(await Client.GetAsync("/api/units/coverage"), 400, "InvalidParameter"));
        await AssertProblem(await Client.GetAsync("/api/plans/12345"), 404, "NotFound");
        await AssertProblem(await Client.GetAsync("/api/plans/12345/file"), 404, "NotFound");
        Assert.Contains("Tham số unit", await AssertProblem(await Client.GetAsync("/api/plans?unit=-1"), 400, "InvalidParameter"));
        Assert.Contains("Tham số version", await AssertProblem(await Client.GetAsync("/api/plans/12345?version=0"), 400, "InvalidParameter"));
        var both = await AssertProblem(await Client.GetAsync("/api/kpis?year=1800&page=0"), 400, "InvalidParameter");
        Assert.Contains("year", both);
        Assert.Contains("page", both);
    }

    [DatabaseFact]
    public async Task Dashboard_is_served_at_its_address()
    {
        var response = await Client.GetAsync("/dashboard?year=2024");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard.html?year=2024", response.Headers.Location?.OriginalString);
    }
}
