using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Submissions;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Plans.Kpis;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Submissions;

public sealed class SqliteSubmissionTests : SubmissionTests<SqliteTestDatabase>;

public sealed class PostgresSubmissionTests : SubmissionTests<PostgresTestDatabase>;

/// <summary>Submitting plans: storing, idempotency, versions, concurrency, rejections.</summary>
public abstract class SubmissionTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [DatabaseFact]
    public async Task Tagged_extraction_is_stored_with_every_record_and_its_unit_profile_drafted()
    {
        var submission = TriYen();
        var result = await Submissions.SubmitAsync(submission);

        Assert.Equal(SubmissionOutcome.Stored, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.Equal(submission.Kpis.Count, result.KpiCount);
        Assert.Equal(submission.Plan.Year, result.Year);
        await using var db = Context();
        var unit = await db.Units.SingleAsync();
        Assert.Equal("Ủy ban nhân dân xã Trí Yên", unit.Name);
        Assert.Equal("xã", unit.Level);
        Assert.Equal(submission.Plan.Place, unit.PlaceName);
        Assert.Equal("UBND", unit.Symbol);
        Assert.Equal(submission.Plan.SignerName, unit.SignerName);
        var stored = await db.KpiRecords.OrderBy(k => k.Ordinal).ToListAsync();
        Assert.Equal(submission.Kpis.Select(k => (k.Code, k.Label, k.Comparator, k.Value, k.Unit, k.Qualitative, k.Source.Sentence)),
            stored.Select(k => (k.Code, k.Label, k.Comparator, k.Value, k.Unit, k.Qualitative, k.SourceSentence)));
        var version = await db.PlanVersions.SingleAsync();
        Assert.Equal(submission.Plan.Number, version.DocumentNumber);
        Assert.Equal(submission.Plan.Date, version.SignedDate);
        Assert.Null(version.SupersededAt);
        Assert.Equal(submission.Kpis.Where(k => k.Code != "").Select(k => k.Code).Distinct().Count(), await db.KpiCatalogue.CountAsync());
    }

    [DatabaseFact]
    public async Task Values_are_kept_as_written_and_normalised_to_the_base_unit()
    {
        var income = Kpi("ngan-sach.tong-thu", "Tổng thu ngân sách", "=", 10_129.3m, "triệu đồng");
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), income));

        await using var db = Context();
        var record = await db.KpiRecords.SingleAsync();
        Assert.Equal(10_129.3m, record.Value);
        Assert.Equal("triệu đồng", record.Unit);
        Assert.Equal(10_129_300_000m, record.NormalizedValue);
        Assert.Equal("đồng", record.NormalizedUnit);
        Assert.Equal(income.ValueAsWritten, record.ValueAsWritten);
    }

    [DatabaseFact]
    public async Task Spans_changes_fractions_target_years_and_evidence_are_stored()
    {
        var evidence = new TargetEvidence("2. Các chỉ tiêu chủ yếu", "phấn đấu, đạt", "");
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"),
            Kpi("kinh-te.thu-nhap-binh-quan", "Thu nhập bình quân", "range", 58m, "triệu đồng") with { ValueMax = 60m, Evidence = evidence },
            Kpi("ngan-sach.tong-thu", "Thu ngân sách", "increase", 10m, "%"),
            Kpi("nong-thon-moi.thon-dat-chuan", "Số thôn đạt chuẩn", "=", 4m, "thôn") with { Total = 9m, TargetYear = 2025 }));

        await using var db = Context();
        var records = await db.KpiRecords.OrderBy(k => k.Ordinal).ToListAsync();
        Assert.Equal((58m, 60m, 58_000_000m, 60_000_000m), (records[0].Value, records[0].ValueMax, records[0].NormalizedValue, records[0].NormalizedValueMax));
        Assert.Equal(("2. Các chỉ tiêu chủ yếu", "phấn đấu, đạt", ""), (records[0].EvidenceHeading, records[0].EvidenceWording, records[0].EvidenceColumn));
        Assert.Equal(("increase", "năm trước"), (records[1].Comparator, records[1].Base)); // a change naming no base is against the year before
        Assert.Equal((4m, 9m, 2025), (records[2].Value, records[2].Total, records[2].TargetYear));
        Assert.Equal([2024, 2024], records.Take(2).Select(r => r.TargetYear!.Value)); // the plan's year when the text names none
    }

    [DatabaseFact]
    public async Task Resubmitting_the_same_content_changes_nothing_and_returns_the_stored_version()
    {
        var first = await Submissions.SubmitAsync(TriYen());
        var again = await Submissions.SubmitAsync(TriYen());

        Assert.Equal(SubmissionOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.VersionId, again.VersionId);
        Assert.Equal(first.KpiCount, again.KpiCount);
        await using var db = Context();
        Assert.Equal(1, await db.PlanVersions.CountAsync());
        Assert.Equal(first.KpiCount, await db.KpiRecords.CountAsync());
    }

    [DatabaseFact]
    public async Task A_revised_plan_for_the_same_unit_and_year_supersedes_the_old_version_which_is_kept()
    {
        var original = Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 95m, "%", "y-te"));
        var revised = Json(Commune("Nham Sơn", number: "12"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 97.5m, "%", "y-te"));

        var first = await Submissions.SubmitAsync(original);
        var second = await Submissions.SubmitAsync(revised);

        Assert.Equal(SubmissionOutcome.Superseded, second.Outcome);
        Assert.Equal(first.PlanId, second.PlanId);
        Assert.Equal(2, second.Version);
        Assert.Equal(1, second.SupersededVersion);
        await using var db = Context();
        var versions = await db.PlanVersions.Include(v => v.Kpis).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.NotNull(versions[0].SupersededAt);
        Assert.Equal(versions[1].Id, versions[0].SupersededById);
        Assert.Null(versions[1].SupersededAt);
        Assert.Equal(95m, Assert.Single(versions[0].Kpis).Value);
        Assert.Equal(97.5m, Assert.Single(versions[1].Kpis).Value);
        Assert.Equal("12", versions[1].DocumentNumber);
    }

    [DatabaseFact]
    public async Task Resubmitting_an_old_version_after_a_revision_does_not_reorder_the_versions()
    {
        var original = Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 95m, "%"));
        var revised = Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 96m, "%"));
        var first = await Submissions.SubmitAsync(original);
        await Submissions.SubmitAsync(revised);

        var again = await Submissions.SubmitAsync(original);

        Assert.Equal(SubmissionOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.VersionId, again.VersionId);
        await using var db = Context();
        Assert.Equal(2, await db.PlanVersions.CountAsync());
        Assert.Equal(2, (await db.PlanVersions.SingleAsync(v => v.SupersededAt == null)).Number);
    }

    [DatabaseFact]
    public async Task Another_year_of_the_same_unit_is_another_plan()
    {
        var a = await Submissions.SubmitAsync(Json(Commune("Nham Sơn", 2024), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        var b = await Submissions.SubmitAsync(Json(Commune("Nham Sơn", 2025), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 96m, "%")));

        Assert.Equal(SubmissionOutcome.Stored, b.Outcome);
        Assert.NotEqual(a.PlanId, b.PlanId);
        Assert.Equal(a.UnitId, b.UnitId);
    }

    [DatabaseFact]
    public async Task Fifty_concurrent_submissions_of_the_same_plan_store_it_exactly_once_and_all_get_the_stored_result()
    {
        var submission = TriYen();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Submissions.SubmitAsync(submission))));

        Assert.Single(results, r => r.Outcome == SubmissionOutcome.Stored);
        Assert.Equal(49, results.Count(r => r.Outcome == SubmissionOutcome.Unchanged));
        Assert.Single(results.Select(r => r.VersionId).Distinct());
        Assert.All(results, r => Assert.Equal(submission.Kpis.Count, r.KpiCount));
        await using var db = Context();
        Assert.Equal(1, await db.Units.CountAsync());
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal(1, await db.PlanVersions.CountAsync());
        Assert.Equal(submission.Kpis.Count, await db.KpiRecords.CountAsync());
    }

    [DatabaseFact]
    public async Task Concurrent_revisions_of_one_plan_become_consecutive_versions_with_one_current()
    {
        var revisions = Enumerable.Range(0, 10)
            .Select(i => Json(Commune("Nham Sơn"), Kpi("lao-dong.viec-lam-moi", "Tạo việc làm mới", "=", 40 + i, "lao động", "xa-hoi")))
            .ToList();

        var results = await Task.WhenAll(revisions.Select(r => Task.Run(() => Submissions.SubmitAsync(r))));

        Assert.Equal(Enumerable.Range(1, 10), results.Select(r => r.Version).Order());
        await using var db = Context();
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal(1, await db.PlanVersions.CountAsync(v => v.SupersededAt == null));
        Assert.Equal(10, (await db.PlanVersions.SingleAsync(v => v.SupersededAt == null)).Number);
    }

    [DatabaseFact]
    public async Task Concurrent_first_plans_of_new_units_sharing_new_indicators_are_all_stored()
    {
        var communes = new[] { "Nham Sơn", "Lãng Sơn", "Tư Mại", "Đồng Phúc", "Tiến Dũng", "Cảnh Thụy" };

        var results = await Task.WhenAll(communes.Select(c => Task.Run(() => Submissions.SubmitAsync(
            Json(Commune(c), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%"), Kpi("van-hoa.gia-dinh-van-hoa", "GĐVH", ">=", 90m, "%"))))));

        Assert.All(results, r => Assert.Equal(SubmissionOutcome.Stored, r.Outcome));
        await using var db = Context();
        Assert.Equal(communes.Length, await db.Units.CountAsync());
        Assert.Equal(2, await db.KpiCatalogue.CountAsync());
    }

    [DatabaseFact]
    public async Task A_plan_naming_its_unit_differently_is_matched_to_the_existing_profile()
    {
        var first = await Submissions.SubmitAsync(Json(Commune("Trí Yên"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        var plan = Commune("Trí Yên", 2025) with { Issuer = "UBND xã Trí Yên" };

        var second = await Submissions.SubmitAsync(Json(plan, Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 96m, "%")));

        Assert.Equal(first.UnitId, second.UnitId);
    }

    [DatabaseFact]
    public async Task A_plan_without_issuer_is_rejected_unless_the_sender_names_the_unit()
    {
        var plan = Commune("Hải Anh") with { Issuer = "", IssuerParent = "" };
        var kpi = Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%");

        var rejected = await Assert.ThrowsAsync<SubmissionRejectedException>(() => Submissions.SubmitAsync(Json(plan, kpi)));
        Assert.Contains("cơ quan ban hành", rejected.Message);

        var unit = await Submissions.SubmitAsync(Json(Commune("Hải Anh"), kpi with { Value = 90m }));
        var stored = await Submissions.SubmitAsync(PlanSubmission.FromExtraction(plan, [kpi], "hai-anh.json", unitId: unit.UnitId));
        Assert.Equal(unit.UnitId, stored.UnitId);
        Assert.Equal(SubmissionOutcome.Superseded, stored.Outcome);
    }

    [DatabaseFact]
    public async Task Invalid_submissions_are_rejected_with_a_vietnamese_reason_and_store_nothing()
    {
        var kpi = Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%");
        var cases = new (PlanSubmission Submission, string Reason)[]
        {
            (Json(Commune("Nham Sơn") with { Year = null, Date = null }, kpi), "năm"),
            (Json(Commune("Nham Sơn"), kpi with { Comparator = "≈" }), "phép so sánh"),
            (Json(Commune("Nham Sơn"), kpi with { Label = " " }), "tên chỉ tiêu"),
            (Json(Commune("Nham Sơn"), kpi with { Value = null }), "định tính"),
            (Json(Commune("Nham Sơn"), kpi with { Qualitative = true }), "định tính"),
            (Json(Commune("Nham Sơn"), kpi with { Value = 1e25m }), "giới hạn"),
            (Json(Commune("Nham Sơn"), kpi with { ValueMax = 99m }), "giá trị tối đa"),
            (Json(Commune("Nham Sơn"), kpi with { Comparator = "range" }), "thiếu giá trị tối đa"),
            (Json(Commune("Nham Sơn"), kpi with { Comparator = "range", ValueMax = 90m }), "nhỏ hơn"),
            (Json(Commune("Nham Sơn"), kpi with { Base = "năm 2023" }), "mốc so sánh"),
            (Json(Commune("Nham Sơn"), kpi with { TargetYear = 1990 }), "năm mục tiêu"),
            (Json(Commune("Nham Sơn"), kpi with { Total = 0m }), "mẫu số"),
            (PlanSubmission.FromExtraction(Commune("Nham Sơn"), [kpi], "x.json", unitId: 4242), "4242"),
        };

        foreach (var (submission, reason) in cases)
        {
            var e = await Assert.ThrowsAsync<SubmissionRejectedException>(() => Submissions.SubmitAsync(submission));
            Assert.Contains(reason, e.Message);
        }
        await using var db = Context();
        Assert.Equal(0, await db.PlanVersions.CountAsync());
        Assert.Equal(0, await db.Units.CountAsync());
    }

    [DatabaseFact]
    public async Task The_original_docx_is_kept_byte_for_byte()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File(TaggedFile));
        var (plan, kpis) = TaggedExtraction.Read(TaggedFile);

        var result = await Submissions.SubmitAsync(PlanSubmission.FromDocx(bytes, TaggedFile, plan, kpis));

        await using var db = Context();
        var file = await db.PlanFiles.SingleAsync(f => f.PlanVersionId == result.VersionId);
        Assert.Equal(bytes, file.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.ContentHash);
    }

    [DatabaseFact]
    public async Task A_batch_is_stored_in_order_with_its_revisions_consecutive_its_repeats_unchanged_and_its_rejections_apart()
    {
        var nhamSon = Enumerable.Range(0, 3)
            .Select(i => Json(Commune("Nham Sơn", number: $"{i + 1}"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 95m + i, "%", "y-te")))
            .ToList();
        var tuMai = Json(Commune("Tư Mại"), Kpi("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT", ">=", 91m, "%", "y-te"), Qualitative("an-ninh.trat-tu", "Giữ vững an ninh"));
        var noIssuer = Json(Commune("Hải Anh") with { Issuer = "", IssuerParent = "" }, Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 90m, "%"));
        var noYear = Json(Commune("Lãng Sơn") with { Year = null, Date = null }, Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 90m, "%"));
        var earlier = await Submissions.SubmitAsync(nhamSon[0]);

        var attempts = await Submissions.SubmitManyAsync([nhamSon[0], nhamSon[1], noIssuer, tuMai, nhamSon[2], nhamSon[1], noYear]);

        Assert.Equal(7, attempts.Count);
        Assert.Equal(
            new SubmissionOutcome?[] { SubmissionOutcome.Unchanged, SubmissionOutcome.Superseded, null, SubmissionOutcome.Stored, SubmissionOutcome.Superseded, SubmissionOutcome.Unchanged, null },
            attempts.Select(a => a.Result?.Outcome));
        Assert.Equal(earlier.VersionId, attempts[0].Result!.VersionId);
        Assert.Equal((2, 1), (attempts[1].Result!.Version, attempts[1].Result!.SupersededVersion));
        Assert.Equal((3, 2), (attempts[4].Result!.Version, attempts[4].Result!.SupersededVersion));
        Assert.Equal(attempts[1].Result!.VersionId, attempts[5].Result!.VersionId);
        Assert.Contains("cơ quan ban hành", attempts[2].Rejection);
        Assert.Contains("năm", attempts[6].Rejection);
        Assert.Equal(2, attempts[3].Result!.KpiCount);
        await using var db = Context();
        Assert.Equal(4, await db.PlanVersions.CountAsync());
        Assert.Equal(2, await db.Units.CountAsync());
        Assert.Equal([3], await db.PlanVersions.Where(v => v.Plan.Unit.Id == earlier.UnitId && v.SupersededAt == null).Select(v => v.Number).ToListAsync());
        Assert.Equal([2, 3], await db.PlanVersions.Where(v => v.SupersededById != null).OrderBy(v => v.Number).Select(v => v.SupersededBy!.Number).ToListAsync());
        Assert.Equal(2, await db.KpiCatalogue.CountAsync());
    }

    [DatabaseFact]
    public async Task Concurrent_batches_revising_the_same_plans_become_consecutive_versions_with_one_current_each()
    {
        PlanSubmission Revision(string commune, int i) =>
            Json(Commune(commune, number: $"{i}"), Kpi("lao-dong.viec-lam-moi", "Tạo việc làm mới", "=", 40 + i, "lao động", "xa-hoi"));
        var batches = Enumerable.Range(0, 6)
            .Select(b => Enumerable.Range(0, 8).Select(i => Revision(i % 2 == 0 ? "Nham Sơn" : "Tư Mại", b * 8 + i)).ToList())
            .ToList();

        var results = (await Task.WhenAll(batches.Select(b => Task.Run(() => Submissions.SubmitManyAsync(b))))).SelectMany(a => a).ToList();

        Assert.All(results, a => Assert.NotNull(a.Result));
        foreach (var unit in results.GroupBy(a => a.Result!.UnitId))
            Assert.Equal(Enumerable.Range(1, 24), unit.Select(a => a.Result!.Version).Order());
        await using var db = Context();
        Assert.Equal(2, await db.Plans.CountAsync());
        Assert.Equal(48, await db.PlanVersions.CountAsync());
        Assert.Equal([24, 24], await db.PlanVersions.Where(v => v.SupersededAt == null).Select(v => v.Number).ToListAsync());
    }
}
