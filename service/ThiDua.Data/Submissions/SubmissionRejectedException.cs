namespace ThiDua.Data.Submissions;

/// <summary>
/// A submission the database refuses (no unit can be determined, no year, an invalid KPI record…). <see cref="Exception.Message"/>
/// is one Vietnamese sentence for the officer; nothing was stored.
/// </summary>
public sealed class SubmissionRejectedException(string message) : Exception(message);
