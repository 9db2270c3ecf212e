using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// Finds the most likely syllable a misspelled word was meant to be. Candidates are small edits of the word: any
/// tone; adding, removing or changing the shape marks of <c>ă â ê ô ơ ư đ</c>, several at once; one letter changed,
/// added, removed or swapped with its neighbour. Those the dictionary knows are ranked as a noisy channel: the log
/// probability of the candidate in its place, minus its edit cost (marks restored on a word typed without any cost
/// little). The probability is the candidate's corpus frequency without neighbours, and with them the chance that it
/// follows the previous word and that the next word follows it, each pair estimate smoothed towards the single-syllable
/// frequency (<see cref="ContextPrior"/>; counts from <see cref="SyllableFrequencies"/>): after <c>bình</c>,
/// <c>thuởng</c> is <c>thường</c> though <c>thưởng</c> is the commoner syllable in plans. One unit of cost outweighs
/// a probability ratio of e⁵ ≈ 150, so a closer candidate wins over a likelier one unless they are far apart.
/// The cost is measured to the spelling the suggestion is shown in: dictionary keys merge <c>i</c> and <c>y</c>
/// (<c>tỉ</c>/<c>tỷ</c>), so a candidate whose usual spelling has the other letter is one letter further from what
/// was typed (<c>tỉh</c> → <c>tỷ</c> drops <c>h</c> and changes <c>ỉ</c>; <c>tỉh</c> → <c>tỉnh</c> adds <c>n</c>).
/// </summary>
internal sealed class CorrectionFinder(SyllableDictionary dictionary, SyllableFrequencies frequencies)
{
    private readonly SyllableDictionary _dictionary = dictionary;
    private readonly SyllableFrequencies _frequencies = frequencies;

    private const double ShapeCost = 0.6, ToneCost = 0.6, LetterCost = 1.0, MaxCost = 2.4;

    /// <summary>Cost of adding a shape or tone mark to a word written without any: restoring them is what its writer skipped.</summary>
    private const double RestoreCost = 0.2;

    /// <summary>Weight of one unit of edit cost against the natural log of a probability.</summary>
    private const double CostWeight = 5.0;

    /// <summary>
    /// Dirichlet prior of the pair estimates: P(b | a) = (pairs a b + μ·P(b)) ÷ (count a + μ), μ = 100. A pair seen
    /// far less than 100 times leans on the single-syllable frequency; one seen far more decides by itself. 100 is the
    /// order of a plan word's occurrences in the corpus (<c>bình thường</c> 98), so that a pair a plan writes often
    /// outweighs a syllable that is merely common (<see cref="SyllableFrequencies"/>).
    /// </summary>
    private const double ContextPrior = 100;

    private const int MaxLetters = 10, MaxShapePositions = 5;

    private static readonly Tone[] Tones = Enum.GetValues<Tone>();
    private const string Alphabet = "abcdđeghiklmnopqrstuvxyăâêôơư";

    /// <summary>
    /// The best correction of <paramref name="word"/> (NFC, any case) in its usual spelling, lower-case
    /// (<c>vủa</c> → <c>của</c>, <c>Luât</c> → <c>luật</c>); null when no candidate is known.
    /// </summary>
    /// <param name="word">The misspelled word.</param>
    /// <param name="previousKey">Dictionary key of the word before it, or null.</param>
    /// <param name="nextKey">Dictionary key of the word after it, or null.</param>
    public string? Find(ReadOnlySpan<char> word, string? previousKey, string? nextKey)
    {
        if (word.Length > MaxLetters) return null;
        Span<char> letters = stackalloc char[word.Length];
        var tones = 0; // bit set of the tones written
        for (var i = 0; i < word.Length; i++)
        {
            var lower = VietnameseLetters.ToLower(word[i]);
            if (!VietnameseLetters.IsLetter(lower)) return null;
            letters[i] = VietnameseLetters.BaseLetter(lower);
            tones |= 1 << (int)VietnameseLetters.ToneOfLetter(lower);
        }
        // In a word with a mark, the Level bit only says that some letters carry none: drop it.
        if ((tones & ~1) != 0) tones &= ~1;
        var unmarked = tones == 1 && !word.ContainsAnyExceptInRange('\0', '\u007F');

        var search = new Search(this, tones, unmarked ? RestoreCost : ToneCost, previousKey, nextKey);
        ShapeVariants(letters, 0, 0, 0, unmarked ? RestoreCost : ShapeCost, search);
        LetterEdits(letters, search);
        return search.BestKey is null ? null : _frequencies.Display(search.BestKey);
    }

