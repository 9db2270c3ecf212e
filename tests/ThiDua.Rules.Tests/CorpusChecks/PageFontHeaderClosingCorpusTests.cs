using System.Text.Json;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// The Page, Font, Header and Closing rules on the public corpus: per file, exactly the <c>must</c> findings of
/// <c>shared/corpus/expected.json</c> for these rules (count and quoted text), and silence for the <c>must_not</c> ones.
/// expected.json is read at test time.
/// </summary>
public class PageFontHeaderClosingCorpusTests
{
    private static readonly string[] Rules =
    [
        "PAGE-SIZE", "PAGE-MARGIN", "PAGE-NUMBER", "FONT-FACE", "FONT-LEGACY", "FONT-COLOR",
        "HDR-LAYOUT", "HDR-NATION", "HDR-MOTTO", "HDR-AGENCY", "HDR-NUMBER", "HDR-NUMBER-BLANK", "HDR-DATE", "HDR-DATE-BLANK",
        "HDR-PLACE", "HDR-TITLE", "HDR-SUBJECT", "SIG-AUTHORITY", "SIG-NAME", "RCP-LABEL", "RCP-ITEMS",
    ];

    private static JsonElement Expected(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Directory, "expected.json")));
        return doc.RootElement.GetProperty(file).Clone();
    }

    public static TheoryData<string, string> MustCases()
    {
        var data = new TheoryData<string, string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Directory, "expected.json")));
        foreach (var file in doc.RootElement.EnumerateObject())
            foreach (var rule in Rules)
                if (file.Value.GetProperty("must").EnumerateArray().Any(m => m.GetProperty("rule").GetString() == rule))
                    data.Add(file.Name, rule);
        return data;
    }

    public static TheoryData<string, string> MustNotCases()
    {
        var data = new TheoryData<string, string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Directory, "expected.json")));
        foreach (var file in doc.RootElement.EnumerateObject())
            foreach (var rule in file.Value.GetProperty("must_not").EnumerateArray().Select(r => r.GetString()!))
                if (Rules.Contains(rule)) data.Add(file.Name, rule);
        return data;
    }

    [Theory]
    [MemberData(nameof(MustCases))]
    public void Rule_reports_exactly_the_expected_findings(string file, string ruleId)
    {
        var expected = Expected(file).GetProperty("must").EnumerateArray()
            .Where(m => m.GetProperty("rule").GetString() == ruleId)
            .Select(m => m.GetProperty("text").GetString()!)
            .ToList();
        var findings = PlanFixture.Run(RuleCatalog.Find(ruleId)!, PlanFixture.Load(file)).ToList();

        Assert.Equal(expected.Count, findings.Count);
        foreach (var text in expected)
        {
            var match = findings.FirstOrDefault(f => Quotes(f, text));
            Assert.True(match is not null, $"{ruleId} on {file}: no finding quotes “{text}”; got: {string.Join(" | ", findings.Select(f => f.Text))}");
            Assert.True(match!.Evaluated);
            findings.Remove(match);
        }
    }

    [Theory]
    [MemberData(nameof(MustNotCases))]
    public void Rule_stays_silent_where_the_corpus_forbids_it(string file, string ruleId)
    {
        var findings = PlanFixture.Run(RuleCatalog.Find(ruleId)!, PlanFixture.Load(file));
        Assert.True(findings.Count == 0, $"{ruleId} on {file}: {string.Join(" | ", findings.Select(f => f.Text + " — " + f.Message))}");
    }

    [Fact]
    public void Every_rule_of_this_group_is_in_the_catalogue()
    {
        foreach (var id in Rules) Assert.NotNull(RuleCatalog.Find(id));
    }

    /// <summary>True when the finding quotes <paramref name="text"/>: equal, contained, or cut to the excerpt length; <c>(missing)</c> is a missing element at paragraph -1.</summary>
    private static bool Quotes(Finding f, string text)
    {
        if (text == "(missing)") return f.Paragraph == -1 && f.Text == "(thiếu)";
        if (f.Text == text || f.Text.Contains(text, StringComparison.Ordinal)) return true;
        return f.Text.EndsWith('…') && text.StartsWith(f.Text[..^1], StringComparison.Ordinal);
    }
}
