using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Engine;

/// <summary>
/// Each rule explains itself (<see cref="RuleDescriptions"/>): one description per rule, with the severity and the
/// decree-or-house basis that rules.md gives it, a clause, and Vietnamese an officer can read.
/// </summary>
public sealed partial class RuleDescriptionTests
{
    /// <summary>Every rule row of rules.md: id, severity, and whether it is marked <c>*(house)*</c>.</summary>
    private static readonly IReadOnlyDictionary<string, (Severity Severity, bool House)> Spec = ReadSpec();

    [Fact]
    public void Every_catalogued_rule_has_its_description()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), RuleCatalog.Descriptions.Select(d => d.Id));
    }

    [Fact]
    public void Every_rule_of_rules_md_is_described_once_with_its_severity_and_basis()
    {
        Assert.Equal(Spec.Keys.Order(StringComparer.Ordinal), RuleDescriptions.All.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, (severity, house)) in Spec)
        {
            var d = RuleDescriptions.Of(id);
            Assert.True(severity == d.Severity, $"{id}: rules.md says {severity}, the description {d.Severity}");
            Assert.True(house == (d.Basis == RuleBasis.House), $"{id}: rules.md house = {house}, the description {d.Basis}");
        }
    }

    [Fact]
    public void A_decree_rule_names_its_clause_and_a_house_rule_says_so()
    {
        foreach (var d in RuleDescriptions.All.Values)
        {
            if (d.Basis == RuleBasis.House) Assert.Equal(RuleDescriptions.HouseClause, d.Clause);
            else Assert.Matches(@"^Nghị định 30/2020/NĐ-CP, (Phụ lục (I|II|III)|Điều \d+)", d.Clause);
        }
        Assert.Equal("Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm b và c", RuleDescriptions.Of("HDR-MOTTO").Clause);
    }

    [Fact]
    public void Titles_and_explanations_are_vietnamese_nfc_without_rule_ids()
    {
        foreach (var d in RuleDescriptions.All.Values)
            foreach (var text in new[] { d.Title, d.Explanation, d.Clause })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), d.Id);
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"{d.Id}: not NFC: {text}");
                Assert.DoesNotMatch(RuleId(), text);
            }
    }

    [Fact]
    public void A_rule_is_described_by_its_id_whatever_the_case()
    {
        Assert.Equal("Tiêu ngữ", RuleCatalog.Describe("hdr-motto")?.Title);
        Assert.Null(RuleCatalog.Describe("HDR-NONE"));
    }

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void Each_rule_writes_the_severity_of_its_description(string file)
    {
        var plan = PlanFixture.Load(file);
        foreach (var rule in RuleCatalog.All)
            foreach (var finding in PlanFixture.Run(rule, plan))
                Assert.True(RuleDescriptions.Of(rule.Id).Severity == finding.Severity, $"{file}: {rule.Id} wrote {finding.Severity}");
    }

    /// <summary>
    /// Reads the rule rows of rules.md. A row is a house rule when marked <c>*(house)*</c> beside its id or severity, or
    /// when its table's header says <c>rule *(house)*</c> (the content-control table).
    /// </summary>
    private static Dictionary<string, (Severity, bool)> ReadSpec()
    {
        var rows = new Dictionary<string, (Severity, bool)>();
        var houseTable = false;
        foreach (var line in File.ReadLines(Path.Combine(Corpus.SharedDirectory, "spec", "rules.md")))
        {
            if (line.StartsWith("| id |", StringComparison.Ordinal)) houseTable = line.Contains("*(house)*", StringComparison.Ordinal);
            if (SpecRow().Match(line) is not { Success: true } m) continue;
            rows.Add(m.Groups["id"].Value, (Enum.Parse<Severity>(m.Groups["severity"].Value, ignoreCase: true),
                houseTable || m.Groups["house1"].Success || m.Groups["house2"].Success));
        }
        return rows;
    }

    /// <summary>A rule row of rules.md: <c>| REF-INTERNAL *(house)* | warning |</c> or <c>| TEXT-NFC | warning *(house)* |</c>.</summary>
    [GeneratedRegex(@"^\| (?<id>[A-Z]+(?:-[A-Z]+)+)(?<house1> \*\(house\)\*)? \| (?<severity>error|warning|info)(?<house2> \*\(house\)\*)? \|")]
    private static partial Regex SpecRow();

    [GeneratedRegex(@"\b[A-Z]{2,}-[A-Z]{2,}\b")]
    private static partial Regex RuleId();
}
