using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Header;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;
using static ThiDua.Rules.Tests.SecondRelease.SecondReleaseEdits;

namespace ThiDua.Rules.Tests.SecondRelease;

public sealed class HeaderSecondReleaseTests
{
    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";
    private const string Number = "Số: 16/KH-UBND";
    private const string Date = "Trí Yên, ngày 01 tháng 02 năm 2024";

    [Fact]
    public void Motto_at_13_pt_under_a_13_pt_national_title_breaks_the_size_pair()
    {
        var f = Assert.Single(Run(new HeaderSizePairRule(), Size(Motto, 13)));
        Assert.Contains("Tiêu ngữ", f.Message);
        Assert.Equal(14, f.Fix!.Run!.SizePt);
    }

    [Fact]
    public void The_smaller_pair_12_with_13_passes()
    {
        Assert.Empty(Run(new HeaderSizePairRule(), All(Size(Nation, 12), Size(Motto, 13), Size(Date, 13))));
    }

    [Fact]
    public void A_national_title_alone_off_its_pair_is_the_one_reported()
    {
        var f = Assert.Single(Run(new HeaderSizePairRule(), All(Size(Motto, 13), Size(Date, 13))));
        Assert.Contains("Quốc hiệu", f.Message);
        Assert.Equal(12, f.Fix!.Run!.SizePt);
    }

    [Fact]
    public void Space_after_the_national_title_is_reported_and_fixed()
    {
        var edit = ParagraphProps(Nation, p => p.SpacingBetweenLines = new SpacingBetweenLines { After = "240" });
        var f = Assert.Single(Run(new HeaderSpacingRule(), edit));
        Assert.Contains("12 pt", f.Message);
        Assert.Equal(0, f.Fix!.ParagraphFormat!.SpaceAfterPt);
        Assert.Empty(AfterFix(Bytes(edit), "HDR-SPACING"));
    }

    [Fact]
    public void Motto_at_one_and_a_half_lines_is_reported()
    {
        var f = Assert.Single(Run(new HeaderSpacingRule(), ParagraphProps(Motto, p => p.SpacingBetweenLines = new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto })));
        Assert.Contains("1,5 dòng", f.Message);
        Assert.Equal(1.0, f.Fix!.ParagraphFormat!.LineSpacingLines);
    }

    [Theory]
    [InlineData("Trí yên, ngày 01 tháng 02 năm 2024", "Trí yên, ", "Trí Yên, ")]
    [InlineData("Trí Yên ngày 01 tháng 02 năm 2024", "Trí Yên ", "Trí Yên, ")]
    [InlineData("trí yên ngày 01 tháng 02 năm 2024", "trí yên ", "Trí Yên, ")]
    public void Place_in_lower_case_or_without_its_comma_is_reported_with_the_written_form(string date, string find, string replaceWith)
    {
        var f = Assert.Single(Run(new PlaceCapitalsRule(), Retype(Date, date)));
        var r = Assert.Single(f.Fix!.Replace!);
        Assert.Equal((find, replaceWith), (r.Find, r.ReplaceWith));
        Assert.Empty(AfterFix(Bytes(Retype(Date, date)), "HDR-PLACE-CAPS"));
    }

    [Theory]
    [InlineData("đắk hà", "Đắk Hà")]
    [InlineData("bà rịa-vũng tàu", "Bà Rịa-Vũng Tàu")]
    [InlineData("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")]
    [InlineData("Phường 5", "Phường 5")]
    public void Place_capitals_follow_each_syllable(string place, string expected) =>
        Assert.Equal(expected, PlaceCapitalsRule.Capitalised(place));

    [Fact]
    public void Urgency_mark_as_the_decree_writes_it_passes()
    {
        Assert.Empty(Run(new HeaderMarksRule(), InsertCopyAfter(Number, "KHẨN", r => r.Bold = Bold(true))));
    }

    [Fact]
    public void Urgency_mark_in_lower_case_is_still_the_mark_and_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, InsertCopyAfter(Number, "khẩn", r => r.Bold = Bold(true)));
        var mark = Assert.Single(plan.Header.Marks);
        Assert.Equal("KHẨN", mark.Wording);
        var f = Assert.Single(PlanFixture.Run(new HeaderMarksRule(), plan));
        Assert.Contains("in hoa", f.Message);
        Assert.True(f.Fix!.Run!.AllCaps);
        Assert.Equal("16", plan.Header.DocumentNumber!.Number);
    }

    [Fact]
    public void Urgency_mark_in_other_words_is_reported()
    {
        var f = Assert.Single(Run(new HeaderMarksRule(), InsertCopyAfter(Number, "RẤT KHẨN", r => r.Bold = Bold(true))));
        Assert.Contains("HỎA TỐC, THƯỢNG KHẨN, KHẨN", f.Message);
    }

    [Fact]
    public void A_plan_without_marks_is_silent() => Assert.Empty(Run(new HeaderMarksRule()));
}
