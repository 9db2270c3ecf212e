using ThiDua.Plans.Model;

namespace ThiDua.Rules.Engine;

/// <summary>Runs every rule of the <see cref="RuleCatalog"/> on a recognised plan.</summary>
public static class PlanChecker
{
    /// <summary>
    /// All findings: by plan part (document, header, body, closing), then paragraph, then rule id. Each finding carries the
    /// severity its rule's <see cref="RuleDescription"/> gives (<c>rules.md</c>), whatever the rule wrote.
    /// </summary>
    /// <param name="plan">The recognised plan.</param>
    /// <param name="cancellationToken">Checked before each rule and each finding.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<Finding> Check(PlanDocument plan, CancellationToken cancellationToken = default)
    {
        var context = new RuleContext(plan);
        return RuleCatalog.All
            .SelectMany(rule =>
            {
                var severity = RuleDescriptions.Of(rule.Id).Severity;
                return Checked(rule.Check(context), cancellationToken).Select(f => f.Severity == severity ? f : f with { Severity = severity });
            })
            .OrderBy(f => f.Part)
            .ThenBy(f => f.Paragraph)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Finding> Checked(IEnumerable<Finding> findings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return finding;
        }
    }
}
