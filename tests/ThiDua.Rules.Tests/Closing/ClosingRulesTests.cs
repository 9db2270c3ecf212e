using ThiDua.Rules.Closing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Closing;

public class ClosingRulesTests
{
    private static IReadOnlyList<Finding> Run(IPlanRule rule, Action<DocumentFormat.OpenXml.Packaging.WordprocessingDocument>? edit = null) =>
        PlanFixture.Run(rule, PlanFixture.Load(PlanFixture.Compliant, edit));

    [Fact]
    public void Compliant_closing_passes()
    {
        IPlanRule[] rules = [new SigningAuthorityRule(), new SignerNameRule(), new RecipientsLabelRule(), new RecipientItemsRule()];
        foreach (var rule in rules) Assert.Empty(Run(rule));
    }

    [Fact]
    public void Authority_abbreviation_without_period_is_reported_and_fixed()
    {
        var f = Assert.Single(Run(new SigningAuthorityRule(), Retype("TM. ỦY BAN NHÂN DÂN", "TM ỦY BAN NHÂN DÂN")));
        Assert.Equal("TM. ", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Authority_not_bold_is_reported()
    {
        var f = Assert.Single(Run(new SigningAuthorityRule(), Format("CHỦ TỊCH", r => r.Bold = Bold(false))));
        Assert.Equal("CHỦ TỊCH", f.Text);
    }

    [Fact]
    public void Name_with_a_title_before_it_is_reported()
    {
        var f = Assert.Single(Run(new SignerNameRule(), Retype("Nguyễn Văn Diễn", "Ông Nguyễn Văn Diễn")));
        Assert.Equal("", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Name_with_a_degree_before_it_is_reported()
    {
        Assert.Single(Run(new SignerNameRule(), Retype("Nguyễn Văn Diễn", "ThS. Nguyễn Văn Diễn")));
    }

    [Fact]
    public void Misspelt_recipients_label_is_reported_and_fixed()
    {
        var f = Assert.Single(Run(new RecipientsLabelRule(), Retype("Nơi nhận:", "Nơi nhân:")));
        Assert.Equal("Nơi nhận:", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Recipients_label_in_14_pt_is_reported_with_a_12_pt_fix()
    {
        Assert.Equal(12, Assert.Single(Run(new RecipientsLabelRule(), Size("Nơi nhận:", 14))).Fix!.Run!.SizePt);
    }

    [Fact]
    public void Recipient_line_ending_with_a_period_before_the_last_is_reported()
    {
        var f = Assert.Single(Run(new RecipientItemsRule(), Retype("- Ban quản lý các thôn;", "- Ban quản lý các thôn.")));
        Assert.Equal("- Ban quản lý các thôn;", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Archive_line_without_VT_is_reported()
    {
        Assert.Contains("VT", Assert.Single(Run(new RecipientItemsRule(), Retype("- Lưu: VT, VP-TK.", "- Lưu: VP-TK."))).Message);
    }

    [Fact]
    public void Archive_line_without_drafting_unit_is_reported()
    {
        Assert.Contains("đơn vị soạn thảo", Assert.Single(Run(new RecipientItemsRule(), Retype("- Lưu: VT, VP-TK.", "- Lưu: VT."))).Message);
    }

    [Fact]
    public void Recipient_line_in_13_pt_is_reported()
    {
        Assert.Equal(11, Assert.Single(Run(new RecipientItemsRule(), Size("- Ban quản lý các thôn;", 13))).Fix!.Run!.SizePt);
    }
}
