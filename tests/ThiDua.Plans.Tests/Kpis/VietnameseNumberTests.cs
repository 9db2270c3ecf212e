using System.Globalization;
using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("10.129.300.000", "10129300000")]
    [InlineData("60.500.000", "60500000")]
    [InlineData("5.350", "5350")]
    [InlineData("99,6", "99.6")]
    [InlineData("1,06", "1.06")]
    [InlineData("61", "61")]
    [InlineData("03", "3")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("10,129,300", "10129300")]
    [InlineData("1.06", "1.06")]
    [InlineData("5,350", "5.35")]
    [InlineData("12.5", "12.5")]
    [InlineData("1234.567", "1234.567")]
    [InlineData("10\u00A0129\u00A0300", "10129300")]
    [InlineData(" 95 ", "95")]
    public void Reads_vietnamese_notation(string text, string expected)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var number));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(text.Trim(), number.AsWritten);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("12.34.567")]
    [InlineData("1,,2")]
    [InlineData("1,234,56")]
    [InlineData("1.234.5,6,7")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("100%")]
    [InlineData("1234.567.890")]
    [InlineData("1 234")]
    public void Rejects_what_is_not_a_number(string? text) => Assert.False(VietnameseNumber.TryParse(text, out _));

    [Theory]
    [InlineData("đạt 100%", "100")]
    [InlineData("duy trì dưới 11‰.", "11")]
    [InlineData("duy trì 03 trường", "03")]
    [InlineData("ước đạt 5.350 tấn.", "5.350")]
    [InlineData("10.129.300.000 đồng;", "10.129.300.000")]
    [InlineData("đạt 99,6%.", "99,6")]
    public void Finds_the_number_as_written_in_a_sentence(string text, string asWritten)
    {
        var token = Assert.Single(VietnameseNumber.FindAll(text));
        Assert.Equal(asWritten, text[token.Start..token.End]);
        Assert.Equal(asWritten, token.Number?.AsWritten);
    }

    [Fact]
    public void A_digit_run_in_bad_notation_is_found_without_a_number()
    {
        var token = Assert.Single(VietnameseNumber.FindAll("đạt 1.2.3%"));
        Assert.Equal("1.2.3", "đạt 1.2.3%"[token.Start..token.End]);
        Assert.Null(token.Number);
    }

    [Theory]
    [InlineData("diện tích 50 m2")]
    [InlineData("dịch Covid19")]
    public void Digits_glued_to_the_letter_before_are_not_numbers(string text) =>
        Assert.DoesNotContain(VietnameseNumber.FindAll(text), t => text[t.Start..t.End] is "2" or "19");
}
