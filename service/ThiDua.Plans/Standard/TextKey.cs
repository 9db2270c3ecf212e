using System.Globalization;
using System.Text;

namespace ThiDua.Plans.Standard;

/// <summary>
/// The one comparison key for recognising and matching plan text by meaning: Vietnamese text folded to ASCII without
/// tone or vowel marks (<c>Nơi nhân</c> → <c>NOI NHAN</c>, <c>Đắk Hà</c> → <c>DAK HA</c>, <c>Hoà</c> = <c>Hòa</c> →
/// <c>HOA</c>), NFC or NFD alike, through one table of the Latin letters Vietnamese uses. Also the other text
/// normalisations the plan model, the rules and authoring share: collapsed spaces and Vietnamese upper case.
/// </summary>
public static class TextKey
{
    /// <summary>Characters the table covers: Latin-1, Latin Extended A/B and Latin Extended Additional (ạ … ỹ).</summary>
    private const int TableSize = 0x2000;

    /// <summary>Each character without its marks, lower case (<c>Ấ</c> → <c>a</c>, <c>Đ</c> → <c>d</c>).</summary>
    private static readonly char[] Plain = BuildPlain();

    /// <summary>
    /// The key: upper-case ASCII letters without marks (combining marks of NFD text dropped), white space (tabs, line
    /// breaks, no-break spaces) collapsed to one space, trimmed.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (IsMark(ch)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToUpperInvariant(PlainOf(ch)));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The same fold in lower case and character for character (<c>Đắk Hà</c> → <c>dak ha</c>), the length of the NFC
    /// input kept, so an index found in the folded text is an index in the text as written.
    /// </summary>
    public static string FoldLower(string nfc) => string.Create(nfc.Length, nfc, static (chars, text) =>
    {
        for (var i = 0; i < text.Length; i++) chars[i] = PlainOf(text[i]);
    });

    /// <summary>True when the text has letters and none of them is lower case (<em>in hoa</em>).</summary>
    public static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>Collapses runs of white space (tabs, line breaks, no-break spaces) to one space and trims.</summary>
    public static string Spaces(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text in Vietnamese capitals, NFC, spaces collapsed (<c>Ủy ban nhân dân xã Trí Yên</c> → <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c>).</summary>
    public static string Upper(string text) => Spaces(text).ToUpperInvariant().Normalize(NormalizationForm.FormC);

    private static char PlainOf(char c) => c < TableSize ? Plain[c] : char.ToLowerInvariant(c);

    private static bool IsMark(char c) => c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char[] BuildPlain()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (c is 'đ' or 'Đ') { table[i] = 'd'; continue; }
            if (char.IsSurrogate(c)) { table[i] = c; continue; }
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(d.Length > 0 && !IsMark(d[0]) ? d[0] : c);
        }
        return table;
    }
}
