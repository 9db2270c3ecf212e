using System.Text.RegularExpressions;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// The one reader of địa danh và thời điểm ban hành (Phụ lục I, Mục II.4): <c>Trí Yên, ngày 01 tháng 02 năm 2024</c> into a
/// <see cref="PlaceAndDate"/>, in whatever way a plan writes it — day or month left blank (spaces, dots, <c>…</c>,
/// underscores), the place missing or not followed by its comma (<c>Trí Yên – ngày …</c>), the words in capitals, the
/// year missing. Never fails: what is missing is left empty for the rules to judge.
/// </summary>
public static partial class PlaceAndDateParser
{
    [GeneratedRegex(@"\bngày\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\btháng\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\bnăm\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();

    /// <summary>Parses the element <paramref name="segment"/> holds.</summary>
    public static PlaceAndDate Parse(TextSegment segment)
    {
        var text = segment.Text.Replace('\u00A0', ' ');
        var inOneParagraph = segment.EndParagraph == segment.Paragraph;
        var day = DayWord().Match(text);
        var dateStart = day.Success ? day.Index : text.Length;
        var placeRaw = text[..dateStart];
        var placeEnd = placeRaw.TrimEnd();
        var comma = placeEnd.EndsWith(',');
        var place = placeEnd.TrimEnd(',', '-', '–', '—', ' ').Trim();
        TextSpan? placeSpan = place.Length > 0 && inOneParagraph
            ? new TextSpan(segment.Start + (placeRaw.Length - placeRaw.TrimStart().Length), place.Length) : null;
        if (!day.Success)
            return new PlaceAndDate(segment, place, comma, "", "", "", false, placeSpan, null);

        var month = MonthWord().Match(text, day.Index + day.Length);
        var yearWord = month.Success ? YearWord().Match(text, month.Index + month.Length) : YearWord().Match(text, day.Index + day.Length);
        var dayEnd = month.Success ? month.Index : yearWord.Success ? yearWord.Index : text.Length;
        var (d, dayOk) = Part(text[(day.Index + day.Length)..dayEnd]);
        var (m, monthOk) = month.Success ? Part(text[(month.Index + month.Length)..(yearWord.Success ? yearWord.Index : text.Length)]) : ("", false);
        var (y, yearOk) = yearWord.Success ? Part(text[(yearWord.Index + yearWord.Length)..]) : ("", false);
        var wellFormed = place.Length > 0 && comma && dayOk && monthOk && yearOk && y.Length > 0;
        TextSpan? dateSpan = inOneParagraph ? new TextSpan(segment.Start + day.Index, text.Length - day.Index) : null;
        return new PlaceAndDate(segment, place, comma, d, m, y, wellFormed, placeSpan, dateSpan);
    }

    /// <summary>The digits of one part and whether the part holds nothing else but a blank (spaces, dots, <c>…</c>, underscores).</summary>
    private static (string Digits, bool Clean) Part(string raw)
    {
        var digits = string.Concat(raw.Where(char.IsAsciiDigit));
        var trimmed = raw.Trim(' ', '\n', '\t');
        var clean = raw.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '.' or '…' or '_')
                    && (digits.Length == 0 || trimmed.Trim('.', '…', '_', ' ') == digits);
        return (digits, clean);
    }
}
