using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.BodyText;

public sealed class UprightBodyRuleTests
{
    private const string Aim = "Phát huy truyền thống thi đua yêu nước";

    [Fact]
    public void Compliant_body_is_upright() =>
        Assert.Empty(PlanFixture.Run(new UprightBodyRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Fact]
    public void An_italic_running_paragraph_is_reported_and_the_fix_sets_it_upright()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d => Runs(Find(d, Aim), r => r.Italic = new Italic()));
        var f = Assert.Single(FixCheck.Check(docx), f => f.Rule == "BODY-UPRIGHT");
        Assert.StartsWith(Aim, f.Text);
        Assert.False(f.Fix!.Run!.Italic);
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "BODY-UPRIGHT"), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void A_few_words_in_italic_for_emphasis_are_allowed()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            var p = Find(d, Aim);
            var first = p.Descendants<Run>().First();
            var emphasis = (Run)first.CloneNode(true);
            foreach (var t in emphasis.Descendants<Text>()) t.Text = "“Thi đua là yêu nước” ";
            (emphasis.RunProperties ??= new RunProperties()).Italic = new Italic();
            first.InsertBeforeSelf(emphasis);
        });
        Assert.Empty(PlanFixture.Run(new UprightBodyRule(), plan));
    }

    [Fact]
    public void An_italic_numbered_khoan_without_title_is_running_text_and_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Runs(Find(d, "1.1. Các ngành"), r => r.Italic = new Italic()));
        var f = Assert.Single(PlanFixture.Run(new UprightBodyRule(), plan));
        Assert.StartsWith("1.1. Các ngành", f.Text);
    }
}
