using ThiDua.Data.Submissions;
using ThiDua.Plans.Model;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// The units the signed-in user may read and submit for — <em>phạm vi đơn vị</em>: an officer's one unit, a district
/// reviewer's units of the district, every unit for an administrator (and in local development). Taken from the user's
/// membership (<c>Authorization:Members</c>), never from the request. The data endpoints narrow their queries with it.
/// </summary>
public interface ICurrentUnitScope
{
    /// <summary>The unit profile ids the user may see; null when the user may see every unit.</summary>
    Task<IReadOnlyCollection<int>?> UnitIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the user may read or change unit <paramref name="unitId"/>.</summary>
    Task<bool> AllowsUnitAsync(int unitId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may read plan <paramref name="planId"/> (true for a plan that does not exist, so it gets its 404).</summary>
    Task<bool> AllowsPlanAsync(int planId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may create a unit profile in <paramref name="district"/> (administrators, and the district's reviewer).</summary>
    bool AllowsNewUnit(string? district);

    /// <summary>
    /// Whether the user may change unit <paramref name="unitId"/>, now named <paramref name="current"/> in
    /// <paramref name="currentDistrict"/>, to <paramref name="name"/> in <paramref name="district"/>: an administrator
    /// any unit; a district reviewer a unit of the district, which stays in it; an officer their own unit, which keeps its
    /// name and district (a unit never leaves its reviewer or its officer by an edit).
    /// </summary>
    Task<bool> AllowsUnitChangeAsync(int unitId, string current, string? currentDistrict, string name, string? district, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may delete unit <paramref name="unitId"/>: administrators, and the district reviewer for a unit of the district.</summary>
    Task<bool> AllowsUnitDeletionAsync(int unitId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The unit a submission of <paramref name="plan"/> is filed under: <paramref name="requestedUnitId"/> when given and
    /// allowed; else an officer's own unit; else the unit the plan's cơ quan ban hành names (null: found or created by the
    /// database) when it lies in the user's scope. <see cref="SubmissionUnit.Allowed"/> is false when the user may not
    /// submit for that unit.
    /// </summary>
    Task<SubmissionUnit> ForSubmissionAsync(int? requestedUnitId, PlanMetadata plan, CancellationToken cancellationToken = default);
}

/// <summary>The unit a submission is filed under, as decided by <see cref="ICurrentUnitScope.ForSubmissionAsync"/>.</summary>
/// <param name="Allowed">False when the user may not submit for the unit; then <see cref="Reason"/> says why.</param>
/// <param name="UnitId">The unit profile id to store under; null to let the database find or create it from the plan's issuer.</param>
/// <param name="Reason">A Vietnamese sentence for a refusal; empty when allowed.</param>
public sealed record SubmissionUnit(bool Allowed, int? UnitId, string Reason)
{
    /// <summary><paramref name="submission"/> filed under <see cref="UnitId"/> (the same content, so the same hash).</summary>
    public PlanSubmission Apply(PlanSubmission submission) =>
        submission.UnitId == UnitId ? submission
        : submission.Format == "docx" ? PlanSubmission.FromDocx(submission.File!, submission.FileName, submission.Plan, submission.Kpis, UnitId)
        : PlanSubmission.FromExtraction(submission.Plan, submission.Kpis, submission.FileName, submission.File, UnitId);
}
