using ThiDua.Rules.References;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.References;

public sealed class DocumentCitationRuleTests
{
    private const string Basis = "Thực hiện Kế hoạch số 15/KH-UBND";
    private const string Requirement = "Các ngành, các cơ quan, đơn vị, doanh nghiệp khẩn trương";
    private const string Party = "1.5. Tiếp tục tăng cường";

    [Theory]
    [InlineData(PlanFixture.Compliant)]
    [InlineData("tri-yen-2024-tagged.docx")]
    public void Full_first_mentions_and_short_later_ones_pass(string file) =>
        Assert.Empty(PlanFixture.Run(new DocumentCitationRule(), PlanFixture.Load(file)));

    [Fact]
    public void A_first_mention_without_date_and_issuer_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant,
            d => ReplaceText(Find(d, Basis), "Kế hoạch số 15/KH-UBND ngày 22/01/2024 của UBND tỉnh Bắc Giang", "Quyết định số 1203/QĐ-UBND"));
        var f = Assert.Single(PlanFixture.Run(new DocumentCitationRule(), plan));
        Assert.Equal("“Quyết định số 1203/QĐ-UBND”", f.Observed);
        Assert.Contains("ngày ban hành và cơ quan ban hành", f.Message);
        Assert.Null(f.Fix); // nothing later says when and by whom
    }

    [Fact]
    public void A_first_mention_without_its_date_is_reported_even_when_a_later_one_is_full()
    {
        // Party documents: Chỉ thị số 26-CT/TU is first cited in the requirements, in full; swap the two mentions' forms.
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, Requirement), "Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy");
            ReplaceText(Find(d, Party), "Chỉ thị 26-CT/TU của Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy");
        });
        var f = Assert.Single(PlanFixture.Run(new DocumentCitationRule(), plan));
        Assert.Contains("chưa ghi ngày ban hành.", f.Message);
        var r = Assert.Single(f.Fix!.Replace!);
        Assert.Equal(("Chỉ thị số 26-CT/TU", "Chỉ thị số 26-CT/TU ngày 02/6/2023"), (r.Find, r.ReplaceWith));
    }

    [Fact]
    public void Mentions_are_found_in_either_order_and_in_either_date_form()
    {
        var found = DocumentCitations.Find(
            "căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết; Hướng dẫn số 19/HD-UBND của UBND huyện, ngày 07/02/2023; Chỉ thị số 05-CT/TW về đẩy mạnh học tập của Bộ Chính trị; Kế hoạch 5 năm (2021 - 2025); Luật Thi đua, khen thưởng năm 2022");
        Assert.Equal(["98/2023/NĐ-CP", "19/HD-UBND", "05-CT/TW"], found.Select(c => c.Symbol));
        Assert.Equal(("ngày 31 tháng 12 năm 2023", "của Chính phủ"), (found[0].Date, found[0].Issuer));
        Assert.True(found[1].IsComplete);
        // "của Bộ Chính trị" belongs to the trích yếu after "về", not to the mention.
        Assert.Equal((null, null), (found[2].Date, found[2].Issuer));
    }

    [Fact]
    public void The_fix_completes_the_first_mention_from_a_later_one()
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, Requirement), "Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU");
            ReplaceText(Find(d, Party), "Chỉ thị 26-CT/TU của Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy về chấn chỉnh");
        });
        var f = Assert.Single(FixCheck.Check(docx), f => f.Rule == "REF-CITE");
        Assert.Equal("Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy", Assert.Single(f.Fix!.Replace!).ReplaceWith);
        Assert.DoesNotContain(FixCheck.CheckFixed(docx, "REF-CITE"), f => f.Rule == "REF-CITE");
    }
}
