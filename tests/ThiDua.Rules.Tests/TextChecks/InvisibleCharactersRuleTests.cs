using ThiDua.Rules.Tests.Support;
using ThiDua.Rules.TextChecks;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.TextChecks;

public sealed class InvisibleCharactersRuleTests
{
    private const string Opening = "Thực hiện Kế hoạch số 15/KH-UBND";

    [Fact]
    public void Compliant_plan_has_no_invisible_character() =>
        Assert.Empty(PlanFixture.Run(new InvisibleCharactersRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Fact]
    public void Zero_width_and_no_break_spaces_are_one_finding_per_paragraph_shown_where_they_are()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Opening), "Kế hoạch số 15", "Kế\u00A0hoạch\u200B số 15"));
        var f = Assert.Single(PlanFixture.Run(new InvisibleCharactersRule(), plan));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("Kế·hoạch·", f.Text);
        Assert.Contains("U+00A0", f.Observed);
        Assert.Contains("U+200B", f.Observed);
        Assert.Equal([("\u00A0", " "), ("\u200B", "")], f.Fix!.Replace!.Select(r => (r.Find, r.ReplaceWith)));
    }

    [Fact]
    public void The_fix_removes_them_and_keeps_the_text_as_read()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d => ReplaceText(Find(d, Opening), "Kế hoạch số 15", "Kế\u00A0hoạch\u200B số\u200B15"));
        Assert.Single(FixCheck.Check(docx), f => f.Rule == "TEXT-INVISIBLE");
        var after = FixCheck.CheckFixed(docx, "TEXT-INVISIBLE");
        Assert.DoesNotContain(after, f => f.Severity != Severity.Info);
        var plan = PlanFixture.FromBytes(new PlanEngine().Fix(new MemoryStream(docx), ["TEXT-INVISIBLE"]));
        Assert.Contains(plan.Source.Paragraphs, p => p.Text.StartsWith("Thực hiện Kế hoạch số 15/KH-UBND", StringComparison.Ordinal));
    }
}
