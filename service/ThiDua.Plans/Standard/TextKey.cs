using System.Globalization;
using System.Text;

namespace ThiDua.Plans.Standard;

/// <summary>
/// The one comparison key for recognising and matching plan text by meaning: Vietnamese text folded to upper-case ASCII
/// without tone or vowel marks (<c>Nơi nhân</c> → <c>NOI NHAN</c>, <c>Đắk Hà</c> → <c>DAK HA</c>, <c>Hoà</c> =
/// <c>Hòa</c> → <c>HOA</c>), white space (tabs, line breaks, no-break spaces) collapsed to one space. Also the other text
/// normalisations the plan model and the rules share: collapsed spaces, and Vietnamese upper case.
/// </summary>
public static class TextKey
{
    /// <summary>Folds <paramref name="text"/> (NFC or NFD) to its key.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'đ' or 'Đ' => 'D', _ => char.ToUpperInvariant(ch) };
            if (char.IsWhiteSpace(c))
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>True when the text has letters and none of them is lower case (<em>in hoa</em>).</summary>
    public static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>Collapses runs of white space (tabs, line breaks, no-break spaces) to one space and trims.</summary>
    public static string Spaces(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text in Vietnamese capitals, NFC, spaces collapsed (<c>Ủy ban nhân dân xã Trí Yên</c> → <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c>).</summary>
    public static string Upper(string text) => Spaces(text).ToUpperInvariant().Normalize(NormalizationForm.FormC);
}
