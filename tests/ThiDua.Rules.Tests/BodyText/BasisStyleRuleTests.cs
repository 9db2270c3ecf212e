using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Model;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.BodyText;

public sealed class BasisStyleRuleTests
{
    private const string Opening = "Thực hiện Kế hoạch số 15/KH-UBND";
    private const string Law = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
    private const string Decree = "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;";

    /// <summary>Inserts, before the plan's opening sentence, a paragraph like it with <paramref name="text"/>, italic or not.</summary>
    internal static Paragraph InsertBefore(WordprocessingDocument d, string text, bool italic)
    {
        var opening = Find(d, Opening);
        var p = (Paragraph)opening.CloneNode(true);
        ReplaceText(p, p.InnerText, text);
        Runs(p, r => r.Italic = new Italic { Val = italic });
        opening.InsertBeforeSelf(p);
        return p;
    }

    private static void Italic(Paragraph p) => Runs(p, r => r.Italic = new Italic());

    [Fact]
    public void The_compliant_plan_opens_with_a_sentence_not_a_basis_and_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant);
        var opening = Assert.Single(plan.Basis);
        Assert.True(opening.IsLeadIn);
        Assert.Empty(PlanFixture.Run(new BasisStyleRule(), plan));
    }

    [Fact]
    public void Italic_bases_each_ending_right_pass()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, Law, italic: true);
            InsertBefore(d, Decree, italic: true);
            Italic(Find(d, Opening));
        });
        Assert.Equal([BasisWording.Basis, BasisWording.Basis, BasisWording.Implementation], plan.Basis.Select(b => b.Wording));
        Assert.True(plan.Basis[^1].IsLast);
        Assert.Empty(PlanFixture.Run(new BasisStyleRule(), plan));
        Assert.Empty(PlanFixture.Run(new UprightBodyRule(), plan));
    }

    [Fact]
    public void An_upright_basis_is_still_a_basis_and_is_reported_with_the_italic_fix()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, Law, italic: false);
            InsertBefore(d, Decree, italic: true);
            Italic(Find(d, Opening));
        });
        var f = Assert.Single(FixCheck.Check(docx), f => f.Rule == "BASIS-STYLE");
        Assert.StartsWith("Căn cứ Luật Thi đua", f.Text);
        Assert.Equal("đứng", f.Observed);
        Assert.True(f.Fix!.Run!.Italic);
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "BASIS-STYLE"), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Wrong_endings_are_reported_and_fixed()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, Law.TrimEnd(';') + ",", italic: true);
            var opening = Find(d, Opening);
            ReplaceText(opening, "năm 2024.", "năm 2024;");
            Italic(opening);
        });
        var found = FixCheck.Check(docx).Where(f => f.Rule == "BASIS-STYLE").ToList();
        Assert.Equal(2, found.Count);
        Assert.Contains("dấu chấm phẩy", found[0].Message);
        Assert.Contains("dòng cuối cùng", found[1].Message.Replace("cuối dòng cuối cùng", "dòng cuối cùng"));
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "BASIS-STYLE"), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Two_bases_on_one_line_are_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, Law + " Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;", italic: true);
            Italic(Find(d, Opening));
        });
        var f = Assert.Single(PlanFixture.Run(new BasisStyleRule(), plan));
        Assert.Contains("hai căn cứ trên một dòng", f.Message);
        Assert.Null(f.Fix);
    }

    [Fact]
    public void A_lead_in_ending_in_a_colon_closes_the_bases_and_is_not_one()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, Law, italic: true);
            var opening = Find(d, Opening);
            ReplaceText(opening, opening.InnerText, "Căn cứ tình hình thực tế, Ủy ban nhân dân xã Trí Yên xây dựng Kế hoạch như sau:");
        });
        Assert.Equal([false, true], plan.Basis.Select(b => b.IsLeadIn));
        Assert.Empty(PlanFixture.Run(new BasisStyleRule(), plan));
    }

    [Fact]
    public void A_basis_broken_over_two_paragraphs_is_read_as_one()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            InsertBefore(d, "Căn cứ Luật Tổ chức chính", italic: true);
            InsertBefore(d, "quyền địa phương ngày 19 tháng 6 năm 2015;", italic: true);
            Italic(Find(d, Opening));
        });
        Assert.Equal(2, plan.Basis.Count);
        Assert.True(plan.Basis[0].Line.IsBroken);
        Assert.Empty(PlanFixture.Run(new BasisStyleRule(), plan));
    }

    [Fact]
    public void Running_text_that_opens_with_can_cu_after_the_text_began_is_no_basis()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            var opening = Find(d, Opening);
            var p = (Paragraph)opening.CloneNode(true);
            ReplaceText(p, p.InnerText, "Căn cứ vào kết quả năm trước, các ngành đăng ký thi đua");
            opening.Parent!.InsertAfter(p, Find(d, "Với quyết tâm"));
        });
        Assert.DoesNotContain(plan.Basis, b => b.Wording == BasisWording.Basis);
    }
}
