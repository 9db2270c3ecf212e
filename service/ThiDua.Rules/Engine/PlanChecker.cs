using ThiDua.Plans.Model;

namespace ThiDua.Rules.Engine;

/// <summary>Runs every rule of the <see cref="RuleCatalog"/> on a recognised plan.</summary>
public static class PlanChecker
{
    /// <summary>
    /// All findings: by plan part (document, header, body, closing), then paragraph, then rule id. Each finding carries the
    /// severity its rule's <see cref="RuleDescription"/> gives (<c>rules.md</c>), whatever the rule wrote.
    /// </summary>
    public static IReadOnlyList<Finding> Check(PlanDocument plan)
    {
        var context = new RuleContext(plan);
        return RuleCatalog.All
            .SelectMany(rule =>
            {
                var severity = RuleDescriptions.Of(rule.Id).Severity;
                return rule.Check(context).Select(f => f.Severity == severity ? f : f with { Severity = severity });
            })
            .OrderBy(f => f.Part)
            .ThenBy(f => f.Paragraph)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
    }
}
