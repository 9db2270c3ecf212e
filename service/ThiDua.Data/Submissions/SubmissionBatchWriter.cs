using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;
using ThiDua.Data.Units;

namespace ThiDua.Data.Submissions;

/// <summary>
/// Writes one batch of validated submissions inside the caller's open transaction, with one <c>SaveChanges</c> for the
/// whole batch: each submission becomes a new version of its unit's plan for its year (the unit and the plan created when
/// new, the previous current version superseded), in order, so that two versions of one plan in a batch become
/// consecutive versions. What the batch already read or added — stored hashes, units, plans and their current version,
/// catalogue codes — is kept, so a batch reads each of them once. Use one writer per transaction.
/// </summary>
internal sealed class SubmissionBatchWriter(ThiDuaDbContext db, DateTimeOffset now)
{
    private readonly Dictionary<string, IssuingUnit> unitsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, IssuingUnit> unitsById = [];
    private readonly Dictionary<(IssuingUnit Unit, int Year), PlanState> plans = [];
    private readonly HashSet<string> catalogue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanState> addedByHash = new(StringComparer.Ordinal);

    /// <summary>A plan as this batch leaves it: the entity and its current version.</summary>
    private sealed class PlanState(Plan plan, PlanVersion? current)
    {
        public Plan Plan { get; } = plan;
        public PlanVersion? Current { get; set; } = current;
    }

    /// <summary>Adds <paramref name="batch"/> and saves it; one attempt per submission, in order.</summary>
    public async Task<IReadOnlyList<SubmissionAttempt>> WriteAsync(
        IReadOnlyList<(PlanSubmission Submission, ValidatedSubmission Valid)> batch, CancellationToken ct)
    {
        var stored = await PlanSubmissions.FindAsync(db, batch.Select(b => b.Submission.ContentHash).Distinct().ToList(), ct);
        // What each attempt is, once the save has given the new rows their ids.
        var outcomes = new List<Func<SubmissionAttempt>>(batch.Count);
        foreach (var (submission, valid) in batch)
        {
            var hash = submission.ContentHash;
            if (stored.TryGetValue(hash, out var result))
            {
                outcomes.Add(() => SubmissionAttempt.Stored(result));
                continue;
            }
            if (addedByHash.TryGetValue(hash, out var earlier))
            {
                var (plan, version) = (earlier.Plan, earlier.Plan.Versions.Single(v => v.ContentHash == hash));
                outcomes.Add(() => SubmissionAttempt.Stored(
                    PlanSubmissions.Result(SubmissionOutcome.Unchanged, plan, version, plan.Unit, null, version.Kpis.Count)));
                continue;
            }
            try
            {
                outcomes.Add(await AddAsync(submission, valid, ct));
            }
            catch (SubmissionRejectedException e)
            {
                outcomes.Add(() => SubmissionAttempt.Rejected(e.Message));
            }
        }
        await db.SaveChangesAsync(ct);
        return outcomes.Select(o => o()).ToList();
    }

    /// <exception cref="SubmissionRejectedException">The unit it names does not exist, or it names none; nothing was added.</exception>
    private async Task<Func<SubmissionAttempt>> AddAsync(PlanSubmission submission, ValidatedSubmission valid, CancellationToken ct)
    {
        var unit = await UnitAsync(submission, valid, ct);
        var state = await PlanAsync(unit, valid.Year, ct);
        var superseded = state.Current;
        var version = NewVersion(submission, valid, (superseded?.Number ?? 0) + 1);
        state.Plan.Versions.Add(version);
        if (superseded is not null)
        {
            superseded.SupersededAt = now;
            superseded.SupersededBy = version;
        }
        state.Current = version;
        addedByHash[submission.ContentHash] = state;
        await AddToCatalogueAsync(valid, ct);

        var outcome = superseded is null ? SubmissionOutcome.Stored : SubmissionOutcome.Superseded;
        var plan = state.Plan;
        return () => SubmissionAttempt.Stored(PlanSubmissions.Result(outcome, plan, version, unit, superseded?.Number, version.Kpis.Count));
    }

    private async Task<IssuingUnit> UnitAsync(PlanSubmission submission, ValidatedSubmission valid, CancellationToken ct)
    {
        if (submission.UnitId is { } id)
        {
            if (unitsById.TryGetValue(id, out var known)) return known;
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct)
                ?? throw new SubmissionRejectedException($"Không có đơn vị ban hành mã {id}.");
            return Remember(unit);
        }
        if (valid.Plan.Issuer.Length == 0)
            throw new SubmissionRejectedException(
                "Kế hoạch không có tên cơ quan ban hành ở phần đầu: hãy chọn đơn vị ban hành (unitId) khi gửi.");
        var key = UnitKey.Of(valid.Plan.Issuer);
        if (unitsByKey.TryGetValue(key, out var byKey)) return byKey;
        var found = await db.Units.SingleOrDefaultAsync(u => u.Key == key, ct);
        if (found is not null) return Remember(found);
        var drafted = UnitDraft.FromPlan(valid.Plan, now);
        db.Units.Add(drafted);
        return Remember(drafted);
    }

    private IssuingUnit Remember(IssuingUnit unit)
    {
        unitsByKey.TryAdd(unit.Key, unit);
        if (unit.Id != 0) unitsById.TryAdd(unit.Id, unit);
        return unit;
    }

    private async Task<PlanState> PlanAsync(IssuingUnit unit, int year, CancellationToken ct)
    {
        if (plans.TryGetValue((unit, year), out var known)) return known;
        var plan = unit.Id == 0 ? null : await db.Plans.SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Year == year, ct);
        var current = plan is null ? null : await db.PlanVersions
            .Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            plan = new Plan { Unit = unit, Year = year, CreatedAt = now };
            db.Plans.Add(plan);
        }
        var state = new PlanState(plan, current);
        plans[(unit, year)] = state;
        return state;
    }

    private async Task AddToCatalogueAsync(ValidatedSubmission valid, CancellationToken ct)
    {
        var codes = valid.Kpis.Where(k => k.Code.Length > 0 && !catalogue.Contains(k.Code)).Select(k => k.Code).Distinct().ToList();
        if (codes.Count == 0) return;
        var known = await db.KpiCatalogue.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        catalogue.UnionWith(known);
        foreach (var k in valid.Kpis.Where(k => k.Code.Length > 0 && !catalogue.Contains(k.Code)).DistinctBy(k => k.Code))
        {
            db.KpiCatalogue.Add(new KpiIndicator { Code = k.Code, Label = k.Label, Sector = k.Sector, Unit = k.NormalizedUnit });
            catalogue.Add(k.Code);
        }
    }

    private PlanVersion NewVersion(PlanSubmission submission, ValidatedSubmission valid, int number)
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
}
