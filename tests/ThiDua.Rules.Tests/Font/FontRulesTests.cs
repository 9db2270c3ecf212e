using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Font;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Font;

public class FontRulesTests
{
    private static RunFonts Fonts(string name) => new() { Ascii = name, HighAnsi = name, ComplexScript = name };

    [Fact]
    public void The_context_lists_each_visible_paragraph_once_with_its_typefaces()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.RunFonts = Fonts("Arial")));
        var context = new ThiDua.Rules.Engine.RuleContext(plan);

        var expected = VisibleText.Paragraphs(plan.Source).ToList();
        Assert.Equal(expected.Select(v => v.Paragraph), context.VisibleParagraphs.Select(v => v.Paragraph));
        for (var i = 0; i < expected.Count; i++) Assert.Equal(VisibleFonts.Of(expected[i].Paragraph), context.FontsOf(i));
        Assert.Contains(Enumerable.Range(0, expected.Count), i => context.FontsOf(i).Contains("Arial"));
        Assert.Same(context.VisibleParagraphs, context.VisibleParagraphs);
    }

    [Fact]
    public void Times_New_Roman_throughout_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant);
        Assert.Empty(PlanFixture.Run(new FontFaceRule(), plan));
        Assert.Empty(PlanFixture.Run(new FontLegacyRule(), plan));
        Assert.Empty(PlanFixture.Run(new FontColorRule(), plan));
    }

    [Fact]
    public void Arial_paragraph_is_reported_with_a_Times_New_Roman_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.RunFonts = Fonts("Arial")));
        var f = Assert.Single(PlanFixture.Run(new FontFaceRule(), plan));
        Assert.Equal("KẾ HOẠCH", f.Text);
        Assert.Contains("Arial", f.Message);
        Assert.Equal("Times New Roman", f.Fix!.Run!.FontName);
    }

    [Fact]
    public void VnTime_text_is_a_legacy_encoding_not_a_wrong_typeface()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.RunFonts = Fonts(".VnTimeH")));
        var f = Assert.Single(PlanFixture.Run(new FontLegacyRule(), plan));
        Assert.Contains("TCVN3", f.Message);
        Assert.Equal(FontLegacyRule.ConvertKind, f.Fix!.Kind);
        Assert.Empty(PlanFixture.Run(new FontFaceRule(), plan));
    }

    [Fact]
    public void VNI_typeface_is_named_as_VNI()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.RunFonts = Fonts("VNI-Times")));
        Assert.Contains("VNI", Assert.Single(PlanFixture.Run(new FontLegacyRule(), plan)).Message);
    }

    [Fact]
    public void TCVN3_text_left_in_a_Unicode_typeface_is_reported()
    {
        var mojibake = ThiDua.Vietnamese.Legacy.LegacyEncoding.FromUnicode("Phát động các phong trào thi đua năm 2024", ThiDua.Vietnamese.Legacy.LegacyEncodingKind.Tcvn3);
        var plan = PlanFixture.Load(PlanFixture.Compliant, Retype("Phát động các phong trào thi đua năm 2024", mojibake));
        Assert.Contains("TCVN3", Assert.Single(PlanFixture.Run(new FontLegacyRule(), plan)).Message);
    }

    [Fact]
    public void Red_text_is_reported_with_a_black_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.Color = new Color { Val = "FF0000" }));
        var f = Assert.Single(PlanFixture.Run(new FontColorRule(), plan));
        Assert.Equal("000000", f.Fix!.Run!.Color);
    }

    [Fact]
    public void Highlighting_left_from_review_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Format("KẾ HOẠCH", r => r.Highlight = new Highlight { Val = HighlightColorValues.Yellow }));
        var f = Assert.Single(PlanFixture.Run(new FontColorRule(), plan));
        Assert.True(f.Fix!.Run!.RemoveHighlight);
    }
}
