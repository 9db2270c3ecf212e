namespace ThiDua.Data.Submissions;

/// <summary>What the database holds for a submission after it was handled (the response of <c>POST /api/plans/submit</c>).</summary>
/// <param name="Outcome">Stored, unchanged or superseded.</param>
/// <param name="PlanId">The plan (unit + year) id.</param>
/// <param name="VersionId">The id of the version holding this content.</param>
/// <param name="Version">Its number (1, 2…).</param>
/// <param name="SupersededVersion">The number of the version it replaced, when <see cref="Outcome"/> is superseded.</param>
/// <param name="UnitId">The issuing unit's id.</param>
/// <param name="UnitName">The issuing unit's name.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="KpiCount">Number of KPI records stored for the version.</param>
/// <param name="ContentHash">SHA-256 of the content.</param>
/// <param name="Message">One Vietnamese sentence saying what happened.</param>
public sealed record SubmissionResult(
    SubmissionOutcome Outcome,
    int PlanId,
    int VersionId,
    int Version,
    int? SupersededVersion,
    int UnitId,
    string UnitName,
    int Year,
    int KpiCount,
    string ContentHash,
    string Message);
