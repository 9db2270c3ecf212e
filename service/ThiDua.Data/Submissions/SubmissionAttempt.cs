namespace ThiDua.Data.Submissions;

/// <summary>What became of one submission of a batch (<see cref="PlanSubmissions.SubmitManyAsync"/>): stored (or found unchanged), or rejected.</summary>
/// <param name="Result">What the database holds for it; null when it was rejected.</param>
/// <param name="Rejection">Why it was not stored, one Vietnamese sentence (as <see cref="SubmissionRejectedException"/> says it); null when stored.</param>
public sealed record SubmissionAttempt(SubmissionResult? Result, string? Rejection)
{
    /// <summary>A stored or unchanged submission.</summary>
    public static SubmissionAttempt Stored(SubmissionResult result) => new(result, null);

    /// <summary>A rejected submission.</summary>
    public static SubmissionAttempt Rejected(string reason) => new(null, reason);
}
