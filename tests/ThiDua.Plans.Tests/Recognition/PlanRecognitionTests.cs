using DocumentFormat.OpenXml.Packaging;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Recognition;

/// <summary>The plan model recognised on the corpus plans, each built a different way (table header, tab stops, styles, automatic numbering, no header).</summary>
public sealed class PlanRecognitionTests
{
    private static PlanDocument Recognize(string file)
    {
        using var doc = WordprocessingDocument.Open(Corpus.File(file), false);
        return PlanRecognizer.Recognize(DocxReader.Read(doc));
    }

    [Theory]
    [InlineData("tien-dong-2024.docx", HeaderLayout.Table, "ỦY BAN NHÂN DÂN XÃ TIÊN ĐỘNG", "Số:      /KH-UBND", "Tiên Động, ngày 19  tháng 02 năm 2024")]
    [InlineData("tri-yen-2024.docx", HeaderLayout.Table, "ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", "Số: 16/KH-UBND", "Trí Yên, ngày 01 tháng 02 năm 2024")]
    [InlineData("tri-yen-2024-tagged.docx", HeaderLayout.Table, "ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", "Số: 16/KH-UBND", "Trí Yên, ngày 01 tháng 02 năm 2024")]
    [InlineData("duong-quang-2025.docx", HeaderLayout.TabStops, "ỦY BAN NHÂN DÂN XÃ DƯƠNG QUANG", "Số: /KH-UBND", "Dương Quang, ngày tháng 01 năm 2025")]
    [InlineData("dak-ha-2024.docx", HeaderLayout.Table, "ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ", "Số: /KH-UBND", "Đắk Hà, ngày tháng năm 2024")]
    public void Header_elements_are_found_in_their_columns(string file, HeaderLayout layout, string agency, string number, string placeDate)
    {
        var h = Recognize(file).Header;
        Assert.Equal(layout, h.Layout);
        Assert.Equal(agency, h.IssuingAuthorityText);
        Assert.Equal(number, h.DocumentNumber!.Text);
        Assert.Equal(placeDate, h.PlaceAndDate!.Text);
        Assert.All(h.IssuingAuthority.Append(h.DocumentNumber.Segment), s => Assert.Equal(HeaderColumn.Left, s.Column));
        Assert.All(new[] { h.NationalTitle!, h.Motto!, h.PlaceAndDate.Segment }, s => Assert.Equal(HeaderColumn.Right, s.Column));
        Assert.Equal("KẾ HOẠCH", h.DocumentType!.Text);
        Assert.NotEmpty(h.Subject);
    }

    [Theory]
    [InlineData("tien-dong-2024.docx", LineKind.Border, LineKind.Border, LineKind.Border)]
    [InlineData("tri-yen-2024.docx", LineKind.Drawing, LineKind.Drawing, LineKind.Drawing)]
    [InlineData("duong-quang-2025.docx", LineKind.Drawing, LineKind.Drawing, LineKind.Drawing)]
    [InlineData("dak-ha-2024.docx", LineKind.Border, LineKind.Underline, LineKind.Border)]
    public void Lines_under_agency_motto_and_subject_are_found_however_drawn(string file, LineKind agency, LineKind motto, LineKind subject)
    {
        var h = Recognize(file).Header;
        Assert.Equal(agency, h.AgencyLine!.Kind);
        Assert.Equal(motto, h.MottoLine!.Kind);
        Assert.Equal(subject, h.SubjectLine!.Kind);
        var longestAgency = h.IssuingAuthority.Max(s => s.WidthTwips);
        Assert.InRange(h.AgencyLine.WidthTwips / (double)longestAgency, 0.3, 0.55);
        Assert.InRange(h.MottoLine.WidthTwips / (double)h.Motto!.WidthTwips, 0.8, 1.15);
    }

    [Fact]
    public void Two_lines_drawn_in_one_tab_stop_paragraph_go_to_their_own_columns()
    {
        var h = Recognize("duong-quang-2025.docx").Header;
        Assert.Equal(h.AgencyLine!.Paragraph, h.MottoLine!.Paragraph);
        Assert.True(h.MottoLine.WidthTwips > 2 * h.AgencyLine.WidthTwips);
    }

