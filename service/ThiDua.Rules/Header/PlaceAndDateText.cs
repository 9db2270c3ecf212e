using System.Text.RegularExpressions;

namespace ThiDua.Rules.Header;

/// <summary>
/// Địa danh và thời điểm ban hành (<em>PlaceAndDate</em>) read from <c>Trí Yên, ngày 01 tháng 02 năm 2024</c>
/// (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4). A day or month left blank — spaces, dots or an ellipsis — reads as empty.
/// </summary>
/// <param name="Place">The địa danh before the comma, trimmed.</param>
/// <param name="Day">The day's digits as written; empty when blank.</param>
/// <param name="Month">The month's digits as written; empty when blank.</param>
/// <param name="Year">The year's digits as written; empty when blank.</param>
public sealed partial record PlaceAndDateText(string Place, string Day, string Month, string Year)
{
    /// <summary>True when the day or the month is left blank (a draft).</summary>
    public bool IsBlank => Day.Length == 0 || Month.Length == 0;

    /// <summary>Reads <paramref name="text"/>; null when it is not of the form <c>Địa danh, ngày … tháng … năm …</c>.</summary>
    public static PlaceAndDateText? Parse(string text)
    {
        var m = Shape().Match(text.Replace('\u00A0', ' ').Trim());
        if (!m.Success) return null;
        static string Digits(Group g) => string.Concat(g.Value.Where(char.IsAsciiDigit));
        return new PlaceAndDateText(m.Groups["place"].Value.Trim(), Digits(m.Groups["d"]), Digits(m.Groups["m"]), Digits(m.Groups["y"]));
    }

    /// <summary>
    /// The problems of the date, in Vietnamese: a real date (year of four digits), day below 10 and months 1–2 with a
    /// leading zero, months 3–12 without one (Phụ lục I, Mục II.4b).
    /// </summary>
    public IReadOnlyList<string> DateProblems()
    {
        var problems = new List<string>();
        if (Year.Length != 4) problems.Add(Year.Length == 0 ? "thiếu năm" : $"năm “{Year}” không đủ 4 chữ số");
        int day = Day.Length > 0 ? int.Parse(Day) : 0, month = Month.Length > 0 ? int.Parse(Month) : 0;
        if (Day.Length > 0 && (day is < 1 or > 31 || Day.Length > 2)) problems.Add($"ngày “{Day}” không có thật");
        else if (Day.Length == 1) problems.Add($"ngày nhỏ hơn 10 cần thêm số 0 phía trước (0{Day})");
        if (Month.Length > 0 && (month is < 1 or > 12 || Month.Length > 2)) problems.Add($"tháng “{Month}” không có thật");
        else if (Month.Length == 1 && month <= 2) problems.Add($"tháng 1, 2 cần thêm số 0 phía trước (0{Month})");
        else if (Month.Length == 2 && month >= 3 && Month[0] == '0') problems.Add($"tháng từ 3 trở đi không thêm số 0 (tháng {month})");
        if (problems.Count == 0 && day > 0 && month > 0 && Year.Length == 4 && day > DateTime.DaysInMonth(int.Parse(Year), month))
            problems.Add($"ngày {day} tháng {month} năm {Year} không có thật");
        return problems;
    }

    /// <summary>The date, when day, month and year are written and make a real date; null otherwise.</summary>
    public DateOnly? Date()
    {
        if (Day.Length is < 1 or > 2 || Month.Length is < 1 or > 2 || Year.Length != 4) return null;
        int day = int.Parse(Day), month = int.Parse(Month), year = int.Parse(Year);
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>The text written as the decree asks (single spaces, leading zeros), when the date is real; null otherwise.</summary>
    public string? Canonical() => Date() is { } d
        ? $"{Place}, ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00") : d.Month.ToString())} năm {d.Year}"
        : null;

    [GeneratedRegex(@"^(?<place>[^,]+),\s*ngày(?<d>[\s\d.…_]*)tháng(?<m>[\s\d.…_]*)năm(?<y>[\s\d.…_]*)$")]
    private static partial Regex Shape();
}
