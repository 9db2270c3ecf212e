using System.Text.Json;

namespace ThiDua.Rules.Tests.Support;

/// <summary>One expected finding of <c>shared/corpus/expected.json</c>.</summary>
public sealed record ExpectedFinding(string Rule, string Text, string Why);

/// <summary>One expected KPI record of <c>expected.json</c>.</summary>
public sealed record ExpectedKpi(string Label, decimal Value, string Unit, string Comparator, string Code);

/// <summary>What <c>shared/corpus/expected.json</c> says of one corpus file.</summary>
public sealed record FileExpectation(string File, IReadOnlyList<ExpectedFinding> Must, IReadOnlyList<string> MustNot, IReadOnlyList<string> Optional, IReadOnlyList<ExpectedKpi> Kpis);

/// <summary>Reads <c>shared/corpus/expected.json</c> at test time (never copied into the tests).</summary>
public static class Expectations
{
    private static readonly Lazy<IReadOnlyDictionary<string, FileExpectation>> all = new(Load);

    /// <summary>Expectations by file name.</summary>
    public static IReadOnlyDictionary<string, FileExpectation> All => all.Value;

    /// <summary>The corpus file names, for xunit member data.</summary>
    public static IEnumerable<object[]> Files => All.Keys.Order().Select(k => new object[] { k });

    private static IReadOnlyDictionary<string, FileExpectation> Load()
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(Corpus.File("expected.json")));
        var result = new Dictionary<string, FileExpectation>();
        foreach (var file in json.RootElement.EnumerateObject())
        {
            var o = file.Value;
            IReadOnlyList<string> Strings(string name) => o.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var must = o.TryGetProperty("must", out var m)
                ? m.EnumerateArray().Select(x => new ExpectedFinding(x.GetProperty("rule").GetString()!, x.GetProperty("text").GetString()!, x.TryGetProperty("why", out var w) ? w.GetString()! : "")).ToList()
                : [];
            var kpis = o.TryGetProperty("kpis", out var k)
                ? k.EnumerateArray().Select(x => new ExpectedKpi(x.GetProperty("label").GetString()!, x.GetProperty("value").GetDecimal(), x.GetProperty("unit").GetString()!, x.GetProperty("comparator").GetString()!, x.GetProperty("code").GetString()!)).ToList()
                : [];
            result[file.Name] = new FileExpectation(file.Name, must, Strings("must_not"), Strings("optional"), kpis);
        }
        return result;
    }

    /// <summary>Collapses runs of white space to one space, for comparing excerpts.</summary>
    public static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
