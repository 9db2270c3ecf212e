using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Header;

public class HeaderRulesTests
{
    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";
    private const string Number = "Số: 16/KH-UBND";
    private const string Date = "Trí Yên, ngày 01 tháng 02 năm 2024";
    private const string Subject = "Phát động các phong trào thi đua năm 2024";

    private static IReadOnlyList<Finding> Run(IPlanRule rule, Action<DocumentFormat.OpenXml.Packaging.WordprocessingDocument>? edit = null) =>
        PlanFixture.Run(rule, PlanFixture.Load(PlanFixture.Compliant, edit));

    [Theory]
    [InlineData("tri-yen-2024-compliant.docx")]
    [InlineData("tri-yen-2024-tagged.docx")]
    public void Compliant_header_passes_every_header_rule(string file)
    {
        var plan = PlanFixture.Load(file);
        IPlanRule[] rules = [new HeaderLayoutRule(), new NationalTitleRule(), new MottoRule(), new IssuingAuthorityRule(), new DocumentNumberRule(),
            new DocumentNumberBlankRule(), new IssueDateRule(), new IssueDateBlankRule(), new PlaceNameRule(), new DocumentTypeRule(), new SubjectRule()];
        foreach (var rule in rules) Assert.Empty(PlanFixture.Run(rule, plan));
    }

    [Fact]
    public void Tagged_header_elements_carry_their_content_control_tag()
    {
        var plan = PlanFixture.Load("tri-yen-2024-tagged.docx", Size(Number, 14));
        var f = Assert.Single(PlanFixture.Run(new DocumentNumberRule(), plan));
        Assert.StartsWith("thidua:", f.Tag);
    }

