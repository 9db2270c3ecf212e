using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Numbering;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.Numbering;

public sealed class NumberingRulesTests
{
    [Fact]
    public void Compliant_numbering_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant);
        Assert.Empty(PlanFixture.Run(new NumberingSequenceRule(), plan));
        Assert.Empty(PlanFixture.Run(new NumberingStyleRule(), plan));
    }

    [Fact]
    public void Section_number_skipped_is_reported_naming_both_places()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "III. TỔ CHỨC"), "III.", "IV."));
        var f = Assert.Single(PlanFixture.Run(new NumberingSequenceRule(), plan));
        Assert.StartsWith("IV. TỔ CHỨC THỰC HIỆN", f.Text);
        Assert.Contains("“II.”", f.Message);
        Assert.Contains("nhảy cóc", f.Message);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Clause_number_repeated_is_reported_once()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "2. Yêu cầu"), "2.", "1."));
        var f = Assert.Single(PlanFixture.Run(new NumberingSequenceRule(), plan));
        Assert.StartsWith("1. Yêu cầu", f.Text);
        Assert.Contains("1. Mục đích", f.Message);
    }

    [Fact]
    public void Sub_clause_whose_first_number_is_not_its_clause_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "1.2. Thi đua"), "1.2.", "2.2."));
        var f = Assert.Single(PlanFixture.Run(new NumberingSequenceRule(), plan));
        Assert.StartsWith("2.2.", f.Text);
    }

    [Fact]
    public void Italic_section_title_is_reported_at_that_title()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Runs(Find(d, "II. NỘI DUNG"), r => r.Italic = new Italic()));
        var f = Assert.Single(PlanFixture.Run(new NumberingStyleRule(), plan));
        Assert.StartsWith("II. NỘI DUNG THI ĐUA", f.Text);
        Assert.Contains("in nghiêng", f.Message);
        Assert.Null(f.Fix);
    }

    [Fact]
    public void Clause_title_with_another_indent_is_reported_against_the_first_one()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Properties(Find(d, "2. Yêu cầu"), p => p.Indentation = new Indentation { FirstLine = "0" }));
        var f = Assert.Single(PlanFixture.Run(new NumberingStyleRule(), plan));
        Assert.StartsWith("2. Yêu cầu", f.Text);
        Assert.Contains("khác “1.”", f.Message);
    }

    [Fact]
    public void Bold_sub_clause_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Runs(Find(d, "1.2. Thi đua"), r => r.Bold = new Bold()));
        var f = Assert.Single(PlanFixture.Run(new NumberingStyleRule(), plan));
        Assert.StartsWith("1.2.", f.Text);
        Assert.Contains("in đậm", f.Message);
    }
}
