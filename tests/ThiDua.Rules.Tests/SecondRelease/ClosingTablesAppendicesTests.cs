using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Appendices;
using ThiDua.Rules.Closing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;
using ThiDua.Rules.Tables;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.SecondRelease.SecondReleaseEdits;

namespace ThiDua.Rules.Tests.SecondRelease;

public sealed class ClosingTablesAppendicesTests
{
    private const string Name = "Nguyễn Văn Diễn";
    private const string LastRecipient = "- Lưu: VT, VP-TK.";
    private const string LastBodyParagraph = "Trên đây là Kế hoạch tổ chức triển khai phong trào thi đua và công tác";

    private static readonly IPlanRule[] SecondRelease =
    [
        new HeaderSizePairRule(), new HeaderSpacingRule(), new PlaceCapitalsRule(), new HeaderMarksRule(),
        new SigningSpaceRule(), new DrafterLineRule(), new TableLayoutRule(), new AppendixLabelRule(),
    ];

    [Theory]
    [InlineData("tri-yen-2024-compliant.docx")]
    [InlineData("tri-yen-2024-tagged.docx")]
    public void Compliant_plans_pass_every_rule_of_this_set(string file)
    {
        var plan = PlanFixture.Load(file);
        foreach (var rule in SecondRelease) Assert.Empty(PlanFixture.Run(rule, plan));
    }

    [Fact]
    public void Name_right_under_the_title_leaves_no_room_to_sign_and_the_fix_makes_it()
    {
        var edit = ParagraphProps(Name, p => p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0" });
        var f = Assert.Single(Run(new SigningSpaceRule(), edit));
        Assert.Contains("0 dòng trống", f.Message);
        Assert.True(f.Fix!.ParagraphFormat!.SpaceBeforePt >= 48);
        Assert.Empty(AfterFix(Bytes(edit), "SIG-SPACE"));
    }

    [Fact]
    public void Three_empty_lines_make_room_to_sign()
    {
        var edit = All(ParagraphProps(Name, p => p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0" }),
            doc => { var n = Header.DocEdits.Paragraph(doc, Name); for (var i = 0; i < 3; i++) n.InsertBeforeSelf(P("", 14)); });
        Assert.Empty(Run(new SigningSpaceRule(), edit));
    }

    [Fact]
    public void Drafter_line_as_the_decree_writes_it_is_recognised_apart_from_the_recipients_and_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, SecondReleaseEditsInsert("PL.(300)"));
        Assert.Equal("PL.(300)", plan.Drafter!.Segment.Text);
        Assert.Equal(LastRecipient, plan.Recipients!.Items[^1].Text);
        Assert.Empty(PlanFixture.Run(new DrafterLineRule(), plan));
        Assert.Empty(PlanFixture.Run(new RecipientItemsRule(), plan));
    }

    [Fact]
    public void Drafter_line_in_lower_case_is_reported()
    {
        var f = Assert.Single(Run(new DrafterLineRule(), SecondReleaseEditsInsert("pl.(300)")));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("in hoa", f.Message);
        Assert.True(f.Fix!.Run!.AllCaps);
    }

    private static Action<DocumentFormat.OpenXml.Packaging.WordprocessingDocument> SecondReleaseEditsInsert(string text) =>
        InsertCopyAfter(LastRecipient, text);