    [Fact]
    public void Header_element_taken_out_of_its_column_is_a_layout_error()
    {
        var f = Assert.Single(Run(new HeaderLayoutRule(), doc =>
        {
            var nation = Paragraph(doc, Nation);
            var table = nation.Ancestors<Table>().First();
            nation.Remove();
            table.InsertBeforeSelf(nation);
        }));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void National_title_in_14_pt_is_reported_with_a_13_pt_fix()
    {
        var f = Assert.Single(Run(new NationalTitleRule(), Size(Nation, 14)));
        Assert.Contains("14 pt", f.Message);
        Assert.Equal(13, f.Fix!.Run!.SizePt);
    }

    [Fact]
    public void National_title_with_old_tone_placement_is_accepted()
    {
        Assert.Empty(Run(new NationalTitleRule(), Retype(Nation, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    }

    [Fact]
    public void National_title_in_lower_case_is_reported()
    {
        var f = Assert.Single(Run(new NationalTitleRule(), Retype(Nation, "Cộng hòa xã hội chủ nghĩa Việt Nam")));
        Assert.Contains("in hoa", f.Message);
        Assert.True(f.Fix!.Run!.AllCaps);
    }

    [Fact]
    public void Motto_without_spaces_around_hyphens_is_reported()
    {
        var f = Assert.Single(Run(new MottoRule(), Retype(Motto, "Độc lập-Tự do-Hạnh phúc")));
        Assert.Contains("khoảng trắng", f.Message);
        Assert.Equal(Motto, Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Motto_not_bold_is_reported()
    {
        var f = Assert.Single(Run(new MottoRule(), Format(Motto, r => r.Bold = Bold(false))));
        Assert.True(f.Fix!.Run!.Bold);
    }

    [Fact]
    public void Agency_line_not_bold_is_reported()
    {
        var f = Assert.Single(Run(new IssuingAuthorityRule(), Format("XÃ TRÍ YÊN", r => r.Bold = Bold(false))));
        Assert.Equal("XÃ TRÍ YÊN", f.Text);
        Assert.True(f.Fix!.Run!.Bold);
    }

    [Fact]
    public void Number_below_ten_without_leading_zero_is_reported()
    {
        var f = Assert.Single(Run(new DocumentNumberRule(), Retype(Number, "Số: 6/KH-UBND")));
        Assert.Contains("06", f.Message);
    }

    [Fact]
    public void Symbol_of_another_document_type_is_reported()
    {
        var f = Assert.Single(Run(new DocumentNumberRule(), Retype(Number, "Số: 16/QĐ-UBND")));
        Assert.Contains("KH", f.Message);
    }

    [Theory]
    [InlineData("Số:      /KH-UBND")]
    [InlineData("Số: /KH-UBND")]
    public void Blank_number_is_info_not_an_error(string text)
    {
        Assert.Empty(Run(new DocumentNumberRule(), Retype(Number, text)));
        var f = Assert.Single(Run(new DocumentNumberBlankRule(), Retype(Number, text)));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(text, f.Text);
    }

    [Fact]
    public void Date_without_leading_zeros_is_reported_and_fixed()
    {
        var f = Assert.Single(Run(new IssueDateRule(), Retype(Date, "Trí Yên, ngày 1 tháng 2 năm 2024")));
        Assert.Equal(Date, Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void Double_space_in_the_date_is_reported_and_fixed()
    {
        var f = Assert.Single(Run(new IssueDateRule(), Retype(Date, "Trí Yên, ngày 01  tháng 02 năm 2024")));
        Assert.Contains("khoảng trắng", f.Message);
        Assert.Equal(Date, Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Theory]
    [InlineData("Trí Yên, ngày 30 tháng 02 năm 2024")]
    [InlineData("Trí Yên, ngày 01 tháng 03 năm 2024")]
    public void Impossible_date_or_month_with_needless_zero_is_reported(string text)
    {
        Assert.Single(Run(new IssueDateRule(), Retype(Date, text)));
    }

    [Fact]
    public void Date_upright_is_reported()
    {
        var f = Assert.Single(Run(new IssueDateRule(), Format(Date, r => r.Italic = Italic(false))));
        Assert.True(f.Fix!.Run!.Italic);
    }

    [Theory]
    [InlineData("Trí Yên, ngày    tháng 02 năm 2024")]
    [InlineData("Trí Yên, ngày tháng năm 2024")]
    public void Blank_day_or_month_is_info_not_an_error(string text)
    {
        Assert.Empty(Run(new IssueDateRule(), Retype(Date, text)));
        Assert.Equal(Severity.Info, Assert.Single(Run(new IssueDateBlankRule(), Retype(Date, text))).Severity);
    }

    [Fact]
    public void Place_other_than_the_agency_s_is_reported()
    {
        var f = Assert.Single(Run(new PlaceNameRule(), Retype(Date, "Yên Dũng, ngày 01 tháng 02 năm 2024")));
        Assert.Equal("Trí Yên", f.Expected);
    }

    [Fact]
    public void Place_with_the_word_xa_is_reported()
    {
        var f = Assert.Single(Run(new PlaceNameRule(), Retype(Date, "xã Trí Yên, ngày 01 tháng 02 năm 2024")));
        Assert.Contains("đơn vị hành chính", f.Message);
    }

    [Fact]
    public void Place_written_without_diacritics_matches()
    {
        Assert.Empty(Run(new PlaceNameRule(), Retype(Date, "TRI YEN, ngày 01 tháng 02 năm 2024")));
    }

    [Fact]
    public void Document_type_in_italic_is_reported()
    {
        var f = Assert.Single(Run(new DocumentTypeRule(), Format("KẾ HOẠCH", r => r.Italic = Italic(true))));
        Assert.False(f.Fix!.Run!.Italic);
    }

    [Fact]
    public void Subject_in_italic_is_reported()
    {
        var f = Assert.Single(Run(new SubjectRule(), Format(Subject, r => r.Italic = Italic(true))));
        Assert.Contains("nghiêng", f.Message);
    }

    [Fact]
    public void Subject_in_capitals_is_reported()
    {
        var findings = Run(new SubjectRule(), Retype(Subject, "PHÁT ĐỘNG CÁC PHONG TRÀO THI ĐUA NĂM 2024"));
        Assert.Contains(findings, f => f.Message.Contains("in hoa toàn bộ"));
    }
}
