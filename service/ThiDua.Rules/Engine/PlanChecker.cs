using ThiDua.Plans.Model;
using ThiDua.Rules.Profiles;

namespace ThiDua.Rules.Engine;

/// <summary>Runs the rules of the <see cref="RuleCatalog"/> on a recognised plan, under a rule profile.</summary>
public static class PlanChecker
{
    /// <summary>
    /// All findings of the rules <paramref name="profile"/> leaves on (every rule under the base profile): by plan part
    /// (document, header, body, closing), then paragraph, then rule id. Each finding carries the severity the profile gives
    /// its rule (the rule's <see cref="RuleDescription"/> unless a profile changed it), whatever the rule wrote, and the
    /// title of the profile that set what the rule expects.
    /// </summary>
    /// <param name="plan">The recognised plan.</param>
    /// <param name="profile">The rule profile; <see cref="EffectiveProfile.Base"/> when null.</param>
    /// <param name="cancellationToken">Checked before each rule and each finding.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<Finding> Check(PlanDocument plan, EffectiveProfile? profile = null, CancellationToken cancellationToken = default)
    {
        profile ??= EffectiveProfile.Base;
        var context = new RuleContext(plan, profile);
        return RuleCatalog.All
            .Where(rule => profile.IsEnabled(rule.Id))
            .SelectMany(rule =>
            {
                var severity = profile.SeverityOf(rule.Id);
                var source = profile.SourceOf(rule.Id);
                return Checked(rule.Check(context), cancellationToken).Select(f => f with { Severity = severity, Profile = source });
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
