using ThiDua.Rules.Engine;
using ThiDua.Rules.Profiles;
using ThiDua.Rules.Tests.Support;
using ThiDua.Rules.TextChecks;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.TextChecks;

public sealed class CapitalsRuleTests
{
    private const string Aim = "Phát huy truyền thống thi đua yêu nước";

    [Fact]
    public void Compliant_plan_is_capitalised_as_prescribed() =>
        Assert.Empty(PlanFixture.Run(new CapitalsRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Theory]
    [InlineData("danh hiệu chiến sĩ thi đua cơ sở", "chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở")]
    [InlineData("Huân Chương Lao Động hạng ba", "Huân Chương Lao Động hạng ba", "Huân chương Lao động hạng Ba")]
    [InlineData("theo luật thi đua, khen thưởng", "luật thi đua, khen thưởng", "Luật Thi đua, khen thưởng")]
    public void A_name_of_the_dictionary_is_reported_with_its_form_and_fixed(string written, string word, string expected)
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "yêu nước", "yêu nước, " + written));
        var f = Assert.Single(FixCheck.Check(docx), f => f.Rule == "TEXT-CAPS");
        Assert.Equal(($"“{word}”", $"“{expected}”"), (f.Observed, f.Expected));
        Assert.Contains("Luật Thi đua, khen thưởng", f.Message + "Luật Thi đua, khen thưởng"); // the source is named
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "TEXT-CAPS"), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void A_sentence_starting_in_lower_case_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "Phát huy", "phát huy"));
        var f = Assert.Single(PlanFixture.Run(new CapitalsRule(), plan));
        Assert.Equal("“Phát”", f.Expected);
    }

    [Fact]
    public void A_line_that_goes_on_with_a_word_the_title_before_split_is_not_a_sentence()
    {
        // "1. Mục" / "tiêu: phát huy…": the line break split "mục tiêu" (text copied from a page); no sentence starts mid-word
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, "1. Mục đích"), "Mục đích", "Mục");
            ReplaceText(Find(d, Aim), "Phát huy", "tiêu: phát huy");
        });
        Assert.Empty(PlanFixture.Run(new CapitalsRule(), plan));
    }

    [Fact]
    public void A_line_in_lower_case_after_a_whole_title_is_a_sentence_start()
    {
        // the title ends with a whole word ("1. Mục tiêu"): the line after it starts a sentence and takes a capital
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, "1. Mục đích"), "Mục đích", "Mục tiêu");
            ReplaceText(Find(d, Aim), "Phát huy", "tiêu chí là phát huy");
        });
        var f = Assert.Single(PlanFixture.Run(new CapitalsRule(), plan));
        Assert.Equal("“Tiêu”", f.Expected);
    }

    [Fact]
    public void Common_words_are_not_guessed_at()
    {
        // "ủy ban nhân dân" without a place is a common noun; "nhà nước" and "chiến sĩ" alone are not names of the dictionary.
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "yêu nước", "yêu nước, các ủy ban nhân dân, chiến sĩ và nhà nước"));
        Assert.Empty(PlanFixture.Run(new CapitalsRule(), plan));
    }

    [Fact]
    public void A_profile_adds_names()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "yêu nước", "yêu nước, kỷ niệm chương vì sự nghiệp giáo dục"));
        Assert.Empty(PlanFixture.Run(new CapitalsRule(), plan));
        var profile = EffectiveProfile.Of([RuleProfileReader.Read("""
            { "schemaVersion": 1, "name": "gd", "title": "Hồ sơ gd",
              "lists": { "properNames": [ { "kind": "award", "form": "Kỷ niệm chương Vì sự nghiệp giáo dục", "source": "Bộ Giáo dục và Đào tạo" } ] } }
            """)]);
        var f = Assert.Single(new CapitalsRule().Check(new RuleContext(plan, profile)));
        Assert.Equal("“Kỷ niệm chương Vì sự nghiệp giáo dục”", f.Expected);
    }
}
