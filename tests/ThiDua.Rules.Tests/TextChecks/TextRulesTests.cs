using ThiDua.Rules.Tests.Support;
using ThiDua.Rules.TextChecks;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.TextChecks;

public sealed class TextRulesTests
{
    private const string Opening = "Thực hiện Kế hoạch số 15/KH-UBND";

    [Fact]
    public void Compliant_text_passes_spelling_and_unicode_checks()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant);
        Assert.Empty(PlanFixture.Run(new SpellingRule(), plan));
        Assert.Empty(PlanFixture.Run(new UnicodeNormalFormRule(), plan));
    }

    [Fact]
    public void Misspelt_syllable_is_quoted_with_its_correction()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Opening), "của UBND", "vủa UBND"));
        var f = Assert.Single(PlanFixture.Run(new SpellingRule(), plan));
        Assert.Contains("vủa", f.Text);
        var replace = Assert.Single(f.Fix!.Replace!);
        Assert.EndsWith("vủa", replace.Find);
        Assert.EndsWith("của", replace.ReplaceWith);
    }

    [Fact]
    public void Decomposed_paragraph_is_reported_in_nfc_with_the_normalize_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => Decompose(Find(d, Opening)));
        var f = Assert.Single(PlanFixture.Run(new UnicodeNormalFormRule(), plan));
        Assert.StartsWith(Opening, f.Text);
        Assert.Equal(UnicodeNormalFormRule.NormalizeNfc, f.Fix!.Kind);
    }
}

public sealed class SpacingRuleTests
{
    [Fact]
    public void Compliant_text_has_no_spacing_issue()
    {
        Assert.Empty(PlanFixture.Run(new SpacingRule(), PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void Missing_space_after_semicolon_is_quoted_and_fixed()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "Thực hiện Kế hoạch số 15/KH-UBND"), "Thực hiện Kế", "Thực hiện;Kế"));
        var f = Assert.Single(PlanFixture.Run(new SpacingRule(), plan));
        Assert.Contains("hiện;Kế", f.Text);
        Assert.Contains("hiện; Kế", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }
}
