using System.Text;
using ThiDua.Docx.Formatting;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Standard;

/// <summary>The Nghị định 30 kernel: looks a rule profile can narrow but not widen, the open vocabulary of signers' titles, the one text key.</summary>
public sealed class PlanStandardTests
{
    [Fact]
    public void Every_element_has_a_look_whose_authored_size_is_allowed()
    {
        foreach (var element in Enum.GetValues<PlanElement>())
        {
            var look = PlanStandard.Nd30[element];
            Assert.True(look.Size.Contains(look.AuthoredPt), $"{element}: {look.AuthoredPt} pt outside {look.Size.Describe()}");
        }
    }

    [Fact]
    public void A_profile_narrows_a_range_and_moves_the_authored_size_into_it()
    {
        var house = PlanStandard.Nd30.WithLook(PlanElement.PlaceAndDate, l => l.Narrow(13, 13));
        Assert.Equal(new SizeRange(13, 13), house[PlanElement.PlaceAndDate].Size);
        Assert.Equal(13, house[PlanElement.PlaceAndDate].AuthoredPt);
        Assert.Equal(new SizeRange(13, 14), PlanStandard.Nd30[PlanElement.PlaceAndDate].Size);
    }

    [Fact]
    public void A_profile_cannot_widen_what_the_decree_fixes() =>
        Assert.Throws<ArgumentException>(() => PlanStandard.Nd30[PlanElement.DocumentNumber].Narrow(14, 14));

    [Fact]
    public void A_left_look_accepts_a_justified_line() =>
        Assert.True(PlanStandard.Nd30[PlanElement.RecipientsLabel].Accepts(Alignment.Justified));

    [Fact]
    public void Looks_describe_themselves_in_Vietnamese() =>
        Assert.Equal("in hoa, cỡ 12–13 pt, đứng, đậm, căn giữa", PlanStandard.Nd30[PlanElement.NationalTitle].Describe());

    [Theory]
    [InlineData("CHỦ TỊCH", true)]
    [InlineData("Phó Chủ tịch", true)]
    [InlineData("HIỆU TRƯỞNG", true)]
    [InlineData("PHÓ HIỆU TRƯỞNG", true)]
    [InlineData("TRƯỞNG PHÒNG NỘI VỤ", true)]
    [InlineData("Trưởng trạm y tế", true)]
    [InlineData("TỔNG GIÁM ĐỐC", true)]
    [InlineData("TỔNG BIÊN TẬP", true)]
    [InlineData("BÍ THƯ", true)]
    [InlineData("TRƯỜNG THCS XUÂN HIỆP", false)]
    [InlineData("Chủ tịch UBND xã chỉ đạo các ngành, đơn vị triển khai thực hiện.", false)]
    [InlineData("Nguyễn Văn Diễn", false)]
    [InlineData("ỦY BAN NHÂN DÂN", false)]
    public void Signer_titles_are_an_open_vocabulary_read_in_any_case(string line, bool title) =>
        Assert.Equal(title, PlanStandard.Nd30.IsSignerTitle(line));

    [Fact]
    public void A_profile_extends_the_titles_of_signers()
    {
        Assert.False(PlanStandard.Nd30.IsSignerTitle("GIÁM THỊ"));
        Assert.True(PlanStandard.Nd30.WithSignerTitles(["Giám thị"]).IsSignerTitle("GIÁM THỊ"));
    }

    [Theory]
    [InlineData("Nơi nhân:", "NOI NHAN:")]
    [InlineData("  Đắk   Hà\t", "DAK HA")]
    [InlineData("Hoà", "HOA")]
    [InlineData("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA", "CONG HOA XA HOI CHU NGHIA")]
    public void The_text_key_folds_case_marks_and_spaces(string text, string key)
    {
        Assert.Equal(key, TextKey.Fold(text));
        Assert.Equal(key, TextKey.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void The_lower_fold_keeps_every_index() =>
        Assert.Equal("dak ha, ngay 01", TextKey.FoldLower("Đắk Hà, ngày 01"));

    [Theory]
    [InlineData(new[] { "ỦY", "BAN", "NHÂN", "DÂN", "THỊ", "XÃ", "BỈM", "SƠN" }, 4, 2, "thị xã")]
    [InlineData(new[] { "UBND", "xã", "Trí", "Yên" }, 1, 1, "xã")]
    public void The_last_administrative_level_of_a_name_is_found(string[] words, int index, int length, string level) =>
        Assert.Equal((index, length, level), AdministrativeLevels.FindLast(words));

    [Theory]
    [InlineData("XIV", 14)]
    [InlineData("IIII", 0)]
    [InlineData("L", 50)]
    public void Roman_numerals_are_read_only_when_well_formed(string roman, int value) => Assert.Equal(value, RomanNumeral.Value(roman));

    [Theory]
    [InlineData('a', 1)]
    [InlineData('đ', 5)]
    [InlineData('g', 7)]
    [InlineData('f', 0)]
    public void Point_letters_follow_the_Vietnamese_alphabet(char letter, int value) => Assert.Equal(value, NumberingLabels.PointValue(letter));
}
