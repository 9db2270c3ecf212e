using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.References;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.References;

public sealed class InternalReferenceRuleTests
{
    private const string Proposal = "Đề nghị các ngành, các cơ quan, đơn vị trong xã";

    private static IReadOnlyList<Finding> With(string sentence, Action<WordprocessingDocument>? more = null) =>
        PlanFixture.Run(new InternalReferenceRule(), PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, Proposal), "những nhiệm vụ, giải pháp sau:", sentence);
            more?.Invoke(d);
        }));

    /// <summary>An appendix after the signature: its opening line, then its title.</summary>
    private static void AddAppendix(WordprocessingDocument d, string label)
    {
        var body = d.MainDocumentPart!.Document!.Body!;
        var sectPr = body.Elements<SectionProperties>().Last();
        sectPr.InsertBeforeSelf(new Paragraph(new Run(new Text(label))));
        sectPr.InsertBeforeSelf(new Paragraph(new Run(new Text("BIỂU CHỈ TIÊU THI ĐUA NĂM 2024"))));
    }

    [Theory]
    [InlineData(PlanFixture.Compliant)]
    [InlineData("tri-yen-2024-tagged.docx")]
    public void Plans_without_references_pass(string file) =>
        Assert.Empty(PlanFixture.Run(new InternalReferenceRule(), PlanFixture.Load(file)));

    [Theory]
    [InlineData("các nhiệm vụ tại Mục II và khoản 1 Mục I:")]
    [InlineData("các chỉ tiêu tại tiểu mục 2.16 Mục II, khoản 3 nêu trên:")] // khoản 3 of Mục III, where the sentence stands
    [InlineData("nhiệm vụ theo khoản 1 Điều 24 Luật Thi đua, khen thưởng và Mục II Phụ lục I Nghị định số 30/2020/NĐ-CP:")]
    [InlineData("các mục tiêu, danh mục công việc:")]
    public void References_to_existing_parts_or_to_other_documents_pass(string sentence) => Assert.Empty(With(sentence));

    [Theory]
    [InlineData("các nhiệm vụ tại Mục IV:", "kế hoạch không có Mục IV", "Mục có trong kế hoạch: I, II, III")]
    [InlineData("các nhiệm vụ tại khoản 3 Mục I:", "không có khoản 3 trong Mục I", "Khoản có trong Mục I: 1, 2")]
    [InlineData("các nhiệm vụ tại khoản 5 nêu trên:", "không có khoản 5 trong Mục III", "Khoản có trong Mục III: 1, 2, 3")]
    [InlineData("các chỉ tiêu tại tiểu mục 2.17 Mục II:", "không có tiểu mục 2.17 trong Mục II", "2.16")]
    [InlineData("biểu tại Phụ lục I:", "kế hoạch không có phụ lục", "Phụ lục được dẫn chiếu có kèm theo kế hoạch")]
    public void A_reference_to_a_missing_part_is_reported(string sentence, string missing, string expected)
    {
        var f = Assert.Single(With(sentence));
        Assert.Contains(missing, f.Message);
        Assert.Contains(expected, f.Expected);
        Assert.Null(f.Fix);
    }

    [Fact]
    public void An_appendix_that_exists_passes_and_one_that_does_not_is_named()
    {
        Assert.Empty(With("biểu tại Phụ lục I:", d => AddAppendix(d, "Phụ lục I")));
        Assert.Empty(With("biểu tại Phụ lục I:", d => AddAppendix(d, "PHỤ LỤC"))); // one appendix needs no number
        var f = Assert.Single(With("biểu tại Phụ lục II:", d => AddAppendix(d, "Phụ lục I")));
        Assert.Contains("không có Phụ lục II", f.Message);
    }
}
