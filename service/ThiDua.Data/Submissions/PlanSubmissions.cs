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
/// <remarks>
/// Throughput: a batch (<see cref="SubmitManyAsync"/>) is stored in one transaction, so the durable commit — one flush of
/// the write-ahead log to disk, the dominant cost of a small plan — is paid once per batch, not once per plan. Writers are
/// queued instead of racing: on SQLite, which takes one writer at a time, an in-process queue (Microsoft.Data.Sqlite would
/// otherwise poll a busy database every 150 ms); on PostgreSQL, a transaction-scoped advisory lock per unit, taken in one
/// order, so two batches revising the same unit's plan wait for each other instead of colliding on the version number.
/// </remarks>
public sealed class PlanSubmissions(ThiDuaDbContextFactory factory, TimeProvider clock) : IDisposable
{
    private const int MaxAttempts = 12;

    /// <summary>The advisory lock namespace (<c>pg_advisory_xact_lock(int, int)</c>'s first key) of submission writes.</summary>
    private const int UnitLockSpace = 0x54_44_50_53; // "TDPS"

    private readonly SemaphoreSlim sqliteWriter = new(1, 1);

    /// <summary>Releases the SQLite writers' queue (the container disposes this singleton when the service stops).</summary>
    public void Dispose() => sqliteWriter.Dispose();

    /// <summary>Stores <paramref name="submission"/>, or returns what is already stored for the same content.</summary>
    /// <exception cref="SubmissionRejectedException">The submission cannot be stored (no unit, no year, invalid record…).</exception>
    public async Task<SubmissionResult> SubmitAsync(PlanSubmission submission, CancellationToken cancellationToken = default)
    {
        var attempt = (await SubmitManyAsync([submission], cancellationToken))[0];
        return attempt.Result ?? throw new SubmissionRejectedException(attempt.Rejection!);
    }

    /// <summary>
    /// Stores <paramref name="submissions"/> in one transaction (each as <see cref="SubmitAsync"/> would, in order, so a
    /// later one sees an earlier one: two versions of a plan in one batch become consecutive versions) and returns one
    /// attempt per submission, in the same order. A rejected submission stores nothing and does not stop the others.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionAttempt>> SubmitManyAsync(IReadOnlyList<PlanSubmission> submissions, CancellationToken cancellationToken = default)
    {
        var attempts = new SubmissionAttempt?[submissions.Count];
        var valid = new ValidatedSubmission?[submissions.Count];
        for (var i = 0; i < submissions.Count; i++)
        {
            try
            {
                valid[i] = SubmissionValidator.Validate(submissions[i]);
            }
            catch (SubmissionRejectedException e)
            {
                attempts[i] = SubmissionAttempt.Rejected(e.Message);
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            try
            {
                // Content already stored needs no write, and no write lock.
                var pending = Pending();
                var stored = await FindAsync(db, pending.Select(i => submissions[i].ContentHash).Distinct().ToList(), cancellationToken);
                foreach (var i in pending)
                    if (stored.TryGetValue(submissions[i].ContentHash, out var result)) attempts[i] = SubmissionAttempt.Stored(result);

                pending = Pending();
                if (pending.Count > 0)
                {
                    var written = await StoreAsync(db, pending.Select(i => (submissions[i], valid[i]!)).ToList(), cancellationToken);
                    for (var k = 0; k < pending.Count; k++) attempts[pending[k]] = written[k];
                }
                return attempts!;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }

        List<int> Pending() => Enumerable.Range(0, submissions.Count).Where(i => attempts[i] is null).ToList();
    }

    /// <summary>Stores <paramref name="batch"/> in one transaction; the attempts, in order, once it is committed.</summary>
    private async Task<IReadOnlyList<SubmissionAttempt>> StoreAsync(
        ThiDuaDbContext db, IReadOnlyList<(PlanSubmission Submission, ValidatedSubmission Valid)> batch, CancellationToken ct)
    {
        var sqlite = factory.Provider == DatabaseProvider.Sqlite;
        if (sqlite) await sqliteWriter.WaitAsync(ct);
        try
        {
            // On SQLite this takes the write lock (BEGIN IMMEDIATE), so the hashes are checked again under it. The batch is
            // saved once and rolled back whole on failure: no savepoint per save is needed.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Database.AutoSavepointsEnabled = false;
            if (!sqlite)
                foreach (var unit in batch.Select(b => LockKey(b.Submission, b.Valid)).OfType<string>().Distinct().Order(StringComparer.Ordinal))
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({UnitLockSpace}, hashtext({unit}))", ct);

            var attempts = await new SubmissionBatchWriter(db, clock.GetUtcNow()).WriteAsync(batch, ct);
            await transaction.CommitAsync(ct);
            return attempts;
        }
        finally
        {
            if (sqlite) sqliteWriter.Release();
        }
    }

    /// <summary>The unit a submission writes to, as a lock name: its unit id, else its issuer's key; null when it names neither.</summary>
    private static string? LockKey(PlanSubmission submission, ValidatedSubmission valid) =>
        submission.UnitId is { } id ? $"id:{id}" : valid.Plan.Issuer.Length > 0 ? "key:" + UnitKey.Of(valid.Plan.Issuer) : null;

    /// <summary>What is stored for each of <paramref name="hashes"/> that is stored, as an unchanged result, in one query.</summary>
    internal static async Task<Dictionary<string, SubmissionResult>> FindAsync(ThiDuaDbContext db, IReadOnlyList<string> hashes, CancellationToken ct)
    {
        if (hashes.Count == 0) return [];
        var found = await db.PlanVersions.AsNoTracking()
            .Where(v => hashes.Contains(v.ContentHash))
            .Select(v => new { Version = v, v.Plan, v.Plan.Unit, Kpis = v.Kpis.Count })
            .ToListAsync(ct);
        return found.ToDictionary(f => f.Version.ContentHash,
            f => Result(SubmissionOutcome.Unchanged, f.Plan, f.Version, f.Unit, null, f.Kpis), StringComparer.Ordinal);
    }

    internal static SubmissionResult Result(SubmissionOutcome outcome, Plan plan, PlanVersion version, IssuingUnit unit, int? superseded, int kpis)
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