    [Fact]
    public void Header_table_with_borders_is_reported_and_the_fix_takes_them_off()
    {
        static void Borders(DocumentFormat.OpenXml.Packaging.WordprocessingDocument doc)
        {
            var table = Header.DocEdits.Paragraph(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Ancestors<Table>().Last();
            var tblPr = table.GetFirstChild<TableProperties>()!;
            tblPr.RemoveAllChildren<TableBorders>();
            tblPr.AppendChild(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }));
        }
        var f = Assert.Single(Run(new TableLayoutRule(), Borders));
        Assert.Equal(TableLayoutRule.BordersOff, f.Fix!.Kind);
        Assert.Empty(AfterFix(Bytes(Borders), "TABLE-LAYOUT"));
    }

    [Fact]
    public void Long_work_table_without_a_repeated_header_and_with_its_TT_column_left_is_reported_and_fixed()
    {
        var edit = InsertAfter(LastBodyParagraph, WorkTable(40, repeatHeader: false, JustificationValues.Left));
        var findings = Run(new TableLayoutRule(), edit);
        Assert.Equal([TableLayoutRule.RepeatHeaderRow, TableLayoutRule.CenterNumberColumn], findings.Select(f => f.Fix!.Kind).ToList());
        Assert.Empty(AfterFix(Bytes(edit), "TABLE-LAYOUT"));
    }

    [Fact]
    public void Long_work_table_with_a_repeated_header_and_centred_numbers_passes()
    {
        Assert.Empty(Run(new TableLayoutRule(), InsertAfter(LastBodyParagraph, WorkTable(40, repeatHeader: true, JustificationValues.Center))));
    }

    [Fact]
    public void Short_table_needs_no_repeated_header()
    {
        Assert.Empty(Run(new TableLayoutRule(), InsertAfter(LastBodyParagraph, WorkTable(3, repeatHeader: false, JustificationValues.Center))));
    }

    [Fact]
    public void Table_wider_than_the_text_area_is_reported()
    {
        var f = Assert.Single(Run(new TableLayoutRule(), InsertAfter(LastBodyParagraph, WorkTable(3, repeatHeader: true, JustificationValues.Center, widthTwips: 11000))));
        Assert.Contains("vượt ra ngoài vùng trình bày", f.Message);
    }

    private static Action<DocumentFormat.OpenXml.Packaging.WordprocessingDocument> Appendix(bool pageBreak, string label = "Phụ lục", bool mention = true,
        string attachment = "(Kèm theo Kế hoạch số 16/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân xã Trí Yên)") =>
        All(
            Append(P(label, 14, bold: true, jc: JustificationValues.Center, pageBreakBefore: pageBreak),
                P("CHỈ TIÊU THI ĐUA NĂM 2024", 14, bold: true, jc: JustificationValues.Center),
                P(attachment, 14, italic: true, jc: JustificationValues.Center),
                P("Nội dung chỉ tiêu của các ngành.", 14)),
            mention ? InsertAfter(LastBodyParagraph, P("Chỉ tiêu chi tiết tại Phụ lục kèm theo Kế hoạch này.", 14)) : _ => { });

    [Fact]
    public void Appendix_as_the_decree_lays_it_out_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Appendix(pageBreak: true));
        var appendix = Assert.Single(plan.Appendices);
        Assert.Equal("CHỈ TIÊU THI ĐUA NĂM 2024", Assert.Single(appendix.Title).Text);
        Assert.NotNull(appendix.Attachment);
        Assert.Empty(PlanFixture.Run(new AppendixLabelRule(), plan));
    }

    [Fact]
    public void Appendix_on_the_signature_page_is_reported()
    {
        var f = Assert.Single(Run(new AppendixLabelRule(), Appendix(pageBreak: false)));
        Assert.Contains("trang mới", f.Message);
    }

    [Fact]
    public void Appendix_with_its_title_on_the_label_line_and_not_mentioned_is_reported()
    {
        var findings = Run(new AppendixLabelRule(), Appendix(pageBreak: true, label: "PHỤ LỤC: DANH MỤC CHỈ TIÊU", mention: false));
        Assert.Contains(findings, f => f.Message.Contains("cùng dòng"));
        Assert.Contains(findings, f => f.Message.Contains("không nhắc tới"));
    }

    [Fact]
    public void Appendix_attachment_line_upright_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, All(Appendix(pageBreak: true),
            ParagraphProps("(Kèm theo Kế hoạch số 16/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân xã Trí Yên)", _ => { }),
            doc => { foreach (var i in Header.DocEdits.Paragraph(doc, "(Kèm theo Kế hoạch số 16/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân xã Trí Yên)").Descendants<Italic>().ToList()) i.Remove(); }));
        var f = Assert.Single(PlanFixture.Run(new AppendixLabelRule(), plan));
        Assert.Contains("nghiêng", f.Message);
        Assert.True(f.Fix!.Run!.Italic);
    }

    [Fact]
    public void Plan_without_appendix_is_silent() => Assert.Empty(Run(new AppendixLabelRule()));
}
