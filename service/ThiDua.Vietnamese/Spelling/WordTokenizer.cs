using System.Globalization;
using System.Runtime.CompilerServices;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// Splits text into runs of letters — precomposed Vietnamese letters and combining marks (NFD text) included — and
/// tells which runs are words. Text is read in white-space separated chunks: a chunk holding <c>://</c>, <c>@</c> or
/// starting with <c>www.</c> is a URL or e-mail address and has no words; inside other chunks the runs between
/// hyphens, slashes and dots are words (<c>KH-UBND</c> → <c>KH</c>, <c>UBND</c>; <c>tạ/ha</c> → <c>tạ</c>, <c>ha</c>).
/// </summary>
internal static class WordTokenizer
{
    /// <summary>The letter runs of <paramref name="text"/>, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<WordToken> Tokenize(string text) => Tokenize(text, new List<WordToken>(text.Length / 4 + 1));

    /// <summary>The letter runs of <paramref name="text"/>, in order, in <paramref name="tokens"/> (cleared first), which is returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<WordToken> Tokenize(string text, List<WordToken> tokens)
    {
        tokens.Clear();
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var chunkStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var chunk = text.AsSpan(chunkStart, i - chunkStart);
            if (chunk.IsEmpty) break;

            var isAddress = chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains('@')
                || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            var j = 0;
            while (j < chunk.Length)
            {
                if (!IsLetter(chunk[j]))
                {
                    j++;
                    continue;
                }
                var start = j;
                var hasApostrophe = false;
                while (j < chunk.Length)
                {
                    if (IsLetter(chunk[j]) || IsMark(chunk[j])) j++;
                    else if (IsApostrophe(chunk[j]) && j + 1 < chunk.Length && IsLetter(chunk[j + 1]))
                    {
                        hasApostrophe = true;
                        j++;
                    }
                    else break;
                }
                var glued = start > 0 && char.IsDigit(chunk[start - 1]) || j < chunk.Length && char.IsDigit(chunk[j]);
                var absoluteStart = chunkStart + start;
                var follows = previousEnd >= 0 && IsWhiteSpaceOnly(text.AsSpan(previousEnd, absoluteStart - previousEnd));
                tokens.Add(new WordToken(absoluteStart, j - start, !isAddress && !glued && !hasApostrophe, follows));
                previousEnd = absoluteStart + j - start;
            }
        }
        return tokens;
    }

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsWhiteSpaceOnly(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty) return false;
        foreach (var c in gap)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }
}
