using ThiDua.Rules.Engine;
using ThiDua.Rules.Profiles;
using ThiDua.Rules.Tests.Support;
using ThiDua.Rules.TextChecks;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.TextChecks;

public sealed class ConfusableWordsRuleTests
{
    private const string Aim = "Phát huy truyền thống thi đua yêu nước";

    [Fact]
    public void Compliant_plan_has_no_real_word_slip() =>
        Assert.Empty(PlanFixture.Run(new ConfusableWordsRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Fact]
    public void A_slip_is_reported_with_the_word_meant_and_its_source()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "Phát huy", "Chia sẽ, phát huy"));
        var f = Assert.Single(PlanFixture.Run(new ConfusableWordsRule(), plan));
        Assert.Equal(("“Chia sẽ”", "“Chia sẻ”"), (f.Observed, f.Expected));
        Assert.Contains("Từ điển tiếng Việt", f.Message);
        var r = Assert.Single(f.Fix!.Replace!);
        Assert.Equal(("Chia sẽ", "Chia sẻ"), (r.Find, r.ReplaceWith));
    }

    [Fact]
    public void Right_words_that_only_look_alike_are_not_reported()
    {
        // "lịch sử | lý luận": the not-after word of the pair; "xử lý" itself is the word meant.
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "Phát huy", "Nghiên cứu lịch sử lý luận, xử lý kịp thời, phát huy"));
        Assert.Empty(PlanFixture.Run(new ConfusableWordsRule(), plan));
    }

    [Fact]
    public void The_fix_replaces_the_slip_in_place()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "yêu nước", "yêu nước, sử lý kịp thời"));
        Assert.Single(FixCheck.Check(docx), f => f.Rule == "TEXT-CONFUSABLE");
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "TEXT-CONFUSABLE"), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void A_profile_extends_the_list()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, Aim), "Phát huy", "Tổ chức tham quang, phát huy"));
        Assert.Empty(PlanFixture.Run(new ConfusableWordsRule(), plan));
        var profile = EffectiveProfile.Of([RuleProfileReader.Read("""
            { "schemaVersion": 1, "name": "gd", "title": "Hồ sơ gd",
              "lists": { "confusables": [ { "written": "tham quang", "meant": "tham quan", "source": "Hướng dẫn của Sở" } ] } }
            """)]);
        var f = Assert.Single(new ConfusableWordsRule().Check(new RuleContext(plan, profile)));
        Assert.Equal("“tham quan”", f.Expected);
        Assert.Contains("Hướng dẫn của Sở", f.Message);
    }
}
