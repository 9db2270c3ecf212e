using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Rules.Engine;

namespace ThiDua.Service.Tests.Api;

/// <summary><c>GET /api/rules</c>: every rule the check applies, with the clause the pane shows as "vì sao".</summary>
public class RuleEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Rules_are_listed_in_id_order_with_severity_basis_and_clause()
    {
        using var client = factory.CreateClient();
        var rules = JsonDocument.Parse(await client.GetStringAsync("/api/rules")).RootElement.EnumerateArray().ToList();

        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var motto = rules.Single(r => r.GetProperty("id").GetString() == "HDR-MOTTO");
        Assert.Equal("error", motto.GetProperty("severity").GetString());
        Assert.Equal("header", motto.GetProperty("part").GetString());
        Assert.Equal("decree", motto.GetProperty("basis").GetString());
        Assert.Equal("Tiêu ngữ", motto.GetProperty("title").GetString());
        Assert.Contains("Phụ lục I, Phần I, Mục II, khoản 1", motto.GetProperty("clause").GetString());
        var spell = rules.Single(r => r.GetProperty("id").GetString() == "TEXT-SPELL");
        Assert.Equal("house", spell.GetProperty("basis").GetString());
        Assert.Equal("Quy định của cơ quan", spell.GetProperty("clause").GetString());
    }

    [Fact]
    public async Task One_rule_is_found_by_its_id_in_any_case()
    {
        using var client = factory.CreateClient();
        var rule = JsonDocument.Parse(await client.GetStringAsync("/api/rules/rcp-label")).RootElement;
        Assert.Equal("RCP-LABEL", rule.GetProperty("id").GetString());
        Assert.Contains("khoản 9", rule.GetProperty("clause").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task An_unknown_rule_is_a_vietnamese_404_problem()
    {
        using var client = factory.CreateClient();
        var problem = await ProblemAssert.IsProblem(await client.GetAsync("/api/rules/HDR-NONE"), 404, "NotFound");
        Assert.Contains("HDR-NONE", problem.GetProperty("detail").GetString());
    }
}
