using ThiDua.Plans.Authoring;
using ThiDua.Plans.Tests.Authoring;

namespace ThiDua.Rules.Tests.Authoring;

/// <summary>Issue 4: a new plan made in one step for each corpus unit passes the checker — no error, no warning (info for a blank số/ngày allowed).</summary>
public sealed class NewPlanComplianceTests
{
    private static readonly PlanEngine Engine = new();

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void A_new_plan_checks_clean(string unit)
    {
        var bytes = NewPlanBuilder.Create(CorpusUnits.Get(unit).Plan);
        var report = Engine.Check(new MemoryStream(bytes), unit + ".docx");
        var loud = report.Findings.Where(f => f.Severity != Severity.Info).Select(f => $"{f.Rule} @{f.Paragraph} «{f.Text}»: {f.Message}").ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud));
        Assert.All(report.Findings, f => Assert.Contains(f.Rule, new[] { "HDR-NUMBER-BLANK", "HDR-DATE-BLANK" }));
    }

    [Fact]
    public void A_new_plan_with_number_and_date_has_no_finding_at_all()
    {
        var bytes = NewPlanBuilder.Create(CorpusUnits.Get("tri-yen-2024").Plan);
        Assert.Empty(Engine.Check(new MemoryStream(bytes), "tri-yen.docx").Findings);
    }
}
