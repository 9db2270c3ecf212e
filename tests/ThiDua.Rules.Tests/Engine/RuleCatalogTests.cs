using System.Text.RegularExpressions;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Tests.Engine;

/// <summary>The rule catalogue is a hand-kept list: it must hold every rule class of the assembly and every id of rules.md, once.</summary>
public sealed partial class RuleCatalogTests
{
    [Fact]
    public void Every_rule_class_of_the_assembly_is_listed_once()
    {
        var classes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlanRule).IsAssignableFrom(t))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var listed = RuleCatalog.All.Select(r => r.GetType().Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void Every_rule_of_rules_md_is_listed_once_in_id_order()
    {
        var spec = File.ReadAllText(Path.Combine(Corpus.SharedDirectory, "spec", "rules.md"));
        var ids = RuleRow().Matches(spec).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids, RuleCatalog.All.Select(r => r.Id));
    }

    [Fact]
    public void The_second_release_is_the_rules_of_that_section_of_rules_md()
    {
        var spec = File.ReadAllText(Path.Combine(Corpus.SharedDirectory, "spec", "rules.md"));
        var start = spec.IndexOf("\n## Second release", StringComparison.Ordinal);
        var end = spec.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        var ids = RuleRow().Matches(spec[start..end]).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(16, ids.Count);
        Assert.Equal(ids, RuleCatalog.SecondRelease);
    }

    [Theory]
    [InlineData("HDR-MOTTO")]
    [InlineData("hdr-motto")]
    public void A_rule_is_found_by_its_id_whatever_the_case(string id) =>
        Assert.Equal("HDR-MOTTO", RuleCatalog.Find(id)?.Id);

    [Fact]
    public void An_unknown_id_finds_no_rule() => Assert.Null(RuleCatalog.Find("HDR-NONE"));

    /// <summary>A row of a rule table of rules.md: <c>| HDR-MOTTO | error | …</c>.</summary>
    [GeneratedRegex(@"^\| ([A-Z]+(?:-[A-Z]+)+)(?: \*\(house\)\*)? \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
