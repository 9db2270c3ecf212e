using System.Reflection;

namespace ThiDua.Rules.Engine;

/// <summary>
/// Every rule of <c>shared/spec/rules.md</c> implemented in this assembly, found once by reflection (each concrete
/// <see cref="IPlanRule"/> with a public parameterless constructor), ordered by rule id.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<IPlanRule>> rules = new(() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlanRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IPlanRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>All rules.</summary>
    public static IReadOnlyList<IPlanRule> All => rules.Value;

    /// <summary>The rule with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public static IPlanRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
