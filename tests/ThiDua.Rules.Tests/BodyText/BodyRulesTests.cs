using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.BodyText;

public sealed class BodyRulesTests
{
    private const string Opening = "Thực hiện Kế hoạch số 15/KH-UBND";

    [Fact]
    public void Compliant_body_passes_every_body_rule()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant);
        Assert.Empty(PlanFixture.Run(new BodyFontRule(), plan));
        Assert.Empty(PlanFixture.Run(new BodyAlignmentRule(), plan));
        Assert.Empty(PlanFixture.Run(new BodySpacingRule(), plan));
        Assert.Empty(PlanFixture.Run(new EmptyParagraphRule(), plan));
    }

    [Fact]
    public void Body_paragraph_in_12_pt_is_reported_with_the_body_size_as_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Runs(Find(d, Opening), r => r.FontSize = new FontSize { Val = "24" }));
        var f = Assert.Single(PlanFixture.Run(new BodyFontRule(), plan));
        Assert.StartsWith(Opening, f.Text);
        Assert.Contains("12 pt", f.Observed);
        Assert.Equal(14, f.Fix!.Run!.SizePt);
    }

    [Fact]
    public void Body_paragraph_in_13_pt_among_14_pt_breaks_the_one_size_rule()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Runs(Find(d, Opening), r => r.FontSize = new FontSize { Val = "26" }));
        var f = Assert.Single(PlanFixture.Run(new BodyFontRule(), plan));
        Assert.Contains("thống nhất", f.Message);
    }

    [Fact]
    public void Left_aligned_body_paragraph_without_indent_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Properties(Find(d, Opening), p =>
        {
            p.Justification = new Justification { Val = JustificationValues.Left };
            p.Indentation = new Indentation { FirstLine = "0" };
        }));
        var f = Assert.Single(PlanFixture.Run(new BodyAlignmentRule(), plan));
        Assert.Equal("justified", f.Fix!.ParagraphFormat!.Alignment);
        Assert.Equal(720, Math.Round(f.Fix.ParagraphFormat.FirstLineIndentCm!.Value * 567));
    }

    [Fact]
    public void Body_paragraph_without_space_and_double_line_spacing_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Properties(Find(d, Opening), p =>
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "480", LineRule = LineSpacingRuleValues.Auto }));
        var f = Assert.Single(PlanFixture.Run(new BodySpacingRule(), plan));
        Assert.Equal(6, f.Fix!.ParagraphFormat!.SpaceAfterPt);
        Assert.Equal(1.5, f.Fix.ParagraphFormat.LineSpacingLines);
    }

    [Fact]
    public void Exact_line_height_of_18_pt_is_accepted()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Properties(Find(d, Opening), p =>
            p.SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Exact }));
        Assert.Empty(PlanFixture.Run(new BodySpacingRule(), plan));
    }

    [Fact]
    public void Two_empty_paragraphs_in_the_body_are_one_finding()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => InsertEmptyAfter(Find(d, Opening), 2));
        var f = Assert.Single(PlanFixture.Run(new EmptyParagraphRule(), plan));
        Assert.Equal(EmptyParagraphRule.RemoveEmptyParagraphs, f.Fix!.Kind);
        Assert.Contains("2 đoạn trống", f.Message);
    }

    [Fact]
    public void One_empty_paragraph_is_not_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => InsertEmptyAfter(Find(d, Opening), 1));
        Assert.Empty(PlanFixture.Run(new EmptyParagraphRule(), plan));
    }

    [Fact]
    public void Manual_line_break_inside_a_sentence_is_reported_with_a_join_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            var p = Find(d, Opening);
            var run = p.Descendants<Run>().First();
            var text = run.GetFirstChild<Text>()!;
            var words = text.Text.Split(' ');
            text.Text = string.Join(' ', words.Take(3));
            run.AppendChild(new Break());
            run.AppendChild(new Text(string.Join(' ', words.Skip(3))) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        });
        var f = Assert.Single(PlanFixture.Run(new EmptyParagraphRule(), plan));
        var replace = Assert.Single(f.Fix!.Replace!);
        Assert.Contains('\n', replace.Find);
        Assert.DoesNotContain('\n', replace.ReplaceWith);
    }
}
