using System.Globalization;
using System.Text;

namespace ThiDua.Vietnamese.Unicode;

/// <summary>
/// Unicode normalisation for rule TEXT-NFC. Vietnamese must be stored precomposed (NFC, <i>dựng sẵn</i>): text
/// pasted from some PDF viewers and macOS applications arrives decomposed (NFD, <i>tổ hợp</i>: <c>a</c> + U+0309),
/// which looks the same but breaks search, sorting and the central database. TCVN 6909:2001 (the Unicode standard
/// that Nghị định 30/2020/NĐ-CP, Phụ lục I.4 requires) covers both forms; the house rule asks for NFC.
/// </summary>
public static class UnicodeForms
{
    /// <summary>True when <paramref name="text"/> is in NFC. Unpaired surrogates, which cannot be normalised, are ignored.</summary>
    public static bool IsNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainNfc(text)) return true;
        return HasUnpairedSurrogate(text) ? FindNonNfcSpans(text).Count == 0 : text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>
    /// <paramref name="text"/> in NFC; the same instance when it already is. Unpaired surrogates are kept as they are
    /// and the text around them is normalised.
    /// </summary>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainNfc(text)) return text;
        if (!HasUnpairedSurrogate(text))
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(text.Length);
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsUnpairedSurrogate(text, i)) continue;
            result.Append(text.AsSpan(runStart, i - runStart).ToString().Normalize(NormalizationForm.FormC));
            if (i < text.Length) result.Append(text[i]);
            runStart = i + 1;
        }
        return result.ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> that are not NFC, in order: each span is a whole word (a run of letters,
    /// digits and combining marks) containing a decomposed or otherwise non-NFC character; a stray mark or a
    /// non-NFC character outside a word is a span of its own, with the character the mark follows. Empty for NFC text,
    /// which is checked first in one pass.
    /// </summary>
    public static IReadOnlyList<NonNfcSpan> FindNonNfcSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainNfc(text)) return [];
        var unpaired = HasUnpairedSurrogate(text);
        if (!unpaired && text.IsNormalized(NormalizationForm.FormC)) return [];

        var spans = new List<NonNfcSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsWordChar(text[i]))
                while (i < text.Length && IsWordChar(text[i])) i++;
            else
            {
                // One character (a surrogate pair counts as one) and the marks that follow it.
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                while (i < text.Length && IsMark(text[i])) i++;
            }
            var segment = text.AsSpan(start, i - start);
            if (unpaired && HasUnpairedSurrogate(segment) || segment.IsNormalized(NormalizationForm.FormC)) continue;
            var written = segment.ToString();
            spans.Add(new NonNfcSpan(start, written.Length, written, written.Normalize(NormalizationForm.FormC)));
        }
        return spans;
    }

    /// <summary>
    /// A quick check, without ICU, that <paramref name="text"/> is NFC: true when every character is one that is NFC on
    /// its own and never composes with a neighbour — U+0000–U+02FF (ASCII, Latin-1, Latin Extended A/B, spacing
    /// modifiers), U+1E00–U+1EFF (Latin Extended Additional: the precomposed Vietnamese letters <c>ạ</c>…<c>ỹ</c>),
    /// the dashes, quotes and bullets U+2010–U+2027, U+202F and U+2030–U+203A, and the currency signs U+20A0–U+20C0
    /// (<c>₫</c>). Typed Vietnamese passes in one vectorised scan. False means "not known": the text may still be NFC.
    /// </summary>
    public static bool IsPlainNfc(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (i < 0) return true;
        for (; i < text.Length; i++)
            if (!IsPlainNfc(text[i])) return false;
        return true;
    }

    /// <summary>True for a character of the ranges <see cref="IsPlainNfc(ReadOnlySpan{char})"/> accepts.</summary>
    internal static bool IsPlainNfc(char c) =>
        c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2010' and <= '\u2027' or '\u202F' or >= '\u2030' and <= '\u203A'
            or >= '\u20A0' and <= '\u20C0';

    /// <summary>True when <paramref name="text"/> holds a surrogate that is not half of a pair (invalid UTF-16).</summary>
    internal static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }
        return false;
    }

    private static bool IsUnpairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
