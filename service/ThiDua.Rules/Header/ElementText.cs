using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Header;

/// <summary>Text comparisons of header and closing elements.</summary>
public static class ElementText
{
    /// <summary>Collapses runs of white space (tabs, line breaks, no-break spaces) to one space and trims.</summary>
    public static string Spaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ');

    /// <summary>
    /// A key that ignores case, diacritics and tone placement (<c>Hoà</c> = <c>Hòa</c> = <c>HOA</c>), with <c>đ</c> read as
    /// <c>d</c> and white space collapsed: for matching place names written in different ways.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Spaces(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }
}