    [Fact]
    public void A_plan_without_header_has_no_header_elements_but_its_title_and_subject()
    {
        var plan = Recognize("hai-anh-2023.docx");
        Assert.Empty(plan.Header.IssuingAuthority);
        Assert.Null(plan.Header.NationalTitle);
        Assert.Null(plan.Header.DocumentNumber);
        Assert.Equal("KẾ HOẠCH", plan.Header.DocumentType!.Text);
        Assert.Null(plan.Signature!.Name);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], plan.Signature.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Automatic_numbering_is_read_as_typed_headings_would_be()
    {
        var headings = Recognize("tien-dong-2024.docx").Headings;
        Assert.All(headings, h => Assert.Equal(LabelSource.Automatic, h.Source));
        Assert.Equal(["I.", "II.", "III."], headings.Where(h => h.Level == HeadingLevel.Section).Select(h => h.Label));
        Assert.Contains(headings, h => h.Level == HeadingLevel.SubClause && h.Label == "1.8." && h.ParentValue == 1);
    }

    [Fact]
    public void Typed_headings_keep_their_levels_and_styles()
    {
        var headings = Recognize("tri-yen-2024.docx").Headings;
        var roman = headings.Where(h => h.Level == HeadingLevel.Section).ToList();
        Assert.Equal(["I.", "II.", "III."], roman.Select(h => h.Label));
        Assert.Equal("heading 2", roman[1].StyleName);
        Assert.All(headings, h => Assert.Equal(LabelSource.Typed, h.Source));
        // The chỉ tiêu list restarts at 1. inside part II: the reader keeps it as khoản, for NUM-SEQUENCE to judge.
        Assert.Equal(16, headings.Count(h => h.Level == HeadingLevel.Clause && h.Paragraph is >= 32 and <= 47));
    }

    [Theory]
    [InlineData("tri-yen-2024.docx", "Nơi nhân:", 7, "Nguyễn Văn Diễn")]
    [InlineData("duong-quang-2025.docx", "Nơi nhận:", 7, "Vũ Quang Sáng")]
    [InlineData("dak-ha-2024.docx", "Nơi nhận:", 8, "Hà Tiến")]
    public void Recipients_and_signer_are_found_even_when_the_label_is_misspelt(string file, string label, int items, string signer)
    {
        var plan = Recognize(file);
        Assert.Equal(label, plan.Recipients!.Label.Text);
        Assert.Equal(items, plan.Recipients.Items.Count);
        Assert.StartsWith("- Lưu", plan.Recipients.Items[^1].Text);
        Assert.Equal(signer, plan.Signature!.Name!.Text);
    }

    [Fact]
    public void Body_excludes_header_titles_tables_and_closing_and_keeps_numbered_running_text()
    {
        var plan = Recognize("dak-ha-2024.docx");
        Assert.All(plan.BodyParagraphs, i => Assert.Null(plan[i].Cell));
        Assert.DoesNotContain(plan.BodyParagraphs, i => plan.Headings.Any(h => h.Paragraph == i && h.IsTitle));
        Assert.All(plan.Headings.Where(h => !h.IsTitle), h => Assert.Contains(h.Paragraph, plan.BodyParagraphs));
        Assert.True(plan.BodyStart > plan.Header.LastParagraph);
        Assert.True(plan.BodyEnd < plan.Recipients!.Label.Paragraph);
    }

    [Fact]
    public void A_signer_name_typed_in_capitals_is_still_the_name_after_the_signing_space()
    {
        var bytes = File.ReadAllBytes(Corpus.File("tri-yen-2024-compliant.docx"));
        using var ms = new MemoryStream();
        ms.Write(bytes);
        using (var edit = WordprocessingDocument.Open(ms, true))
        {
            var t = edit.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Single(x => x.Text == "Nguyễn Văn Diễn");
            t.Text = "NGUYỄN VĂN DIỄN";
        }
        ms.Position = 0;
        using var doc = WordprocessingDocument.Open(ms, false);
        var plan = PlanRecognizer.Recognize(DocxReader.Read(doc));
        Assert.Equal("NGUYỄN VĂN DIỄN", plan.Signature!.Name!.Text);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], plan.Signature.Lines.Select(l => l.Text));
    }
}
