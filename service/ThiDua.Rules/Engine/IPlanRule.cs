namespace ThiDua.Rules.Engine;

/// <summary>
/// One rule of <c>shared/spec/rules.md</c>. A rule class is named after what it checks (<c>MottoRule</c> for
/// <c>HDR-MOTTO</c>) and lives in the folder of its family (Page, Font, Header, Body, Numbering, Text, Closing, Tags).
/// Rules are stateless and thread-safe.
/// </summary>
public interface IPlanRule
{
    /// <summary>The rule id, e.g. <c>HDR-MOTTO</c>.</summary>
    string Id { get; }

    /// <summary>The findings on <paramref name="context"/>'s plan, in document order; empty when the plan passes.</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
