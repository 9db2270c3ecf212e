using ThiDua.Data.Queries;
using ThiDua.Data.Submissions;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Queries;

public sealed class SqliteQueryTests : QueryTests<SqliteTestDatabase>;

public sealed class PostgresQueryTests : QueryTests<PostgresTestDatabase>;

/// <summary>Queries over stored plans: KPI lists with filters and paging, per-indicator summaries, plans, coverage.</summary>
public abstract class QueryTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly (string Commune, decimal Bhyt, decimal Jobs, decimal Income, decimal Budget)[] Communes =
    [
        ("Nham Sơn", 95.5m, 40m, 55_000_000m, 8_000m),
        ("Lãng Sơn", 97m, 25m, 62_000_000m, 9_500.5m),
        ("Tư Mại", 99.6m, 60m, 58_000_000m, 12_000m),
    ];

    private async Task<List<SubmissionResult>> SubmitCommunesAsync()
    {
        var results = new List<SubmissionResult>();
        foreach (var c in Communes)
        {
            results.Add(await Submissions.SubmitAsync(Json(Commune(c.Commune),
                Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT toàn dân", ">=", c.Bhyt, "%", "y-te"),
                Kpi("lao-dong.viec-lam-moi", "Tạo việc làm mới", "=", c.Jobs, "lao động", "xa-hoi"),
                Kpi("kinh-te.thu-nhap-binh-quan", "Thu nhập bình quân đầu người", ">=", c.Income, "đồng"),
                Kpi("ngan-sach.tong-thu", "Tổng thu ngân sách", "=", c.Budget, "triệu đồng"),
                Qualitative("an-ninh.trat-tu-an-toan-xa-hoi", "An ninh trật tự được giữ vững"))));
        }
        return results;
    }

    [DatabaseFact]
    public async Task Kpis_are_filtered_by_year_unit_code_and_sector_and_paged()
    {
        var results = await SubmitCommunesAsync();
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn", 2025), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 98m, "%", "y-te")));
        await using var db = Context();
        var kpis = new KpiQueries(db);

        var all2024 = await kpis.ListAsync(new KpiFilter(Year: 2024), new PageRequest(1, 100));
        Assert.Equal(Communes.Length * 5, all2024.Total);
        Assert.All(all2024.Items, k => Assert.Equal(2024, k.Year));

        var unit = await kpis.ListAsync(new KpiFilter(UnitId: results[1].UnitId), new PageRequest());
        Assert.Equal(5, unit.Total);
        Assert.All(unit.Items, k => Assert.Equal("Ủy ban nhân dân xã Lãng Sơn", k.UnitName));

        var bhyt = await kpis.AllAsync(new KpiFilter(Code: "y-te.bao-phu-bhyt"));
        Assert.Equal(Communes.Length + 1, bhyt.Count);

        var health2024 = await kpis.AllAsync(new KpiFilter(Year: 2024, Sector: "y-te"));
        Assert.Equal(Communes.Select(c => c.Bhyt).Order(), health2024.Select(k => k.Value!.Value).Order());

        var page1 = await kpis.ListAsync(new KpiFilter(Year: 2024), new PageRequest(1, 4));
        var page4 = await kpis.ListAsync(new KpiFilter(Year: 2024), new PageRequest(4, 4));
        Assert.Equal(4, page1.Items.Count);
        Assert.Equal(Communes.Length * 5 - 12, page4.Items.Count);
        Assert.Empty(page1.Items.Select(k => k.Id).Intersect(page4.Items.Select(k => k.Id)));
    }

    [DatabaseFact]
    public async Task Superseded_versions_are_left_out_unless_asked_for()
    {
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%", "y-te")));
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 96m, "%", "y-te")));
        await using var db = Context();

        var current = await new KpiQueries(db).AllAsync(new KpiFilter());
        var every = await new KpiQueries(db).AllAsync(new KpiFilter(IncludeSuperseded: true));

        Assert.Equal(96m, Assert.Single(current).Value);
        Assert.Equal([95m, 96m], every.Select(k => k.Value!.Value).Order());
        Assert.Single(every, k => !k.Current);
    }

    [DatabaseFact]
    public async Task Summary_gives_spread_per_indicator_and_a_sum_only_where_adding_is_meaningful()
    {
        await SubmitCommunesAsync();
        await using var db = Context();

        var summary = await new KpiSummaries(db).SummarizeAsync(new KpiFilter(Year: 2024));

        var bhyt = summary.Single(s => s.Code == "y-te.bao-phu-bhyt");
        Assert.Equal(Communes.Length, bhyt.UnitsReporting);
        Assert.Equal(Communes.Min(c => c.Bhyt), bhyt.Min);
        Assert.Equal(Communes.Max(c => c.Bhyt), bhyt.Max);
        Assert.Equal(Communes.Select(c => c.Bhyt).Order().ElementAt(1), bhyt.Median);
        Assert.False(bhyt.Summable);
        Assert.Null(bhyt.Sum);

        var jobs = summary.Single(s => s.Code == "lao-dong.viec-lam-moi");
        Assert.True(jobs.Summable);
        Assert.Equal(Communes.Sum(c => c.Jobs), jobs.Sum);

        var income = summary.Single(s => s.Code == "kinh-te.thu-nhap-binh-quan");
        Assert.Equal("đồng", income.Unit);
        Assert.Null(income.Sum);

        var budget = summary.Single(s => s.Code == "ngan-sach.tong-thu");
        Assert.Equal("đồng", budget.Unit);
        Assert.Equal(Communes.Sum(c => c.Budget) * 1_000_000m, budget.Sum);

        var order = summary.Single(s => s.Code == "an-ninh.trat-tu-an-toan-xa-hoi");
        Assert.Equal(Communes.Length, order.UnitsReporting);
        Assert.Null(order.Min);
        Assert.Null(order.Sum);

        Assert.Equal(Communes.Select(c => $"Ủy ban nhân dân xã {c.Commune}").Order(StringComparer.Ordinal),
            bhyt.Points.Select(p => p.UnitName).Order(StringComparer.Ordinal));
    }

    [DatabaseFact]
    public async Task Records_with_different_comparators_or_units_are_not_aggregated_together()
    {
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("xa-hoi.ty-le-ho-ngheo", "Tỷ lệ hộ nghèo", "<=", 1.06m, "%")));
        await Submissions.SubmitAsync(Json(Commune("Lãng Sơn"), Kpi("xa-hoi.ty-le-ho-ngheo", "Tỷ lệ hộ nghèo", "<", 2m, "%")));
        await Submissions.SubmitAsync(Json(Commune("Tư Mại"), Kpi("xa-hoi.ho-ngheo", "Số hộ nghèo", "<=", 12m, "hộ"), Kpi("xa-hoi.ty-le-ho-ngheo", "Tỷ lệ hộ nghèo", "<=", 3m, "%")));
        await using var db = Context();

        var summary = await new KpiSummaries(db).SummarizeAsync(new KpiFilter());

        var poverty = summary.Where(s => s.Code == "xa-hoi.ty-le-ho-ngheo").ToList();
        Assert.Equal(2, poverty.Count);
        Assert.Equal([1.06m, 3m], poverty.Single(s => s.Comparator == "<=").Points.Select(p => p.Value!.Value).Order());
        Assert.Equal(2m, Assert.Single(poverty.Single(s => s.Comparator == "<").Points).Value);
        Assert.All(poverty, s => Assert.Null(s.Sum));
        Assert.Equal(12m, summary.Single(s => s.Code == "xa-hoi.ho-ngheo").Sum);
    }

    [DatabaseFact]
    public async Task Spans_changes_and_other_target_years_are_never_added_to_a_level()
    {
        var households = Kpi("xa-hoi.ho-ngheo", "Số hộ nghèo", "<=", 12m, "hộ");
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), households,
            Kpi("xa-hoi.ho-ngheo", "Số hộ nghèo", "decrease", 5m, "hộ") with { Base = "năm 2023" },
            Kpi("van-hoa.gia-dinh-van-hoa", "Tỷ lệ gia đình văn hóa", "range", 90m, "%") with { ValueMax = 92m },
            Kpi("kinh-te.thu-nhap-binh-quan", "Thu nhập bình quân", "multiple", 2m, "lần") with { Base = "năm 2020" }));
        await Submissions.SubmitAsync(Json(Commune("Lãng Sơn"), households with { Value = 8m },
            Kpi("xa-hoi.ho-ngheo", "Số hộ nghèo", "decrease", 3m, "hộ") with { Base = "năm 2023" },
            Kpi("xa-hoi.ho-ngheo", "Số hộ nghèo", "<=", 4m, "hộ") with { TargetYear = 2025 },
            Kpi("van-hoa.gia-dinh-van-hoa", "Tỷ lệ gia đình văn hóa", "range", 88m, "%") with { ValueMax = 90m }));
        await using var db = Context();

        var summary = await new KpiSummaries(db).SummarizeAsync(new KpiFilter());

        var poor = summary.Where(s => s.Code == "xa-hoi.ho-ngheo").ToList();
        Assert.Equal([("<=", 2024, ""), ("decrease", 2024, "năm 2023"), ("<=", 2025, "")],
            poor.Select(s => (s.Comparator, s.TargetYear, s.Base)).OrderBy(s => s.TargetYear).ThenBy(s => s.Comparator, StringComparer.Ordinal));
        Assert.Equal(20m, poor.Single(s => s is { Comparator: "<=", TargetYear: 2024 }).Sum);
        Assert.Equal(8m, poor.Single(s => s.Comparator == "decrease").Sum);
        Assert.Equal(4m, poor.Single(s => s.TargetYear == 2025).Sum);

        var families = summary.Single(s => s.Code == "van-hoa.gia-dinh-van-hoa");
        Assert.Equal("range", families.Comparator);
        Assert.Null(families.Sum);
        Assert.Equal(["88–90 %", "90–92 %"], families.Points.Select(p => p.ValueAsWritten).Order(StringComparer.Ordinal));
        Assert.Equal([90m, 92m], families.Points.Select(p => p.ValueMax!.Value).Order());
        Assert.Equal("gấp 2 lần so với năm 2020", Assert.Single(summary.Single(s => s.Code == "kinh-te.thu-nhap-binh-quan").Points).ValueAsWritten);

        var rows = await new KpiQueries(db).AllAsync(new KpiFilter(Code: "xa-hoi.ho-ngheo"));
        Assert.Equal([2024, 2024, 2024, 2024, 2025], rows.Select(r => r.TargetYear).Order());
        Assert.All(rows.Where(r => r.Comparator == "decrease"), r => Assert.Equal("năm 2023", r.Base));
    }

    [DatabaseFact]
    public async Task Plans_list_their_current_version_and_detail_shows_every_version()
    {
        var first = await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn", number: "7"),
            Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 96m, "%"), Kpi("lao-dong.viec-lam-moi", "Việc làm", "=", 30m, "lao động")));
        await Submissions.SubmitAsync(Json(Commune("Lãng Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 97m, "%")));
        await using var db = Context();
        var plans = new PlanQueries(db);

        var list = await plans.ListAsync(new PlanFilter(Year: 2024), new PageRequest());
        Assert.Equal(2, list.Total);
        var nham = list.Items.Single(p => p.Id == first.PlanId);
        Assert.Equal((2, 2, "7", 2), (nham.CurrentVersion, nham.Versions, nham.DocumentNumber, nham.KpiCount));

        var detail = await plans.GetAsync(first.PlanId);
        Assert.NotNull(detail);
        Assert.Equal([2, 1], detail.Versions.Select(v => v.Number));
        Assert.Equal(2, detail.ShownVersion);
        Assert.Equal(2, detail.Kpis.Count);
        var old = await plans.GetAsync(first.PlanId, version: 1);
        Assert.Equal(95m, Assert.Single(old!.Kpis).Value);
        Assert.Null(await plans.GetAsync(first.PlanId, version: 3));
        Assert.Null(await plans.GetAsync(9999));
        Assert.Null(await plans.GetFileAsync(first.PlanId));
    }

    [DatabaseFact]
    public async Task Original_file_is_served_for_the_current_or_a_given_version()
    {
        var (plan, kpis) = TaggedExtraction.Read(TaggedFile);
        var bytes = await File.ReadAllBytesAsync(Corpus.File(TaggedFile));
        var stored = await Submissions.SubmitAsync(PlanSubmission.FromDocx(bytes, TaggedFile, plan, kpis));
        await Submissions.SubmitAsync(PlanSubmission.FromExtraction(plan, kpis.Take(3).ToList(), "corrected.json"));
        await using var db = Context();
        var plans = new PlanQueries(db);

        Assert.Null(await plans.GetFileAsync(stored.PlanId));
        var original = await plans.GetFileAsync(stored.PlanId, version: 1);
        Assert.Equal(TaggedFile, original!.FileName);
        Assert.Equal(bytes, original.Content);
    }

    [DatabaseFact]
    public async Task Coverage_lists_every_unit_with_or_without_a_plan_for_the_year()
    {
        await using (var db = Context())
        {
            var units = new UnitProfiles(db, TimeProvider.System);
            await units.CreateAsync(new UnitProfile("Ủy ban nhân dân xã Hải Anh", Level: "xã", District: "Hải Hậu"));
        }
        var nham = await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        await Submissions.SubmitAsync(Json(Commune("Lãng Sơn", 2025), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        await using var read = Context();

        var coverage = await new UnitCoverage(read).ForYearAsync(2024);

        Assert.Equal(3, coverage.Count);
        var submitted = Assert.Single(coverage, c => c.Submitted);
        Assert.Equal((nham.UnitId, nham.PlanId, 1, 1), (submitted.UnitId, submitted.PlanId!.Value, submitted.CurrentVersion!.Value, submitted.KpiCount));
        Assert.Equal(["Ủy ban nhân dân xã Hải Anh", "Ủy ban nhân dân xã Lãng Sơn"],
            coverage.Where(c => !c.Submitted).Select(c => c.UnitName).Order(StringComparer.Ordinal));
        Assert.All(coverage.Where(c => !c.Submitted), c => Assert.Null(c.PlanId));
    }
}
