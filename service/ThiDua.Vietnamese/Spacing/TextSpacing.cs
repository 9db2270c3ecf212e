using System.Buffers;
using System.Globalization;

namespace ThiDua.Vietnamese.Spacing;

/// <summary>
/// Checks the spaces around punctuation for rule TEXT-SPACE (Vietnamese typing convention, as in the decree's own
/// samples): one space between words, none before <c>, . ; : ? !</c> and <c>…</c>, one after <c>, ; :</c> and after a
/// <c>.</c> that ends a sentence, none just inside brackets and quotation marks.
/// </summary>
/// <remarks>
/// Text is checked line by line (line breaks, paragraph and line separators, Word's vertical tab); spaces at the start
/// and end of a line are indentation or invisible and are left to the layout rules. Tabs are layout, not spaces.
/// Not reported: numbers (<c>10.129.300.000</c>, <c>1,06</c>, <c>7:30</c>, <c>1.1.</c>), dates (<c>01/02/2024</c>),
/// abbreviations before a dot (<c>TM.</c>, <c>KT.</c>, <c>TP.HCM</c>, <c>v.v.</c>, <c>ThS.BS</c>), codes
/// (<c>KH-UBND</c>), URLs, e-mail addresses and file or domain names (<c>baocao.docx</c>, <c>haiduong.gov.vn</c>).
/// </remarks>
public static class TextSpacing
{
    private const int ExcerptReach = 20;
    private const string Closing = ",.;:?!…";
    private const string OpeningBrackets = "([{“«‘";
    private const string ClosingBrackets = ")]}”»’";

    /// <summary>Every character <see cref="IsLineBreak"/> accepts, for a vectorised search.</summary>
    private static readonly SearchValues<char> LineBreaks = CharactersWhere(IsLineBreak);

