using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;
using ThiDua.Data.Units;

namespace ThiDua.Data.Submissions;

/// <summary>
/// Stores submitted plans: idempotent by content hash, one plan per unit and year, a revised plan stored as a new version
/// that supersedes (and keeps) the old one. Safe under concurrency without check-then-insert: every write runs in one
/// transaction guarded by unique constraints (content hash; unit key; unit + year; plan + version number; catalogue code);
/// the loser of a race rolls back, retries, and finds the winner's row — 50 simultaneous submissions of one file store it
/// once and all 50 callers get the stored result.
/// </summary>
public sealed class PlanSubmissions(ThiDuaDbContextFactory factory, TimeProvider clock)
{
    private const int MaxAttempts = 12;

    /// <summary>Stores <paramref name="submission"/>, or returns what is already stored for the same content.</summary>
    /// <exception cref="SubmissionRejectedException">The submission cannot be stored (no unit, no year, invalid record…).</exception>
    public async Task<SubmissionResult> SubmitAsync(PlanSubmission submission, CancellationToken cancellationToken = default)
    {
        var valid = SubmissionValidator.Validate(submission);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            try
            {
                return await FindAsync(db, submission.ContentHash, cancellationToken)
                    ?? await StoreAsync(db, submission, valid, cancellationToken);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    private async Task<SubmissionResult> StoreAsync(ThiDuaDbContext db, PlanSubmission submission, ValidatedSubmission valid, CancellationToken ct)
    {
        // On SQLite this takes the write lock (BEGIN IMMEDIATE), so the hash is checked again under it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await FindAsync(db, submission.ContentHash, ct) is { } stored) return stored;

        var now = clock.GetUtcNow();
        var unit = await ResolveUnitAsync(db, submission, valid, now, ct);
        var plan = unit.Id == 0 ? null : await db.Plans.SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Year == valid.Year, ct);
        if (plan is null)
        {
            plan = new Plan { Unit = unit, Year = valid.Year, CreatedAt = now };
            db.Plans.Add(plan);
        }
        var current = plan.Id == 0 ? null : await db.PlanVersions
            .Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var version = NewVersion(submission, valid, (current?.Number ?? 0) + 1, now);
        plan.Versions.Add(version);
        if (current is not null)
        {
            current.SupersededAt = now;
            current.SupersededBy = version;
        }
        await AddToCatalogueAsync(db, valid, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var outcome = current is null ? SubmissionOutcome.Stored : SubmissionOutcome.Superseded;
        return Result(outcome, plan, version, unit, current?.Number, version.Kpis.Count);
    }

    private static async Task<IssuingUnit> ResolveUnitAsync(ThiDuaDbContext db, PlanSubmission submission, ValidatedSubmission valid, DateTimeOffset now, CancellationToken ct)
    {
        if (submission.UnitId is { } id)
            return await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct)
                ?? throw new SubmissionRejectedException($"Không có đơn vị ban hành mã {id}.");
        if (valid.Plan.Issuer.Length == 0)
            throw new SubmissionRejectedException(
                "Kế hoạch không có tên cơ quan ban hành ở phần đầu: hãy chọn đơn vị ban hành (unitId) khi gửi.");
        var key = UnitKey.Of(valid.Plan.Issuer);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Key == key, ct);
        if (unit is not null) return unit;
        unit = UnitDraft.FromPlan(valid.Plan, now);
        db.Units.Add(unit);
        return unit;
    }

    private static PlanVersion NewVersion(PlanSubmission submission, ValidatedSubmission valid, int number, DateTimeOffset now)
    {
        var p = valid.Plan;
        var version = new PlanVersion
        {
            Number = number,
            ContentHash = submission.ContentHash,
            Format = submission.Format,
            FileName = Path.GetFileName(submission.FileName ?? "").Normalize(),
            Issuer = p.Issuer,
            IssuerParent = p.IssuerParent,
            DocumentNumber = p.Number,
            Symbol = p.Symbol,
            Place = p.Place,
            SignedDate = p.Date,
            Subject = p.Subject,
            SignerAuthority = p.SignerAuthority,
            SignerTitle = p.SignerTitle,
            SignerName = p.SignerName,
            SubmittedAt = now,
            File = submission.File is { } bytes ? new PlanFile { Content = bytes } : null,
        };
        version.Kpis.AddRange(valid.Kpis.Select((k, i) => new KpiRecord
        {
            Ordinal = i,
            Code = k.Code,
            Label = k.Label,
            Sector = k.Sector,
            Comparator = k.Comparator,
            Value = k.Value,
            ValueMax = k.ValueMax,
            Base = k.Base,
            TargetYear = k.TargetYear,
            Total = k.Total,
            ValueAsWritten = k.ValueAsWritten,
            Unit = k.Unit,
            NormalizedValue = k.NormalizedValue,
            NormalizedValueMax = k.NormalizedValueMax,
            NormalizedUnit = k.NormalizedUnit,
            Qualitative = k.Qualitative,
            SourceSentence = k.Source.Sentence,
            SourceParagraph = k.Source.Paragraph,
            SourceLocation = k.Source.Location,
            SourceRow = k.Source.Row,
            EvidenceHeading = k.Evidence.Heading,
            EvidenceWording = k.Evidence.Wording,
            EvidenceColumn = k.Evidence.Column,
        }));
        return version;
    }

    private static async Task AddToCatalogueAsync(ThiDuaDbContext db, ValidatedSubmission valid, CancellationToken ct)
    {
        var codes = valid.Kpis.Where(k => k.Code.Length > 0).Select(k => k.Code).Distinct().ToList();
        if (codes.Count == 0) return;
        var known = await db.KpiCatalogue.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        foreach (var k in valid.Kpis.Where(k => k.Code.Length > 0 && !known.Contains(k.Code)).DistinctBy(k => k.Code))
            db.KpiCatalogue.Add(new KpiIndicator { Code = k.Code, Label = k.Label, Sector = k.Sector, Unit = k.NormalizedUnit });
    }

    private static async Task<SubmissionResult?> FindAsync(ThiDuaDbContext db, string hash, CancellationToken ct)
    {
        var found = await db.PlanVersions.AsNoTracking()
            .Where(v => v.ContentHash == hash)
            .Select(v => new { Version = v, v.Plan, v.Plan.Unit, Kpis = v.Kpis.Count })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : Result(SubmissionOutcome.Unchanged, found.Plan, found.Version, found.Unit, null, found.Kpis);
    }

    private static SubmissionResult Result(SubmissionOutcome outcome, Plan plan, PlanVersion version, IssuingUnit unit, int? superseded, int kpis)
    {
        var message = outcome switch
        {
            SubmissionOutcome.Stored => $"Đã lưu kế hoạch năm {plan.Year} của {unit.Name} với {kpis} chỉ tiêu.",
            SubmissionOutcome.Superseded =>
                $"Đã lưu phiên bản {version.Number} của kế hoạch năm {plan.Year} của {unit.Name} ({kpis} chỉ tiêu), thay thế phiên bản {superseded}; phiên bản cũ vẫn được giữ.",
            _ => $"Kế hoạch này đã được gửi trước đó (phiên bản {version.Number} của kế hoạch năm {plan.Year} của {unit.Name}): không có gì thay đổi.",
        };
        return new SubmissionResult(outcome, plan.Id, version.Id, version.Number, superseded, unit.Id, unit.Name, plan.Year, kpis, version.ContentHash, message);
    }
}
