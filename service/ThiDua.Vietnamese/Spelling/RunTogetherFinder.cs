using ThiDua.Vietnamese.Alphabet;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// Splits a word that is not one syllable into two known syllables often written one after the other
/// (<c>tổchức</c> → <c>tổ chức</c>, <c>chọnnơi</c> → <c>chọn nơi</c>): the split whose pair the corpus counts most.
/// A capitalised word must split into a compound (Dice ≥ 0.03): <c>Tổchức</c> does, the name <c>Lênin</c> does not.
/// </summary>
internal sealed class RunTogetherFinder(KnownSyllables syllables)
{
    private const double CompoundDice = 0.03;

    /// <summary>The two syllables of <paramref name="word"/> separated by a space, null when there is no such split.</summary>
    public string? Split(ReadOnlySpan<char> word, LetterCase pattern)
    {
        if (word.Length > 2 * SyllableParser.MaxLength) return null;
        Span<char> leftKey = stackalloc char[word.Length], rightKey = stackalloc char[word.Length];
        int bestSplit = -1;
        long bestCount = 0;
        for (var split = 1; split < word.Length; split++)
        {
            if (!syllables.TryKey(word[..split], leftKey, out var leftLength) || !syllables.TryKey(word[split..], rightKey, out var rightLength)) continue;
            var count = syllables.Frequencies.PairCount(leftKey[..leftLength], rightKey[..rightLength]);
            if (count <= bestCount) continue;
            if (pattern != LetterCase.Lower && syllables.Frequencies.Dice(leftKey[..leftLength].ToString(), rightKey[..rightLength].ToString()) < CompoundDice) continue;
            bestCount = count;
            bestSplit = split;
        }
        return bestSplit < 0 ? null : $"{word[..bestSplit]} {word[bestSplit..]}";
    }
}
