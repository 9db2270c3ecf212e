namespace ThiDua.Service.Infrastructure;

/// <summary>
/// A request refused while the framework binds it — e.g. a typed body whose reading stops at a limit (the chỉ tiêu of a
/// submission) — answered by <see cref="InputExceptionHandler"/> as the problem of <see cref="Entry"/> with the Vietnamese
/// <see cref="Exception.Message"/> as its detail.
/// </summary>
/// <param name="entry">The catalogue entry (status, title, error name).</param>
/// <param name="detail">What is wrong, in Vietnamese.</param>
public sealed class RequestRefusedException(ProblemCatalog.Entry entry, string detail) : Exception(detail)
{
    /// <summary>The problem answered.</summary>
    public ProblemCatalog.Entry Entry { get; } = entry;
}
