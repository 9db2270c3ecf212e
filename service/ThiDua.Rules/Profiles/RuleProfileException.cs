namespace ThiDua.Rules.Profiles;

/// <summary>
/// A rule profile that cannot be used: not JSON, not of the schema, or asking what the decree does not allow (widening a
/// range it fixes, turning off one of its required rules). <see cref="Exception.Message"/> is the first problem;
/// <see cref="Problems"/> lists them all, each a Vietnamese sentence an administrator can act on.
/// </summary>
public sealed class RuleProfileException : Exception
{
    /// <summary>Creates the exception from its problems (at least one).</summary>
    public RuleProfileException(IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? "Hồ sơ quy tắc không hợp lệ." : problems[0]) => Problems = problems;

    /// <summary>Creates the exception from one problem.</summary>
    public RuleProfileException(string problem) : this([problem]) { }

    /// <summary>Every problem found, in Vietnamese.</summary>
    public IReadOnlyList<string> Problems { get; }
}
