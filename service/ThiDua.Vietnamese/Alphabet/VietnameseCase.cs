using System.Text;

namespace ThiDua.Vietnamese.Alphabet;

/// <summary>
/// Case helpers for Vietnamese text: <i>in hoa</i> (all capitals, as in headings and Quốc hiệu), sentence case (as in
/// trích yếu) and title case for personal names (<c>Nguyễn Văn Diễn</c>). Words are runs of letters; every Vietnamese
/// capital (<c>Ắ</c>, <c>Đ</c>, <c>Ữ</c>…) maps through the invariant culture.
/// </summary>
public static class VietnameseCase
{
    /// <summary>The case pattern of <paramref name="word"/>, judged on its letters only.</summary>
    public static LetterCase Classify(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0;
        var firstUpper = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            var isUpper = char.IsUpper(c);
            if (letters == 0) firstUpper = isUpper;
            letters++;
            if (isUpper) upper++;
        }
        return letters == 0 ? LetterCase.None
            : upper == 0 ? LetterCase.Lower
            : upper == letters ? LetterCase.Upper
            : upper == 1 && firstUpper ? LetterCase.Title
            : LetterCase.Mixed;
    }

    /// <summary>True when <paramref name="text"/> has letters and all of them are capitals (<i>in hoa</i>).</summary>
    public static bool IsAllUpperCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Classify(text) == LetterCase.Upper;
    }

    /// <summary>
    /// True when every word of <paramref name="text"/> starts with a capital and continues in lower case, as a
    /// person's name is written (<c>Nguyễn Văn Diễn</c>; not <c>Nguyễn văn Diễn</c>, not <c>NGUYỄN VĂN DIỄN</c>).
    /// A one-letter word must be a capital.
    /// </summary>
    public static bool IsTitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var any = false;
        foreach (var word in Words(text))
        {
            any = true;
            var pattern = Classify(word.Span);
            if (pattern != LetterCase.Title && !(pattern == LetterCase.Upper && word.Length == 1)) return false;
        }
        return any;
    }

    /// <summary>
    /// True when <paramref name="text"/> is in sentence case: its first letter is a capital, and the other words are
    /// in lower case except proper names (initial capital) and acronyms (all capitals, two letters or more), with at
    /// least one lower-case word among them — so neither an all-capitals nor a Title Case Text is sentence case.
    /// A single capitalised word is sentence case.
    /// </summary>
    public static bool IsSentenceCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, lowerWords = 0;
        foreach (var word in Words(text))
        {
            var pattern = Classify(word.Span);
            if (words++ == 0)
            {
                if (pattern != LetterCase.Title && !(pattern == LetterCase.Upper && word.Length == 1)) return false;
                continue;
            }
            switch (pattern)
            {
                case LetterCase.Lower: lowerWords++; break;
                case LetterCase.Title:
                case LetterCase.Upper when word.Length > 1: break;
                default: return false;
            }
        }
        return words == 1 || lowerWords > 0;
    }

    /// <summary>Each word with an initial capital and the rest lower-case (<c>NGUYỄN VĂN DIỄN</c> → <c>Nguyễn Văn Diễn</c>).</summary>
    public static string ToTitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                result.Append(atWordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                atWordStart = false;
            }
            else
            {
                result.Append(c);
                atWordStart = !IsCombiningMark(c);
            }
        }
        return result.ToString();
    }

    /// <summary><paramref name="lowerWord"/> in the case pattern of <paramref name="pattern"/> (<c>luật</c> as <c>Luât</c> → <c>Luật</c>).</summary>
    internal static string Apply(string lowerWord, LetterCase pattern) => pattern switch
    {
        LetterCase.Upper => lowerWord.ToUpperInvariant(),
        LetterCase.Title when lowerWord.Length > 0 => char.ToUpperInvariant(lowerWord[0]) + lowerWord[1..],
        _ => lowerWord,
    };

    /// <summary>The runs of letters (with their combining marks) in <paramref name="text"/>.</summary>
    private static IEnumerable<ReadOnlyMemory<char>> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || IsCombiningMark(text[i]))) i++;
            yield return text.AsMemory(start, i - start);
        }
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
