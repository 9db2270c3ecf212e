using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Comparison forms of Vietnamese text used by KPI reading (the form without diacritics is
/// <see cref="ThiDua.Plans.Standard.TextKey.FoldLower"/>). Each keeps the length of the NFC input, character for
/// character, so that an index found in a form is an index in the text as written (labels are cut from the original).
/// </summary>
internal static partial class KpiText
{
    [GeneratedRegex(@"^\s*(?:[-–—•+*▪►]\s*|(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|\(\d{1,2}\)|[A-ZĐ][.)])(?=\s|\p{Lu}|$)\s*|(?:\d{1,2}|[IVXLC]{1,6}|[A-ZĐ])[-–](?=\s)\s*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();

    private const int TableSize = 0x2000; // covers Latin-1, Latin Extended A/B and Latin Extended Additional (ạ…ỹ)
    private static readonly (char Base, char Tone)[] toneTable = BuildToneTable();
    private static readonly char[] lowerTable = BuildLowerTable();
    private static readonly char[] upperTable = BuildUpperTable();

    /// <summary>The tone-marked <c>o</c> or <c>u</c> (NFC) for each tone mark <see cref="Lower"/> moves onto it; absent when none composes.</summary>
    private static readonly Dictionary<(char Vowel, char Tone), char> toneOnVowel = BuildToneOnVowelTable();

    /// <summary>
    /// <paramref name="text"/> in NFC, as <see cref="string.Normalize()"/> gives it; typed Vietnamese is recognised as NFC
    /// without a call into ICU (<see cref="UnicodeForms.IsPlainNfc"/>) and returned as it is.
    /// </summary>
    public static string Nfc(string text) => UnicodeForms.IsPlainNfc(text) ? text : text.Normalize();

    /// <summary>
    /// Lower case with diacritics kept, tone marks moved to the new-style place in open <c>oa</c>, <c>oe</c>, <c>uy</c>
    /// syllables (<c>hoá</c> → <c>hóa</c>, <c>thuỷ</c> → <c>thủy</c>), so both spellings compare equal.
    /// </summary>
    public static string Lower(string nfc) => string.Create(nfc.Length, nfc, static (chars, text) =>
    {
        ToLowerInvariant(text, chars);
        for (var i = 1; i < chars.Length; i++)
        {
            var (baseChar, tone) = SplitTone(chars[i]);
            if (tone == '\0') continue;
            var prev = chars[i - 1];
            var open = i + 1 >= chars.Length || !char.IsLetter(chars[i + 1]);
            if (!open) continue;
            var pair = (prev, baseChar) is ('o', 'a') or ('o', 'e') or ('u', 'y');
            if (!pair || (prev == 'u' && i >= 2 && chars[i - 2] == 'q')) continue;
            if (!toneOnVowel.TryGetValue((prev, tone), out var moved)) continue;
            chars[i - 1] = moved;
            chars[i] = baseChar;
        }
    });

    /// <summary>True when <paramref name="c"/> belongs to a word (letter, digit or combining mark).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The first index ≥ <paramref name="from"/> where <paramref name="phrase"/> occurs in <paramref name="text"/> as whole
    /// words (no word character touching either end), or -1.
    /// </summary>
    public static int IndexOfWords(string text, string phrase, int from = 0) => IndexOfWords(text.AsSpan(), phrase, from);

    /// <inheritdoc cref="IndexOfWords(string, string, int)"/>
    public static int IndexOfWords(ReadOnlySpan<char> text, string phrase, int from = 0)
    {
        if (phrase.Length == 0) return -1;
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)from, (uint)text.Length, nameof(from));
        for (var i = IndexOf(text, phrase, from); i >= 0; i = IndexOf(text, phrase, i + 1))
        {
            var startOk = i == 0 || !IsWordChar(text[i - 1]) || !IsWordChar(phrase[0]);
            var end = i + phrase.Length;
            var endOk = end >= text.Length || !IsWordChar(text[end]) || !IsWordChar(phrase[^1]);
            if (startOk && endOk) return i;
        }
        return -1;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string phrase, int from)
    {
        if (from > text.Length) return -1;
        var at = text[from..].IndexOf(phrase, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>True when <paramref name="text"/> ends with <paramref name="phrase"/> as whole words.</summary>
    public static bool EndsWithWords(ReadOnlySpan<char> text, string phrase) =>
        text.EndsWith(phrase, StringComparison.Ordinal)
        && (text.Length == phrase.Length || !IsWordChar(text[text.Length - phrase.Length - 1]) || !IsWordChar(phrase[0]));

    /// <summary>True when <paramref name="text"/> starts with <paramref name="phrase"/> as whole words.</summary>
    public static bool StartsWithWords(ReadOnlySpan<char> text, string phrase) =>
        text.StartsWith(phrase, StringComparison.Ordinal)
        && (text.Length == phrase.Length || !IsWordChar(text[phrase.Length]) || !IsWordChar(phrase[^1]));

    /// <summary>The text with its first letter in upper case (<c>diện tích</c> → <c>Diện tích</c>).</summary>
    public static string UpperFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            if (char.IsUpper(text[i])) return text;
            var upper = text[i] < TableSize ? upperTable[text[i]] : char.ToUpperInvariant(text[i]);
            return string.Concat(text.AsSpan(0, i), new ReadOnlySpan<char>(in upper), text.AsSpan(i + 1));
        }
        return text;
    }

    /// <summary>
    /// The length of the list label a line starts with — a bullet (<c>-</c>, <c>•</c>, <c>+</c>) or a typed number
    /// (<c>1.</c>, <c>2.16.</c>, <c>a)</c>, <c>II.</c>, <c>(1)</c>, <c>B.</c>) before a space or a capital, or a number,
    /// Roman numeral or capital letter with a dash before a space (<c>2-</c>, <c>II-</c>, <c>A-</c>) — with the spaces
    /// after it; 0 when none. <c>5.350 tấn</c>, <c>7,5 - 8%</c> and <c>58-60 triệu</c> have none.
    /// </summary>
    public static int ListLabelLength(string line)
    {
        foreach (var m in ListLabel().EnumerateMatches(line)) return m.Length; // anchored: the first match is the label
        return 0;
    }

    /// <summary>
    /// The characters of <see cref="string.ToLowerInvariant"/>: through a table for characters below
    /// <see cref="TableSize"/> (invariant lower casing maps each character on its own), else through the framework.
    /// </summary>
    private static void ToLowerInvariant(string text, Span<char> chars)
    {
        if (text.AsSpan().ContainsAnyInRange((char)TableSize, char.MaxValue))
        {
            text.AsSpan().ToLowerInvariant(chars);
            return;
        }
        for (var i = 0; i < text.Length; i++) chars[i] = lowerTable[text[i]];
    }

    /// <summary>A letter and its tone mark (<c>á</c> → <c>a</c>, U+0301); the tone is <c>\0</c> when it has none.</summary>
    private static (char Base, char Tone) SplitTone(char c) =>
        c < 0xC0 ? (c, '\0') : c < TableSize ? toneTable[c] : ComputeSplitTone(c);

    private static (char Base, char Tone) ComputeSplitTone(char c)
    {
        if (c < 0xC0 || char.IsSurrogate(c)) return (c, '\0');
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var mark in d.Skip(1))
        {
            if (mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                var rest = d.Replace(mark.ToString(), string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
                return rest.Length == 1 ? (rest[0], mark) : (c, '\0');
            }
        }
        return (c, '\0');
    }

    private static char[] BuildLowerTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++) table[i] = ((char)i).ToString().ToLowerInvariant()[0];
        return table;
    }

    private static char[] BuildUpperTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++) table[i] = char.ToUpperInvariant((char)i);
        return table;
    }

    private static Dictionary<(char Vowel, char Tone), char> BuildToneOnVowelTable()
    {
        var table = new Dictionary<(char Vowel, char Tone), char>();
        foreach (var vowel in "ou")
            foreach (var tone in "\u0300\u0301\u0303\u0309\u0323")
                if ((vowel.ToString() + tone).Normalize(NormalizationForm.FormC) is { Length: 1 } composed) table[(vowel, tone)] = composed[0];
        return table;
    }

    private static (char Base, char Tone)[] BuildToneTable()
    {
        var table = new (char Base, char Tone)[TableSize];
        for (var i = 0; i < TableSize; i++) table[i] = ComputeSplitTone((char)i);
        return table;
    }
}
