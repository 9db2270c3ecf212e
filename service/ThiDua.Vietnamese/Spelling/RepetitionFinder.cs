using ThiDua.Vietnamese.Alphabet;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// Decides whether a word written twice in a row on one line is a slip (<c>loại loại</c>, <c>các các</c>). Not a
/// slip: a proper name next to the same common word (<c>trở thành Thành phố</c>, <c>xã Tiến Thành thành
/// phường</c>, <c>Luật Luật sư</c>, <c>dân tộc Lô Lô</c>); a reduplication (<see cref="Reduplication"/>), unless a
/// number follows (<c>năm năm 2024</c>); two words sharing a syllable, each a known pair (<c>hành vi vi phạm</c>,
/// <c>giao thông thông minh</c>, <c>kiểm định định kỳ</c>) — a slip inside a common phrase (<c>có thể thể tìm</c>)
/// looks the same to pair counts and goes unreported. A pair is known when the frequency tables have it at all:
/// written together at least 3 times in the corpus, or listed as a plan word
/// (<see cref="Lexicon.SyllableFrequencies.PairCount"/>). No association threshold is set on top: in a corpus of
/// 0.9 million syllables of software text, words of plans whose syllables are common on their own (<c>thể hiện</c>:
/// 35 pairs for 12,000 <c>thể</c>) fall below any share that would still separate real pairs from chance, while an
/// adjacency the corpus has never seen three times (<c>loại cán</c> in <c>xếp loại loại cán bộ</c>) still marks the
/// slip. A grammatical word (<see cref="FunctionWords"/>) pairs with anything, so a doubled one is always reported (<c>các các</c>, <c>đã được được</c>), even in the rare <c>tiếp theo theo quy định</c>.
/// </summary>
internal sealed class RepetitionFinder(KnownSyllables syllables)
{
    /// <summary>True when word <paramref name="index"/> of <paramref name="tokens"/> repeats the one before it by mistake.</summary>
    public bool IsSlip(string text, List<WordToken> tokens, int index)
    {
        WordToken first = tokens[index - 1], second = tokens[index];
        if (!second.FollowsPrevious || !first.IsWord) return false;
        var a = text.AsSpan(first.Start, first.Length);
        var b = text.AsSpan(second.Start, second.Length);
        if (!a.Equals(b, StringComparison.OrdinalIgnoreCase) || b.Length > SyllableParser.MaxLength) return false;
        if (!WordContext.OnSameLine(text, first, second) || IsProperName(text, tokens, index)) return false;

        var key = syllables.KeyOf(text, second);
        Span<char> lower = stackalloc char[b.Length];
        b.ToLowerInvariant(lower);
        if (Reduplication.IsIdiomatic(lower) || key is not null && Reduplication.IsCommonDoubling(key, syllables.Frequencies))
            return WordContext.NumberFollows(text, second.End);
        if (FunctionWords.Contains(lower)) return true;
        if (index < 2 || !first.FollowsPrevious || index + 1 >= tokens.Count || !tokens[index + 1].FollowsPrevious) return true;
        var previous = syllables.KeyOf(text, tokens[index - 2]);
        var next = syllables.KeyOf(text, tokens[index + 1]);
        if (key is null || previous is null || next is null) return true;
        var sharesSyllable = syllables.Frequencies.PairCount(previous, key) > 0 && syllables.Frequencies.PairCount(key, next) > 0;
        return !sharesSyllable;
    }

    /// <summary>True when the capitals of the doubled word show a proper name on one side.</summary>
    private static bool IsProperName(string text, List<WordToken> tokens, int index)
    {
        WordToken first = tokens[index - 1], second = tokens[index];
        var firstCase = VietnameseCase.Classify(text.AsSpan(first.Start, first.Length));
        var secondCase = VietnameseCase.Classify(text.AsSpan(second.Start, second.Length));
        if (firstCase == LetterCase.Lower && secondCase != LetterCase.Lower) return true;
        if (firstCase != LetterCase.Title || WordContext.IsSentenceStart(text, first.Start)) return false;
        if (secondCase == LetterCase.Title) return true;
        // "xã Tiến Thành thành phường": the first word ends a name of several words.
        return index >= 2 && first.FollowsPrevious && tokens[index - 2].IsWord
            && VietnameseCase.Classify(text.AsSpan(tokens[index - 2].Start, tokens[index - 2].Length)) == LetterCase.Title;
    }
}