    /// <summary>
    /// The known syllable <paramref name="word"/>, written without marks, stands for once its shape and tone marks
    /// are restored (<c>nguoi</c> → <c>người</c>); null when restoring marks alone gives no known syllable.
    /// </summary>
    public string? FindByMarks(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLetters) return null;
        Span<char> letters = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++) letters[i] = VietnameseLetters.ToLower(word[i]);
        var search = new Search(this, 1, RestoreCost, null, null);
        ShapeVariants(letters, 0, 0, 0, RestoreCost, search);
        return search.BestKey is null ? null : _frequencies.Display(search.BestKey);
    }

    /// <summary>Every combination of shape changes at the first <see cref="MaxShapePositions"/> positions that have one.</summary>
    private static void ShapeVariants(Span<char> letters, int from, int changed, double cost, double shapeCost, Search search)
    {
        if (changed > 0) search.Consider(letters, cost);
        for (var i = from; i < letters.Length && changed < MaxShapePositions; i++)
        {
            var original = letters[i];
            var variants = VietnameseLetters.ShapeVariants(original);
            if (variants.Length == 0) continue;
            foreach (var variant in variants)
            {
                if (cost + shapeCost > MaxCost) break;
                letters[i] = variant;
                ShapeVariants(letters, i + 1, changed + 1, cost + shapeCost, shapeCost, search);
            }
            letters[i] = original;
        }
        if (changed == 0) search.Consider(letters, 0);
    }

    /// <summary>One letter substituted, inserted, deleted, or two neighbours swapped.</summary>
    private static void LetterEdits(ReadOnlySpan<char> letters, Search search)
    {
        Span<char> edited = stackalloc char[letters.Length + 1];
        for (var i = 0; i < letters.Length; i++)
        {
            letters.CopyTo(edited);
            foreach (var letter in Alphabet)
            {
                if (letter == letters[i]) continue;
                edited[i] = letter;
                search.Consider(edited[..letters.Length], LetterCost);
            }
        }
        for (var i = 0; i <= letters.Length; i++)
        {
            letters[..i].CopyTo(edited);
            letters[i..].CopyTo(edited[(i + 1)..]);
            foreach (var letter in Alphabet)
            {
                edited[i] = letter;
                search.Consider(edited[..(letters.Length + 1)], LetterCost);
            }
        }
        for (var i = 0; i < letters.Length && letters.Length > 1; i++)
        {
            letters[..i].CopyTo(edited);
            letters[(i + 1)..].CopyTo(edited[i..]);
            search.Consider(edited[..(letters.Length - 1)], LetterCost);
        }
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            if (letters[i] == letters[i + 1]) continue;
            letters.CopyTo(edited);
            (edited[i], edited[i + 1]) = (edited[i + 1], edited[i]);
            search.Consider(edited[..letters.Length], LetterCost);
        }
    }

    /// <summary>
    /// Log probability, up to a term equal for every candidate, of the syllable <paramref name="key"/> (seen
    /// <paramref name="count"/> times) between the given neighbours: log P(key) alone, log P(key | previous) and
    /// log P(next | key) with neighbours, each pair estimate smoothed by <see cref="ContextPrior"/>.
    /// </summary>
    private double LogLikelihood(ReadOnlySpan<char> key, long count, string? previousKey, string? nextKey)
    {
        double total = Math.Max(1, _frequencies.Total);
        var probability = (count + 1) / total;
        var score = previousKey is null
            ? Math.Log(probability)
            : Math.Log(_frequencies.PairCount(previousKey, key) + ContextPrior * probability);
        if (nextKey is not null)
            score += Math.Log(_frequencies.PairCount(key, nextKey) + ContextPrior * (_frequencies.Count(nextKey) + 1) / total)
                - Math.Log(count + ContextPrior);
        return score;
    }

    /// <summary>
    /// Letters of <paramref name="letters"/> (no tone) that <paramref name="display"/> writes differently, tone marks
    /// aside: the <c>i</c>/<c>y</c> of a usual spelling that differs from its key (<c>tỉ</c> shown as <c>tỷ</c>).
    /// </summary>
    private static int LettersChanged(ReadOnlySpan<char> letters, string display)
    {
        if (display.Length != letters.Length) return 0;
        var changed = 0;
        for (var i = 0; i < letters.Length; i++)
            if (VietnameseLetters.BaseLetter(display[i]) != letters[i]) changed++;
        return changed;
    }

    /// <summary>The running best candidate.</summary>
    private sealed class Search(CorrectionFinder finder, int writtenTones, double toneCost, string? previousKey, string? nextKey)
    {
        private double _bestScore = double.NegativeInfinity;

        public string? BestKey { get; private set; }

        /// <summary>Scores <paramref name="letters"/> (base letters, no tone) with every tone it may carry.</summary>
        public void Consider(ReadOnlySpan<char> letters, double baseCost)
        {
            if (letters.IsEmpty) return;
            Span<char> bases = stackalloc char[letters.Length];
            var parsed = SyllableParser.Parse(letters, bases);
            if (parsed.Problem is not (SyllableProblem.None or SyllableProblem.ToneNotAllowed)) return;
            Span<char> key = stackalloc char[letters.Length];
            foreach (var tone in Tones)
            {
                if (parsed.Rhyme!.IsChecked && tone is not (Tone.Acute or Tone.DotBelow)) continue;
                // Cost 0 is the word with its mark moved to its place (đựơc → được).
                var cost = baseCost + ((writtenTones & (1 << (int)tone)) != 0 ? 0 : toneCost);
                if (cost > MaxCost) continue;
                SyllableParser.WriteKey(bases, parsed with { Tone = tone }, key);
                var count = finder._frequencies.Count(key);
                if (!finder._dictionary.Knows(key) || count == 0 && !finder._dictionary.HasWordList) continue;
                if (finder._frequencies.TryGetDisplay(key, out var display)) cost += LetterCost * LettersChanged(letters, display);
                if (cost > MaxCost) continue;
                var score = finder.LogLikelihood(key, count, previousKey, nextKey) - CostWeight * cost;
                if (score <= _bestScore) continue;
                _bestScore = score;
                BestKey = key.ToString();
            }
        }
    }
}
