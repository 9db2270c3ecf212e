using ThiDua.Plans.Extraction;
using ThiDua.Rules.Closing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Recognition;

/// <summary>
/// The signature is found by position and wording in any case — <c>TM.</c>/<c>KT.</c>… or a chức danh of any body above the
/// name — then judged: an authority in lower case is reported with a fix; a school's, a department's or a committee's
/// signer is no error.
/// </summary>
public sealed class SignatureByMeaningTests
{
    private static readonly IPlanRule[] ClosingRules = [new SigningAuthorityRule(), new SignerNameRule(), new RecipientsLabelRule()];

    [Fact]
    public void An_authority_typed_in_lower_case_is_reported_with_a_fix_to_capitals()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            Retype("TM. ỦY BAN NHÂN DÂN", "TM. Ủy ban nhân dân")(d);
            Retype("CHỦ TỊCH", "Chủ tịch")(d);
        });
        Assert.Equal(["TM. Ủy ban nhân dân", "Chủ tịch"], plan.Signature!.Lines.Select(l => l.Text));
        var findings = PlanFixture.Run(new SigningAuthorityRule(), plan);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Contains("không in hoa", f.Message);
            Assert.True(f.Fix!.Run!.AllCaps);
        });
        Assert.Empty(PlanFixture.Run(new SignerNameRule(), plan));
    }

    [Theory]
    [InlineData("Tm. ỦY BAN NHÂN DÂN", "Tm.")]
    [InlineData("T/M ỦY BAN NHÂN DÂN", "T/M")]
    [InlineData("TM ỦY BAN NHÂN DÂN", "TM")]
    public void An_abbreviation_written_otherwise_is_reported_with_the_decree_s_form(string line, string written)
    {
        var f = Assert.Single(PlanFixture.Run(new SigningAuthorityRule(), PlanFixture.Load(PlanFixture.Compliant, Retype("TM. ỦY BAN NHÂN DÂN", line))));
        Assert.Contains($"“{written}”", f.Message);
        Assert.Equal("TM. ", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Theory]
    [InlineData("HIỆU TRƯỞNG")]
    [InlineData("GIÁM ĐỐC")]
    [InlineData("TRƯỞNG BAN")]
    [InlineData("TRƯỞNG PHÒNG NỘI VỤ")]
    [InlineData("TRƯỞNG TRẠM Y TẾ")]
    [InlineData("BÍ THƯ")]
    [InlineData("PHÓ GIÁM ĐỐC")]
    [InlineData("CHÁNH VĂN PHÒNG")]
    public void A_signer_signing_in_their_own_name_with_any_title_is_no_error(string title)
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            Paragraph(d, "TM. ỦY BAN NHÂN DÂN").Remove();
            Retype("CHỦ TỊCH", title)(d);
        });
        Assert.Empty(plan.Signature!.Authority);
        Assert.Equal(title, plan.Signature.Title!.Text);
        Assert.Equal("Nguyễn Văn Diễn", plan.Signature.Name!.Text);
        foreach (var rule in ClosingRules) Assert.Empty(PlanFixture.Run(rule, plan));
        var metadata = PlanMetadataReader.Read(plan);
        Assert.Equal((title, "", "Nguyễn Văn Diễn"), (metadata.SignerTitle, metadata.SignerAuthority, metadata.SignerName));
    }

    [Theory]
    [InlineData("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG")]
    [InlineData("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN")]
    [InlineData("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    public void A_signer_on_behalf_of_a_school_a_committee_or_a_department_is_no_error(string authority, string title)
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            Retype("TM. ỦY BAN NHÂN DÂN", authority)(d);
            Retype("CHỦ TỊCH", title)(d);
        });
        Assert.Equal(authority, Assert.Single(plan.Signature!.Authority).Segment.Text);
        Assert.Equal(title, plan.Signature.Title!.Text);
        foreach (var rule in ClosingRules) Assert.Empty(PlanFixture.Run(rule, plan));
    }

    [Fact]
    public void A_deputy_without_own_title_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            Retype("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")(d);
            Paragraph(d, "CHỦ TỊCH").Remove();
        });
        var f = Assert.Single(PlanFixture.Run(new SigningAuthorityRule(), plan));
        Assert.Contains("thiếu chức vụ", f.Message);
    }
}
