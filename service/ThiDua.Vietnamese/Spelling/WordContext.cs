using System.Text.RegularExpressions;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>What the characters around a word say about it: sentence start, abbreviation, list label.</summary>
internal static partial class WordContext
{
    /// <summary>
    /// True when the word at <paramref name="start"/> begins a sentence, a line or a list item: before it, past
    /// spaces, quotes, brackets and list marks, comes the start of the text, a line break or <c>. ! ? : ; ) …</c>.
    /// A capital elsewhere marks a proper name.
    /// </summary>
    public static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '\u00A0' || "\"“‘'(*#-–—•".Contains(text[i]))) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or ')' or '…' or '\n' or '\r' or '\v';
    }

    /// <summary>A short word directly followed by a dot: an abbreviation (<c>âl.</c>, <c>Ths.</c>).</summary>
    public static bool IsAbbreviation(string text, WordToken token) =>
        token.Length <= 4 && token.End < text.Length && text[token.End] == '.';

    /// <summary>A lower-case Roman numeral, as in list labels (<c>ii</c>, <c>xiv</c>).</summary>
    public static bool IsRomanNumeral(ReadOnlySpan<char> word) => RomanNumeral().IsMatch(word);

    /// <summary>True when only white space without a line break lies between the two words.</summary>
    public static bool OnSameLine(string text, WordToken first, WordToken second) =>
        !text.AsSpan(first.End, second.Start - first.End).ContainsAny('\n', '\r', '\v');

    /// <summary>True when the next character after <paramref name="end"/>, past white space, is a digit.</summary>
    public static bool NumberFollows(string text, int end)
    {
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end < text.Length && char.IsDigit(text[end]);
    }

    [GeneratedRegex("^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")]
    private static partial Regex RomanNumeral();
}
