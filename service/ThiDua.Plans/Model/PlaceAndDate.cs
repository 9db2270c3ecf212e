using System.Globalization;

namespace ThiDua.Plans.Model;

/// <summary>
/// Địa danh và thời điểm ban hành — <em>PlaceAndDate</em> (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4):
/// <c>Trí Yên, ngày 01 tháng 02 năm 2024</c> as the plan writes it, parsed once by recognition. A day or month left blank —
/// spaces, dots, an ellipsis, underscores — reads as empty.
/// </summary>
/// <param name="Segment">The element's text and runs (two lines joined by <c>\n</c> when the plan breaks it).</param>
/// <param name="Place">The địa danh before <c>ngày</c>, its comma left out; empty when missing.</param>
/// <param name="Comma">True when a comma follows the địa danh.</param>
/// <param name="Day">The day's digits as written; empty when blank.</param>
/// <param name="Month">The month's digits as written; empty when blank.</param>
/// <param name="Year">The year's digits as written; empty when blank or missing.</param>
/// <param name="WellFormed">True when the text has the decree's shape: <c>&lt;địa danh&gt;, ngày … tháng … năm …</c>, each
/// part digits or left blank, nothing else.</param>
/// <param name="PlaceSpan">Where the địa danh is written in the segment's paragraph; null when missing or when the element is broken over two paragraphs.</param>
/// <param name="DateSpan">Where the date (<c>ngày …</c> to the end) is written; null when the element is broken over two paragraphs.</param>
public sealed record PlaceAndDate(
    TextSegment Segment, string Place, bool Comma, string Day, string Month, string Year, bool WellFormed,
    TextSpan? PlaceSpan, TextSpan? DateSpan)
{
    /// <summary>The paragraph that holds the element (its first line).</summary>
    public int Paragraph => Segment.Paragraph;

    /// <summary>The element's text as written.</summary>
    public string Text => Segment.Text;

    /// <summary>True when the day or the month is left blank (a draft: filled in when the plan is signed).</summary>
    public bool IsBlank => Day.Length == 0 || Month.Length == 0;

    /// <summary>The date, when day, month and year are written and make a real date; null otherwise.</summary>
    public DateOnly? Date
    {
        get
        {
            if (Day.Length is < 1 or > 2 || Month.Length is < 1 or > 2 || Year.Length != 4) return null;
            int day = int.Parse(Day, CultureInfo.InvariantCulture), month = int.Parse(Month, CultureInfo.InvariantCulture), year = int.Parse(Year, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return new DateOnly(year, month, day);
        }
    }

    /// <summary>The year, when four digits are written; null otherwise.</summary>
    public int? YearValue => Year.Length == 4 ? int.Parse(Year, CultureInfo.InvariantCulture) : null;
}
