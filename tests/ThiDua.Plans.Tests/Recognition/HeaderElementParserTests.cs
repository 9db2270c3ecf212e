using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;

namespace ThiDua.Plans.Tests.Recognition;

/// <summary>
/// The one reader of số, ký hiệu and of địa danh - ngày tháng, on the forms plans really use: spaced slash and hyphen,
/// number or day left blank (spaces, dots, an ellipsis), en dash, a year in the number, capitals, missing parts, and the
/// element broken over two lines.
/// </summary>
public sealed class HeaderElementParserTests
{
    private static TextSegment Segment(string text, int start = 0) => new(0, start, text, [], HeaderColumn.Left);

    [Theory]
    // text, label, colon, number, year, symbol read, symbol as written, spaced slash, blank
    [InlineData("Số: 16/KH-UBND", "Số", ":", "16", "", "KH-UBND", "KH-UBND", false, false)]
    [InlineData("Số: 16/KH - UBND", "Số", ":", "16", "", "KH-UBND", "KH - UBND", false, false)]
    [InlineData("Số: 16 / KH-UBND", "Số", ":", "16", "", "KH-UBND", "KH-UBND", true, false)]
    [InlineData("Số:      /KH-UBND", "Số", ":", "", "", "KH-UBND", "KH-UBND", false, true)]
    [InlineData("Số: /KH-UBND", "Số", ":", "", "", "KH-UBND", "KH-UBND", false, true)]
    [InlineData("Số: …/KH-UBND", "Số", ":", "", "", "KH-UBND", "KH-UBND", false, true)]
    [InlineData("Số: ......./KH-UBND", "Số", ":", "", "", "KH-UBND", "KH-UBND", false, true)]
    [InlineData("Số: 05/KH–UBND", "Số", ":", "05", "", "KH-UBND", "KH–UBND", false, false)]
    [InlineData("Số: 15/2020/NQ-HĐND", "Số", ":", "15", "2020", "NQ-HĐND", "NQ-HĐND", false, false)]
    [InlineData("SỐ: 93/KH-THCS", "SỐ", ":", "93", "", "KH-THCS", "KH-THCS", false, false)]
    [InlineData("Số 16/KH-UBND", "Số", "", "16", "", "KH-UBND", "KH-UBND", false, false)]
    [InlineData("Số. 16/kh-ubnd", "Số", ".", "16", "", "kh-ubnd", "kh-ubnd", false, false)]
    [InlineData("16/KH-UBND", "", "", "16", "", "KH-UBND", "KH-UBND", false, false)]
    [InlineData("Số: 16/", "Số", ":", "16", "", "", "", false, false)]
    public void Document_numbers_are_read_in_every_usual_form(string text, string label, string colon, string number, string year,
        string symbol, string written, bool spaced, bool blank)
    {
        var n = DocumentNumberParser.Parse(Segment(text));
        Assert.Equal((label, colon, number, year, symbol, written, spaced, blank),
            (n.Label, n.Colon, n.Number, n.Year, n.Symbol, n.SymbolAsWritten, n.SpacedSlash, n.IsBlank));
    }

    [Fact]
    public void A_number_without_slash_has_no_symbol()
    {
        var n = DocumentNumberParser.Parse(Segment("Số: 5872"));
        Assert.Equal("5872", n.Number);
        Assert.Null(n.Symbol);
        Assert.False(n.IsBlank);
    }

    [Fact]
    public void A_number_broken_over_two_paragraphs_is_read_whole_without_a_span()
    {
        var first = new TextSegment(10, 0, "Số:", [], HeaderColumn.Left);
        var next = new TextSegment(11, 0, "15/2020/NQ-HĐND", [], HeaderColumn.Left);
        var n = DocumentNumberParser.Parse(TextSegment.Join(first, next));
        Assert.Equal(("15", "2020", "NQ-HĐND"), (n.Number, n.Year, n.Symbol));
        Assert.True(n.Segment.IsBroken);
        Assert.Null(n.NumberSpan);
    }

