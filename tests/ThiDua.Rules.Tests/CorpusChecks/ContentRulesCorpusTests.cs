using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// The body, numbering, structure, text, tag and KPI rules on every corpus file, rule by rule, against
/// <c>shared/corpus/expected.json</c> (read at test time): each <c>must</c> entry of these rules is reported (as often as
/// listed, quoting its text), each <c>must_not</c> rule stays silent, and nothing is reported that is neither expected nor
/// optional.
/// </summary>
public sealed class ContentRulesCorpusTests
{
    /// <summary>The rules this class covers.</summary>
    public static readonly string[] RuleIds =
    [
        "BODY-FONT", "BODY-ALIGN", "BODY-SPACING", "BODY-EMPTY", "NUM-SEQUENCE", "NUM-STYLE", "STRUCT-SECTIONS",
        "TEXT-SPELL", "TEXT-SPACE", "TEXT-NFC", "TAG-MISSING", "TAG-BROKEN", "KPI-UNPARSED",
    ];

    /// <summary>Every (corpus file, rule) pair whose rule is implemented.</summary>
    public static IEnumerable<object[]> Cases =>
        from file in Expectations.All.Keys.Order()
        from id in RuleIds
        where RuleCatalog.Find(id) is not null
        select new object[] { file, id };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_reports_exactly_what_the_corpus_expects(string file, string ruleId)
    {
        var expectation = Expectations.All[file];
        var findings = PlanFixture.Run(RuleCatalog.Find(ruleId)!, PlanFixture.Load(file));
        var describe = string.Join("\n", findings.Select(f => $"  @{f.Paragraph} «{f.Text}»: {f.Message}"));

        if (expectation.MustNot.Contains(ruleId))
            Assert.True(findings.Count == 0, $"{ruleId} must stay silent on {file}:\n{describe}");

        var must = expectation.Must.Where(m => m.Rule == ruleId).ToList();
        Assert.True(findings.Count >= must.Count, $"{ruleId} on {file}: {findings.Count} findings, {must.Count} expected:\n{describe}");
        foreach (var m in must)
            Assert.True(findings.Any(f => Quotes(f, m.Text)), $"{ruleId} on {file}: no finding quotes «{m.Text}» ({m.Why}):\n{describe}");

        if (must.Count == 0 && !expectation.Optional.Contains(ruleId))
            Assert.True(findings.Count == 0, $"{ruleId} is neither expected nor optional on {file}:\n{describe}");
    }

    private static bool Quotes(Finding f, string expected) =>
        expected == "(missing)"
            ? f.Paragraph == -1
            : Expectations.Squash(f.Text).Contains(Expectations.Squash(expected), StringComparison.Ordinal);
}
