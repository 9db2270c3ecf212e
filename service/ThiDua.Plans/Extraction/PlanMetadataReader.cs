using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;

namespace ThiDua.Plans.Extraction;

/// <summary>
/// Reads the identifying data of a recognised plan (<see cref="PlanMetadata"/>): issuer and parent body, số and ký hiệu,
/// địa danh and date, year, trích yếu, and the signer — from the text the officer sees (the truth, plan-schema.md).
/// </summary>
public static partial class PlanMetadataReader
{
    [GeneratedRegex(@"^\s*Số\s*[:.]?\s*(?<number>[0-9]*)\s*/\s*(?<symbol>[\p{L}0-9Đđ\-–.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<place>[^,]+),\s*ngày\s*(?<d>\d{0,2})\s*tháng\s*(?<m>\d{0,2})\s*năm\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:năm|NĂM)\s+(?<y>(?:19|20)\d{2})")]
    private static partial Regex YearPattern();

    /// <summary>Reads the metadata of <paramref name="plan"/>.</summary>
    public static PlanMetadata Read(PlanDocument plan)
    {
        var h = plan.Header;
        var (number, symbol) = ParseNumber(h.DocumentNumber?.Text);
        var (place, date, dateYear) = ParsePlaceAndDate(h.PlaceAndDate?.Text);
        var subject = string.Join(" ", h.Subject.Select(s => s.Text)).Trim();
        var year = YearPattern().Match(subject) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : dateYear;
        var sig = plan.Signature;
        var lines = sig?.AuthorityLines.Select(l => l.Text).ToList() ?? [];
        var authority = lines.Count > 1 ? string.Join(" ", lines.Take(lines.Count - 1)) : "";
        var title = lines.Count > 0 ? lines[^1] : "";
        return new PlanMetadata(
            Nfc(h.IssuingAuthorityText),
            Nfc(string.Join(" ", h.ParentAgency.Select(s => s.Text))),
            number, symbol, Nfc(place), date, year, Nfc(subject),
            Nfc(authority), Nfc(title), Nfc(sig?.Name?.Text ?? ""));
    }

    /// <summary>Splits <c>Số: 16/KH-UBND</c> into (<c>16</c>, <c>KH-UBND</c>); a blank number gives (<c>""</c>, symbol).</summary>
    public static (string Number, string Symbol) ParseNumber(string? text)
    {
        if (text is null) return ("", "");
        var m = NumberPattern().Match(Nfc(text));
        return m.Success ? (m.Groups["number"].Value, m.Groups["symbol"].Value.TrimEnd('.')) : ("", "");
    }

    /// <summary>Reads <c>Trí Yên, ngày 01 tháng 02 năm 2024</c>: the place, the date when day and month are filled and real, and the year.</summary>
    public static (string Place, DateOnly? Date, int? Year) ParsePlaceAndDate(string? text)
    {
        if (text is null) return ("", null, null);
        var m = DatePattern().Match(Nfc(text));
        if (!m.Success) return ("", null, null);
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (int.TryParse(m.Groups["d"].Value, out var d) && int.TryParse(m.Groups["m"].Value, out var mo)
            && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
            date = new DateOnly(y, mo, d);
        return (m.Groups["place"].Value.Trim(), date, y);
    }

    private static string Nfc(string s) => s.Normalize(System.Text.NormalizationForm.FormC);
}
