using ThiDua.Vietnamese.Spacing;

namespace ThiDua.Vietnamese.Tests.Spacing;

public class TextSpacingTests
{
    private static string Describe(SpacingIssue issue) => $"{issue.Kind} {issue.Excerpt} → {issue.Replacement}";

    [Theory]
    [InlineData("lựa chọn chính  xác hiệu quả", "DoubleSpace chính  xác → chính xác")]
    [InlineData("đồng bộ tốt cả 4 khâu:  Phát hiện", "DoubleSpace khâu:  Phát → khâu: Phát")]
    [InlineData("ba   dấu cách", "DoubleSpace ba   dấu → ba dấu")]
    [InlineData("dấu cách\u00A0 không ngắt", "DoubleSpace cách\u00A0 không → cách không")]
    public void Two_or_more_spaces_between_words_are_reported(string text, string expected)
    {
        Assert.Equal([expected], TextSpacing.Check(text).Select(Describe));
    }

    [Fact]
    public void Every_space_separator_and_nothing_else_counts_as_a_space()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var isSpace = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;
            var doubled = TextSpacing.Check($"chính{c}{c}xác").Any(i => i.Kind == SpacingIssueKind.DoubleSpace);
            Assert.True(isSpace == doubled, $"U+{code:X4}: space separator {isSpace}, reported as a double space {doubled}");
        }
    }

    [Theory]
    [InlineData("kinh tế , xã hội", "SpaceBeforePunctuation tế , → tế,")]
    [InlineData("như sau :", "SpaceBeforePunctuation sau : → sau:")]
    [InlineData("Nơi nhận  :", "SpaceBeforePunctuation nhận  : → nhận:")]
    [InlineData("thực hiện ; tổ chức", "SpaceBeforePunctuation hiện ; → hiện;")]
    [InlineData("hoàn thành .", "SpaceBeforePunctuation thành . → thành.")]
    [InlineData("vì sao ?", "SpaceBeforePunctuation sao ? → sao?")]
    public void A_space_before_punctuation_is_reported(string text, string expected)
    {
        Assert.Equal([expected], TextSpacing.Check(text).Select(Describe));
    }

    [Theory]
    [InlineData("trên địa bàn xã;cải thiện", "MissingSpaceAfterPunctuation xã;cải → xã; cải")]
    [InlineData("phát triển doanh nghiệp;tăng cường", "MissingSpaceAfterPunctuation nghiệp;tăng → nghiệp; tăng")]
    [InlineData("xã,huyện", "MissingSpaceAfterPunctuation xã,huyện → xã, huyện")]
    [InlineData("như sau:Tập trung", "MissingSpaceAfterPunctuation sau:Tập → sau: Tập")]
    [InlineData("hoàn thành.Tiếp tục", "MissingSpaceAfterPunctuation thành.Tiếp → thành. Tiếp")]
    [InlineData("năm 2024.Ủy ban", "MissingSpaceAfterPunctuation 2024.Ủy → 2024. Ủy")]
    [InlineData("1.1.Tiếp tục", "MissingSpaceAfterPunctuation 1.Tiếp → 1. Tiếp")]
    [InlineData("phong trào,“Toàn dân", "MissingSpaceAfterPunctuation trào,“Toàn → trào, “Toàn")]
    public void A_missing_space_after_punctuation_is_reported(string text, string expected)
    {
        Assert.Equal([expected], TextSpacing.Check(text).Select(Describe));
    }

    [Theory]
    [InlineData("( Cơ quan thường trực)", "SpaceInsideBrackets ( Cơ → (Cơ")]
    [InlineData("(Cơ quan thường trực )", "SpaceInsideBrackets trực ) → trực)")]
    [InlineData("phong trào “ Toàn dân”", "SpaceInsideBrackets “ Toàn → “Toàn")]
    [InlineData("phong trào “Toàn dân ”", "SpaceInsideBrackets dân ” → dân”")]
    [InlineData("bảo đảm \"phát\" phải đi đôi với \"động \"", "SpaceInsideBrackets \"động \" → \"động\"")]
    public void A_space_inside_brackets_or_quotes_is_reported(string text, string expected)
    {
        Assert.Equal([expected], TextSpacing.Check(text).Select(Describe));
    }

    [Theory]
    [InlineData("Tổng thu ngân sách: 10.129.300.000 đồng; tỷ lệ 1,06%; lúc 7:30; ngày 01/02/2024.")]
    [InlineData("1.1. Tiếp tục triển khai; 2.3.4. Mục con")]
    [InlineData("TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH; Q. CHỦ TỊCH; TL. CHỦ TỊCH; TUQ. CHỦ TỊCH")]
    [InlineData("TP.HCM, v.v. và ThS.BS Nguyễn Văn A")]
    [InlineData("Số: 16/KH-UBND; Chỉ thị số 05-CT/TW; kinh tế - xã hội")]
    [InlineData("xem https://thiduakhenthuong.gov.vn/van-ban,tai lieu hoặc vanthu@trien.gov.vn;abc")]
    [InlineData("tệp baocao.docx trên haiduong.gov.vn")]
    [InlineData("Số:      /KH-UBND")]
    [InlineData("Đắk Hà, ngày    tháng    năm 2024")]
    [InlineData("thực hiện./.")]
    [InlineData("“3 dám, 3 hơn, 5 rõ”, (trong đó) và \"phát\" phải đi đôi với \"động\".")]
    [InlineData("   thụt đầu dòng bằng dấu cách   ")]
    [InlineData("TT\tNội dung\t\tĐơn vị")]
    [InlineData("Chiến thắng,... Phần đấu")]
    [InlineData("")]
    public void Correct_spacing_numbers_abbreviations_codes_and_addresses_are_not_reported(string text)
    {
        Assert.Empty(TextSpacing.Check(text));
    }

    [Fact]
    public void Each_line_is_checked_without_its_leading_and_trailing_spaces()
    {
        const string text = "**KẾ HOẠCH**  \n  Công tác  năm 2025 \r\nTM. ỦY BAN  \vCHỦ TỊCH";

        var issue = Assert.Single(TextSpacing.Check(text));

        Assert.Equal("tác  năm", issue.Excerpt);
        Assert.Equal(text.IndexOf("  năm", StringComparison.Ordinal), issue.Start);
        Assert.Equal(2, issue.Length);
    }

    [Fact]
    public void Applying_every_fix_corrects_the_text()
    {
        const string text = "trên địa bàn xã;cải thiện  môi trường ( đầu tư ) ,kinh doanh";

        var fixedText = text;
        foreach (var issue in TextSpacing.Check(text).Reverse())
            fixedText = fixedText[..issue.Start] + issue.Fix + fixedText[(issue.Start + issue.Length)..];

        Assert.Equal("trên địa bàn xã; cải thiện môi trường (đầu tư), kinh doanh", fixedText);
        Assert.Empty(TextSpacing.Check(fixedText));
    }

    [Theory]
    [InlineData("xã;cải")]
    [InlineData("chính  xác")]
    [InlineData("( Cơ quan )")]
    [InlineData("tế , xã")]
    public void Replacing_an_excerpt_fixes_its_slip(string text)
    {
        foreach (var issue in TextSpacing.Check(text))
        {
            var fixedText = text[..issue.ExcerptStart] + issue.Replacement + text[(issue.ExcerptStart + issue.Excerpt.Length)..];
            Assert.True(TextSpacing.Check(fixedText).Count < TextSpacing.Check(text).Count, fixedText);
        }
    }

    [Fact]
    public void Messages_are_vietnamese_and_quote_the_excerpt()
    {
        foreach (var issue in TextSpacing.Check("xã;cải  thiện ( a ) ,b"))
        {
            Assert.Contains($"“{issue.Excerpt}”", issue.Message);
            Assert.StartsWith("Th", issue.Message);
        }
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => TextSpacing.Check(null!));
    }
}
