using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Kpis;

/// <summary>
/// KPI-UNPARSED (warning, house rule, rules.md § Machine-readable plans): a chỉ tiêu whose value or unit cannot be read
/// — a line of a chỉ tiêu list or table that announces a target (<c>đạt trên</c>, <c>giảm còn</c>…) without a number that
/// can be read, so it would reach the central database without its figure. The finding quotes the line. No mechanical
/// fix: only the officer knows the figure.
/// </summary>
public sealed class UnparsedTargetRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "KPI-UNPARSED";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context) =>
        context.UnparsedTargets.Select(u => context.At(Id, Severity.Warning, PlanPart.Body, u.Source.Paragraph,
            $"Không đọc được chỉ tiêu «{u.Quote}»: {u.Reason}.",
            "Chỉ tiêu có số liệu và đơn vị đọc được (ví dụ: «đạt trên 95%», «giảm còn 1,06%»)",
            u.Quote, excerpt: u.Source.Sentence));
}
