using System.Collections.Frozen;
using System.Text;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The sample profiles shipped with the engine (<c>Profiles/Samples/*.json</c>), usable by name (<c>thidua check --profile
/// tinh-mau</c>): <c>tinh-mau</c>, a province's guide narrowing running text to 14 pt and line spacing to exactly 1,2 lines;
/// <c>truong-mau</c>, a school's rules (signed by the <c>HIỆU TRƯỞNG</c>, the school's drafting units).
/// </summary>
public static class SampleProfiles
{
    private static readonly string[] Names = ["tinh-mau", "truong-mau"];

    private static readonly Lazy<FrozenDictionary<string, RuleProfile>> all = new(() =>
        Names.ToFrozenDictionary(n => n, n => RuleProfileReader.Read(Text(n)), StringComparer.Ordinal));

    /// <summary>Every sample, by name.</summary>
    public static IReadOnlyDictionary<string, RuleProfile> All => all.Value;

    /// <summary>The sample named <paramref name="name"/>, or null.</summary>
    public static RuleProfile? Find(string name) => all.Value.GetValueOrDefault(name);

    /// <summary>The document of the sample <paramref name="name"/>, as shipped.</summary>
    /// <exception cref="KeyNotFoundException">No such sample.</exception>
    public static string Text(string name)
    {
        using var stream = typeof(SampleProfiles).Assembly.GetManifestResourceStream($"ThiDua.Rules.Samples.{name}.json")
            ?? throw new KeyNotFoundException($"No sample profile '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
