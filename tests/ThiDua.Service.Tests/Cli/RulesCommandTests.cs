using System.Text.Json;
using ThiDua.Rules.Engine;

namespace ThiDua.Service.Tests.Cli;

/// <summary><c>thidua rules</c> and <c>thidua explain</c>: each rule with its severity and the clause it applies.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public async Task Rules_lists_every_rule_with_its_clause()
    {
        var (code, output, _) = await CliRun.RunAsync("rules");
        Assert.Equal(0, code);
        foreach (var rule in RuleCatalog.Descriptions)
            Assert.Contains(CliRun.Lines(output), line => line.StartsWith(rule.Id + " ", StringComparison.Ordinal) && line.EndsWith(rule.Clause, StringComparison.Ordinal));
        Assert.Contains("[LỖI]", output);
    }

    [Fact]
    public async Task Rules_as_json_gives_the_descriptions()
    {
        var (code, output, _) = await CliRun.RunAsync("rules", "--format", "json");
        Assert.Equal(0, code);
        var rules = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.Descriptions.Count, rules.Count);
        Assert.Equal("warning", rules.Single(r => r.GetProperty("id").GetString() == "TEXT-SPELL").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Explain_gives_the_explanation_and_the_clause()
    {
        var (code, output, _) = await CliRun.RunAsync("explain", "hdr-motto");
        Assert.Equal(0, code);
        var lines = CliRun.Lines(output);
        Assert.Equal("HDR-MOTTO · LỖI · Tiêu ngữ", lines[0]);
        Assert.Equal("Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm b và c", lines[^1]);
    }

    [Fact]
    public async Task Explain_of_an_unknown_rule_is_a_usage_error()
    {
        var (code, output, error) = await CliRun.RunAsync("explain", "HDR-NONE");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("HDR-NONE", error);
    }
}
