using System.Collections.Frozen;
using ThiDua.Vietnamese.Capitals;

namespace ThiDua.Vietnamese.Lexicon;

/// <summary>
/// Words of several syllables common in administrative plans (the embedded <c>Resources/plan-words.words</c>, the
/// project's own list: <c>mục tiêu</c>, <c>thi đua</c>, <c>khen thưởng</c>…), asked whether two syllables are adjacent
/// syllables of one word — for instance to tell a word split by a line break (<c>Mục</c> / <c>tiêu tổng quát</c>, text
/// copied from a page) from a new sentence. Whatever the case and the tone placement. Thread-safe.
/// </summary>
public static class PlanWords
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Pairs = new(() =>
        EmbeddedTable.Rows("ThiDua.Vietnamese.plan-words.words")
            .SelectMany(row => PairsOf(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>True when <paramref name="first"/> followed by <paramref name="second"/> are two adjacent syllables of one listed word.</summary>
    public static bool Join(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.IsEmpty || second.IsEmpty || first.Length > WordKey.MaxLength || second.Length > WordKey.MaxLength) return false;
        Span<char> key = stackalloc char[2 * WordKey.MaxLength + 1];
        var a = WordKey.Write(first, key);
        key[a] = ' ';
        var b = WordKey.Write(second, key[(a + 1)..]);
        return Pairs.Value.Contains(key[..(a + 1 + b)]);
    }

    private static IEnumerable<string> PairsOf(string[] syllables)
    {
        for (var i = 0; i + 1 < syllables.Length; i++) yield return WordKey.Of(syllables[i]) + " " + WordKey.Of(syllables[i + 1]);
    }
}
