using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// The acceptance test of the checker: on every file of <c>shared/corpus</c>, every <c>must</c> finding of
/// <c>expected.json</c> is reported (as often as listed, quoting the listed text) and no <c>must_not</c> rule fires.
/// </summary>
public sealed class CorpusExpectationTests
{
    private static readonly PlanEngine Engine = new();

    private static CheckReport CheckFile(string file)
    {
        using var stream = System.IO.File.OpenRead(Corpus.File(file));
        return Engine.Check(stream, file);
    }

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void Every_must_finding_is_reported(string file)
    {
        var report = CheckFile(file);
        var expected = Expectations.All[file];
        var missing = new List<string>();
        foreach (var group in expected.Must.GroupBy(m => m.Rule))
        {
            var found = report.Findings.Where(f => f.Rule == group.Key).ToList();
            if (found.Count < group.Count()) missing.Add($"{group.Key}: {found.Count} found, {group.Count()} expected");
            foreach (var m in group)
            {
                var ok = m.Text == "(missing)"
                    ? found.Any(f => f.Paragraph == -1)
                    : found.Any(f => Quotes(f.Text, m.Text));
                if (!ok) missing.Add($"{m.Rule} «{m.Text}» ({m.Why}); reported: {string.Join(" | ", found.Select(f => f.Text))}");
            }
        }
        Assert.True(missing.Count == 0, $"{file}:\n" + string.Join("\n", missing));
    }

    /// <summary>True when a finding's excerpt quotes the expected text (an excerpt cut with "…" quotes its beginning).</summary>
    private static bool Quotes(string excerpt, string expected)
    {
        var e = Expectations.Squash(excerpt);
        var x = Expectations.Squash(expected);
        if (e.Contains(x, StringComparison.Ordinal)) return true;
        return e.EndsWith('…') && e.Length > 10 && x.StartsWith(e.TrimEnd('…'), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void No_must_not_rule_fires(string file)
    {
        var report = CheckFile(file);
        var wrong = report.Findings.Where(f => Expectations.All[file].MustNot.Contains(f.Rule))
            .Select(f => $"{f.Rule} @{f.Paragraph} «{f.Text}»: {f.Message}").ToList();
        Assert.True(wrong.Count == 0, $"{file}:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("tri-yen-2024-compliant.docx")]
    [InlineData("tri-yen-2024-tagged.docx")]
    public void Compliant_plans_have_no_error_and_no_warning(string file)
    {
        var report = CheckFile(file);
        var loud = report.Findings.Where(f => f.Severity != Severity.Info).Select(f => $"{f.Rule} @{f.Paragraph} «{f.Text}»: {f.Message}").ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud));
    }

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void Every_rule_reported_is_expected_or_optional(string file)
    {
        var report = CheckFile(file);
        var e = Expectations.All[file];
        var allowed = e.Must.Select(m => m.Rule).Concat(e.Optional).Concat(SecondReleaseDefects.Of(file).Select(d => d.Rule)).ToHashSet();
        var unexpected = report.Findings.Where(f => !allowed.Contains(f.Rule)).Select(f => $"{f.Rule} @{f.Paragraph} «{f.Text}»").ToList();
        Assert.True(unexpected.Count == 0, $"{file}:\n" + string.Join("\n", unexpected));
    }

    [Theory]
    [MemberData(nameof(SecondReleaseDefects.Files), MemberType = typeof(SecondReleaseDefects))]
    public void Defects_found_by_the_second_release_rules_are_reported(string file)
    {
        var report = CheckFile(file);
        foreach (var d in SecondReleaseDefects.Of(file))
            Assert.True(report.Findings.Any(f => f.Rule == d.Rule && Expectations.Squash(f.Text).Contains(Expectations.Squash(d.Text))), $"{file}: {d.Rule} «{d.Text}» ({d.Why})");
    }
}
