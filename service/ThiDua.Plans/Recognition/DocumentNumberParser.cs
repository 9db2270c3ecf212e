using System.Text.RegularExpressions;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// The one reader of số, ký hiệu (Phụ lục I, Mục II.3): <c>Số: 16/KH-UBND</c> into a <see cref="DocumentNumber"/>, in
/// whatever way a plan writes it — a number left blank (<c>Số:      /KH-UBND</c>, <c>Số: …/KH-UBND</c>), spaces about the
/// slash or the hyphen (<c>16 / KH - UBND</c>), an en dash (<c>KH–UBND</c>), a year (<c>15/2020/NQ-HĐND</c>), the word in
/// capitals or without its colon. Never fails: what is missing is left empty for the rules to judge.
/// </summary>
public static partial class DocumentNumberParser
{
    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*/")]
    private static partial Regex YearPart();

    [GeneratedRegex(@"\s*[-–—‒]\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex Slash();

    /// <summary>Parses the element <paramref name="segment"/> holds.</summary>
    public static DocumentNumber Parse(TextSegment segment)
    {
        var text = segment.Text.Replace('\u00A0', ' ');
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var wordEnd = i;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        var label = "";
        if (wordEnd > i && TextKey.Fold(text[i..wordEnd]) == "SO")
        {
            label = text[i..wordEnd];
            i = wordEnd;
        }
        var afterLabel = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var colon = "";
        if (i < text.Length && text[i] is ':' or '.')
        {
            colon = text[i].ToString();
            i++;
        }
        else i = afterLabel;

        var rest = text[i..];
        var slash = rest.IndexOf('/');
        var numberPart = slash < 0 ? rest : rest[..slash];
        var number = IsBlank(numberPart) ? "" : numberPart.Trim();
        var inOneParagraph = segment.EndParagraph == segment.Paragraph;
        TextSpan? span = null;
        if (inOneParagraph)
        {
            var lead = numberPart.Length - numberPart.TrimStart().Length;
            span = number.Length > 0 ? new TextSpan(segment.Start + i + lead, number.Length) : new TextSpan(segment.Start + i, numberPart.Length);
        }
        if (slash < 0)
            return new DocumentNumber(segment, label, colon, number, "", null, "", false, span);

        var after = rest[(slash + 1)..];
        var year = "";
        if (YearPart().Match(after) is { Success: true } y)
        {
            year = y.Groups["y"].Value;
            after = after[y.Length..];
        }
        var written = after.Trim().TrimEnd('.', ';', ',').Trim();
        var symbol = Slash().Replace(Dash().Replace(written, "-"), "/");
        var spaced = number.Length > 0 && (numberPart.Length > 0 && numberPart[^1] is ' ' or '\t' || after.Length > 0 && after[0] is ' ' or '\t');
        return new DocumentNumber(segment, label, colon, number, year, symbol, written, spaced, span);
    }

    /// <summary>True when nothing but spaces, dots, an ellipsis, underscores or dashes stand where the number goes.</summary>
    private static bool IsBlank(string part) => part.All(c => char.IsWhiteSpace(c) || c is '.' or '…' or '_' or '-' or '–');
}