    /// <summary>The spacing issues of <paramref name="text"/>, in text order; allocates nothing when there is none. Never throws on content.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<SpacingIssue> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<SpacingIssue>? issues = null;
        var lineStart = 0;
        while (true)
        {
            var found = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            var start = lineStart;
            var end = found < 0 ? text.Length : lineStart + found;
            while (start < end && IsBlank(text[start])) start++;
            while (end > start && IsBlank(text[end - 1])) end--;
            if (start < end) CheckLine(text, start, end, ref issues);
            if (found < 0) return issues ?? (IReadOnlyList<SpacingIssue>)[];
            lineStart += found + 1;
        }
    }

    /// <summary>
    /// Looks at each space run and each mark of the line. A plain loop: spaces come every few characters, too close for a
    /// vectorised search to pay for its set-up (measured: TEXT-SPACE on the generated 20-page plan 0.86 → 0.6 ms).
    /// </summary>
    private static void CheckLine(string text, int start, int end, ref List<SpacingIssue>? issues)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                var runEnd = i;
                while (runEnd < end && IsSpace(text[runEnd])) runEnd++;
                CheckSpaces(text, start, i, runEnd, ref issues);
                i = runEnd;
                continue;
            }
            if (IsMarkBeforeSpace(c) && i + 1 < end && NeedsSpaceAfter(text, start, end, i))
                (issues ??= []).Add(MissingSpace(text, start, end, i));
            i++;
        }
    }

    /// <summary>A run of spaces [<paramref name="from"/>, <paramref name="to"/>) between two non-space characters of the line.</summary>
    private static void CheckSpaces(string text, int lineStart, int from, int to, ref List<SpacingIssue>? issues)
    {
        char before = text[from - 1], after = text[to];
        if (to - from == 1 && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) return; // one space between words: none of the cases below
        SpacingIssueKind kind;
        string message;
        if (Closing.Contains(after) && !(after == '.' && to + 1 < text.Length && char.IsLetterOrDigit(text[to + 1])))
        {
            kind = SpacingIssueKind.SpaceBeforePunctuation;
            message = $"Thừa dấu cách trước dấu “{after}”";
        }
        else if (IsClosingBracket(text, lineStart, to))
        {
            kind = SpacingIssueKind.SpaceInsideBrackets;
            message = $"Thừa dấu cách trước dấu đóng “{after}”";
        }
        else if (IsOpeningBracket(text, lineStart, from - 1))
        {
            kind = SpacingIssueKind.SpaceInsideBrackets;
            message = $"Thừa dấu cách sau dấu mở “{before}”";
        }
        else if (to - from > 1 && !IsBlankToFillIn(text, from, to))
        {
            kind = SpacingIssueKind.DoubleSpace;
            message = $"Thừa dấu cách: {to - from} dấu cách liền nhau";
        }
        else return;

        var excerptStart = from;
        while (excerptStart > 0 && from - excerptStart < ExcerptReach && !char.IsWhiteSpace(text[excerptStart - 1])) excerptStart--;
        var excerptEnd = to;
        while (excerptEnd < text.Length && excerptEnd - to < ExcerptReach && !char.IsWhiteSpace(text[excerptEnd])) excerptEnd++;
        var excerpt = text[excerptStart..excerptEnd];
        var fixedSpaces = kind == SpacingIssueKind.DoubleSpace ? " " : "";
        var replacement = text[excerptStart..from] + fixedSpaces + text[to..excerptEnd];
        (issues ??= []).Add(new SpacingIssue(from, to - from, kind, fixedSpaces, excerpt, excerptStart, replacement, $"{message} trong “{excerpt}”."));
    }

    /// <summary>
    /// Spaces left for the văn thư to fill in a number or a date after signing (<c>Số:      /KH-UBND</c>,
    /// <c>ngày    tháng    năm 2024</c>): before a slash, or after <c>Số:</c>, <c>ngày</c> or <c>tháng</c>.
    /// </summary>
    private static bool IsBlankToFillIn(string text, int from, int to)
    {
        if (text[to] == '/') return true;
        var wordStart = from;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, from - wordStart);
        return word.Equals("Số:", StringComparison.OrdinalIgnoreCase) || word.Equals("ngày", StringComparison.OrdinalIgnoreCase)
            || word.Equals("tháng", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the mark at <paramref name="index"/> is directly followed by text that needs a space before it.</summary>
    private static bool NeedsSpaceAfter(string text, int lineStart, int lineEnd, int index)
    {
        char mark = text[index], previous = index > lineStart ? text[index - 1] : ' ', next = text[index + 1];
        var opensSomething = OpeningBrackets.Contains(next) || next == '"';
        if (!char.IsLetterOrDigit(next) && !opensSomething) return false;
        if (IsInAddress(text, lineStart, lineEnd, index)) return false;
        switch (mark)
        {
            case ',':
            case ':':
                // 1,06 and 7:30 are numbers.
                return !(char.IsDigit(previous) && char.IsDigit(next));
            case ';':
                return true;
            default:
                if (char.IsDigit(next) || index > lineStart && text[index - 1] == '.') return false;
                if (opensSomething) return true;
                return !IsAbbreviationBefore(text, lineStart, index) && !IsFileOrDomainName(text, lineStart, lineEnd, index);
        }
    }

    private static SpacingIssue MissingSpace(string text, int lineStart, int lineEnd, int index)
    {
        var excerptStart = index;
        while (excerptStart > lineStart && index - excerptStart < ExcerptReach && char.IsLetterOrDigit(text[excerptStart - 1])) excerptStart--;
        var excerptEnd = index + 1;
        if (excerptEnd < lineEnd && !char.IsLetterOrDigit(text[excerptEnd])) excerptEnd++;
        while (excerptEnd < lineEnd && excerptEnd - index <= ExcerptReach && IsWordChar(text[excerptEnd])) excerptEnd++;
        var excerpt = text[excerptStart..excerptEnd];
        var replacement = text[excerptStart..(index + 1)] + " " + text[(index + 1)..excerptEnd];
        return new SpacingIssue(index, 1, SpacingIssueKind.MissingSpaceAfterPunctuation, text[index] + " ", excerpt, excerptStart, replacement,
            $"Thiếu dấu cách sau dấu “{text[index]}” trong “{excerpt}”.");
    }

    /// <summary>The dot ends an abbreviation: a single letter (<c>v.v.</c>), capitals (<c>TP.</c>, <c>TM.</c>) or a mixed-case title (<c>ThS.</c>).</summary>
    private static bool IsAbbreviationBefore(string text, int lineStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > lineStart && char.IsLetter(text[wordStart - 1])) wordStart--;
        var length = dot - wordStart;
        if (length == 0) return false;
        if (length == 1) return true;
        int upper = 0;
        for (var i = wordStart; i < dot; i++)
            if (char.IsUpper(text[i])) upper++;
        var titleCase = upper == 1 && char.IsUpper(text[wordStart]);
        return upper > 0 && !titleCase;
    }

    /// <summary><c>baocao.docx</c>, <c>haiduong.gov.vn</c>: plain lower-case ASCII letters on both sides of the dot.</summary>
    private static bool IsFileOrDomainName(string text, int lineStart, int lineEnd, int dot)
    {
        var before = dot - 1;
        if (before < lineStart || !IsAsciiLower(text[before])) return false;
        var after = dot + 1;
        while (after < lineEnd && char.IsLetterOrDigit(text[after]))
        {
            if (!IsAsciiLower(text[after]) && !char.IsDigit(text[after])) return false;
            after++;
        }
        return true;
    }

    /// <summary>The white-space separated chunk holding <paramref name="index"/> is a URL or an e-mail address.</summary>
    private static bool IsInAddress(string text, int lineStart, int lineEnd, int index)
    {
        var chunkStart = index;
        while (chunkStart > lineStart && !char.IsWhiteSpace(text[chunkStart - 1])) chunkStart--;
        var chunkEnd = index;
        while (chunkEnd < lineEnd && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
        var chunk = text.AsSpan(chunkStart, chunkEnd - chunkStart);
        return chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains('@') || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A closing bracket or quotation mark at <paramref name="index"/>; a straight <c>"</c> closes when it is not the start of a quoted word and an odd number of them precede it on the line.</summary>
    private static bool IsClosingBracket(string text, int lineStart, int index)
    {
        var c = text[index];
        if (c == '’') return index + 1 >= text.Length || !char.IsLetter(text[index + 1]);
        if (ClosingBrackets.Contains(c)) return true;
        if (c != '"') return false;
        var startsWord = index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
        return !startsWord && QuotesBefore(text, lineStart, index) % 2 == 1;
    }

    /// <summary>An opening bracket or quotation mark at <paramref name="index"/>; a straight <c>"</c> opens when it does not end a quoted word and an even number of them precede it on the line.</summary>
    private static bool IsOpeningBracket(string text, int lineStart, int index)
    {
        var c = text[index];
        if (OpeningBrackets.Contains(c)) return true;
        if (c != '"') return false;
        var endsWord = index > lineStart && !char.IsWhiteSpace(text[index - 1]);
        return !endsWord && QuotesBefore(text, lineStart, index) % 2 == 0;
    }

    private static int QuotesBefore(string text, int lineStart, int index)
    {
        var count = 0;
        for (var i = lineStart; i < index; i++)
            if (text[i] == '"') count++;
        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';

    /// <summary>A space separator (Unicode category Zs), listed: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000.</summary>
    private static bool IsSpace(char c) =>
        c <= '\u00A0' ? c is ' ' or '\u00A0' : c >= '\u1680' && c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsBlank(char c) => IsSpace(c) || c == '\t';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsMarkBeforeSpace(char c) => c is ',' or ';' or ':' or '.';

    private static SearchValues<char> CharactersWhere(Func<char, bool> accepts)
    {
        var characters = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (accepts((char)c)) characters.Add((char)c);
        return SearchValues.Create(characters.ToArray());
    }
}
