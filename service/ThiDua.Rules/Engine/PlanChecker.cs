using ThiDua.Plans.Model;

namespace ThiDua.Rules.Engine;

/// <summary>Runs every rule of the <see cref="RuleCatalog"/> on a recognised plan.</summary>
public static class PlanChecker
{
    /// <summary>All findings: by plan part (document, header, body, closing), then paragraph, then rule id.</summary>
    public static IReadOnlyList<Finding> Check(PlanDocument plan)
    {
        var context = new RuleContext(plan);
        return RuleCatalog.All
            .SelectMany(rule => rule.Check(context))
            .OrderBy(f => f.Part)
            .ThenBy(f => f.Paragraph)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
    }
}
