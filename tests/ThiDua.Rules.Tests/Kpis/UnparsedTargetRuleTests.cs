using ThiDua.Rules.Kpis;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Kpis;

public sealed class UnparsedTargetRuleTests
{
    private static readonly UnparsedTargetRule Rule = new();

    [Fact]
    public void Every_target_of_the_compliant_plan_is_read()
    {
        Assert.Empty(PlanFixture.Run(Rule, PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void A_target_whose_figure_was_left_out_is_reported_and_quoted()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, doc =>
            ParagraphEdits.ReplaceText(ParagraphEdits.Find(doc, "2.8."), "giảm còn 1,06%", "giảm còn …%"));
        var finding = Assert.Single(PlanFixture.Run(Rule, plan));
        Assert.Equal("KPI-UNPARSED", finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("hộ nghèo", finding.Text);
        Assert.True(finding.Paragraph >= 0);
    }
}
