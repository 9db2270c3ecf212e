using System.Globalization;
using System.Text;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// A comparison key for recognising plan parts by meaning: Vietnamese text folded to upper-case ASCII without tone or
/// vowel marks (<c>Nơi nhân</c> → <c>NOI NHAN</c>, <c>Đắk Hà</c> → <c>DAK HA</c>), white space collapsed.
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
}