    [Theory]
    [InlineData("Số: 16/KH-UBND", 4, 2)]
    [InlineData("Số:      /KH-UBND", 3, 6)]
    [InlineData("Số: /KH-UBND", 3, 1)]
    public void The_number_span_points_at_the_digits_or_at_the_blank_left_for_them(string text, int start, int length)
    {
        var n = DocumentNumberParser.Parse(Segment(text, start: 4));
        Assert.Equal(new TextSpan(4 + start, length), n.NumberSpan);
    }

    [Theory]
    // text, place, comma, day, month, year, well formed, date
    [InlineData("Trí Yên, ngày 01 tháng 02 năm 2024", "Trí Yên", true, "01", "02", "2024", true, "2024-02-01")]
    [InlineData("Tiên Động, ngày 19  tháng 02 năm 2024", "Tiên Động", true, "19", "02", "2024", true, "2024-02-19")]
    [InlineData("Trí Yên, ngày … tháng … năm 2024", "Trí Yên", true, "", "", "2024", true, null)]
    [InlineData("Trí Yên, ngày ... tháng ... năm 2024", "Trí Yên", true, "", "", "2024", true, null)]
    [InlineData("Đắk Hà, ngày      tháng      năm 2024", "Đắk Hà", true, "", "", "2024", true, null)]
    [InlineData("Dương Quang, ngày tháng 01 năm 2025", "Dương Quang", true, "", "01", "2025", true, null)]
    [InlineData("ngày … tháng … năm 2024", "", false, "", "", "2024", false, null)]
    [InlineData("Trí Yên – ngày 01 tháng 02 năm 2024", "Trí Yên", false, "01", "02", "2024", false, "2024-02-01")]
    [InlineData("TRÍ YÊN, NGÀY 01 THÁNG 02 NĂM 2024", "TRÍ YÊN", true, "01", "02", "2024", true, "2024-02-01")]
    [InlineData("Trí Yên, ngày 1 tháng 2 năm 2024", "Trí Yên", true, "1", "2", "2024", true, "2024-02-01")]
    [InlineData("Trí Yên, ngày 30 tháng 02 năm 2024", "Trí Yên", true, "30", "02", "2024", true, null)]
    [InlineData("Trí Yên, ngày 01 tháng 02", "Trí Yên", true, "01", "02", "", false, null)]
    [InlineData("Trí Yên, ngày 01 tháng 02 năm 2024 (dự thảo)", "Trí Yên", true, "01", "02", "2024", false, "2024-02-01")]
    public void Place_and_date_are_read_in_every_usual_form(string text, string place, bool comma, string day, string month, string year,
        bool wellFormed, string? date)
    {
        var d = PlaceAndDateParser.Parse(Segment(text));
        Assert.Equal((place, comma, day, month, year, wellFormed), (d.Place, d.Comma, d.Day, d.Month, d.Year, d.WellFormed));
        Assert.Equal(date, d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Place_and_date_spans_cover_the_place_and_the_date()
    {
        const string text = "Trí Yên, ngày 01 tháng 02 năm 2024";
        var d = PlaceAndDateParser.Parse(Segment(text, start: 2));
        Assert.Equal(new TextSpan(2, "Trí Yên".Length), d.PlaceSpan);
        Assert.Equal(new TextSpan(2 + text.IndexOf("ngày", StringComparison.Ordinal), text.Length - text.IndexOf("ngày", StringComparison.Ordinal)), d.DateSpan);
    }

    [Fact]
    public void Place_and_date_broken_after_the_place_are_read_whole()
    {
        var first = new TextSegment(13, 0, "Ninh Thuận,", [], HeaderColumn.Full);
        var next = new TextSegment(14, 0, "ngày 12 tháng 12 năm 2012", [], HeaderColumn.Full);
        var d = PlaceAndDateParser.Parse(TextSegment.Join(first, next));
        Assert.Equal(("Ninh Thuận", new DateOnly(2012, 12, 12)), (d.Place, d.Date!.Value));
        Assert.Null(d.DateSpan);
    }
}
