using System.Runtime.CompilerServices;
using ThiDua.Vietnamese.Alphabet;
using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Syllables;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// <i>Kiểm tra chính tả</i> — finds spelling slips in Vietnamese text for rule TEXT-SPELL: syllables that are not
/// Vietnamese, tone marks on the wrong vowel, two syllables run together, and the same word twice.
/// </summary>
/// <remarks>
/// <para>What is checked. Every run of letters is a candidate word; these are left alone as not Vietnamese words:</para>
/// <list type="bullet">
/// <item>URLs, e-mail addresses, letters glued to digits (<c>m2</c>, <c>24h</c>), words with an apostrophe (<c>H'Mông</c>);</item>
/// <item>mixed-case codes (<c>ThS</c>, <c>iPhone</c>); words without a vowel (<c>đ</c>, <c>Tp</c>, <c>HĐND</c>);
/// words with <c>f j w z</c>;</item>
/// <item>capitals without a tone mark that are not syllables: acronyms and Roman numerals (<c>UBND</c>, <c>BHYT</c>,
/// <c>VSMT</c>, <c>CNH</c>, <c>XIII</c>) — a tone mark shows a word in capitals is Vietnamese and is checked
/// (<c>QỦA</c>);</item>
/// <item>words in plain ASCII, which are foreign (<c>Covid</c>, <c>online</c>, <c>Zalo</c>, <c>chat</c>), except a
/// lower-case one whose vowels only Vietnamese with its marks would have (<c>nguoi</c>, <c>truong</c>): that is
/// Vietnamese typed without its marks;</item>
/// <item>capitalised names whose only fault is an initial or final Vietnamese spelling does not have, as in names
/// from minority languages (<c>Đắk</c>, <c>Kon Tum</c>, <c>Krông</c>, <c>Bắc Kạn</c>, <c>Vy</c>); a capitalised word
/// with a wrong tone or vowel is still reported (<c>Luât</c>);</item>
/// <item>words of several syllables that are not two known syllables run together (<c>Phaolô</c>, <c>kilômét</c>).</item>
/// </list>
/// <para>Validity is that of <see cref="SyllableDictionary"/>: with a word list, a well-formed syllable it does not
/// know is reported (<c>vủa</c>); without one, only the grammar is applied.</para>
/// <para>Cost: one pass over the text with no allocation per correct word; corrections are searched only for the
/// few words found wrong. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SpellChecker
{
    private static readonly Lazy<SpellChecker> DefaultInstance = new(() => new SpellChecker(SyllableDictionary.Default));

    private readonly SyllableDictionary _dictionary;
    private readonly KnownSyllables _syllables;
    private readonly CorrectionFinder _corrections;
    private readonly RunTogetherFinder _runTogether;
    private readonly RepetitionFinder _repetitions;

    /// <summary>A checker that validates syllables with <paramref name="dictionary"/>.</summary>
    public SpellChecker(SyllableDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
        _syllables = new KnownSyllables(dictionary, SyllableFrequencies.Default);
        _corrections = new CorrectionFinder(dictionary, SyllableFrequencies.Default);
        _runTogether = new RunTogetherFinder(_syllables);
        _repetitions = new RepetitionFinder(_syllables);
    }

    /// <summary>A checker with <see cref="SyllableDictionary.Default"/>, created on first use.</summary>
    public static SpellChecker Default => DefaultInstance.Value;

    /// <summary>The dictionary syllables are validated with.</summary>
    public SyllableDictionary Dictionary => _dictionary;

    /// <summary>
    /// The spelling issues of <paramref name="text"/> (any length, NFC or NFD), in text order. Never throws on content.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<SpellingIssue> Check(string text) => Check(text, null);

    /// <summary>
    /// The spelling issues of <paramref name="text"/>, as <see cref="Check(string)"/> gives them, reading and filling
    /// <paramref name="memo"/> — one memo for all the paragraphs of one document, so that its repeated words are
    /// validated once. Null: no memo.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<SpellingIssue> Check(string text, SpellingMemo? memo)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Check(text, memo is null ? WordTokenizer.Tokenize(text) : WordTokenizer.Tokenize(text, memo.Tokens), memo);
    }

    /// <summary>
    /// The spelling issues of the text read as <paramref name="words"/> (its tokens read once for every checker), as
    /// <see cref="Check(string, SpellingMemo)"/> gives them for <see cref="TextWords.Text"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public IReadOnlyList<SpellingIssue> Check(TextWords words, SpellingMemo? memo)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Check(words.Text, words.Tokens, memo);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IReadOnlyList<SpellingIssue> Check(string text, List<WordToken> tokens, SpellingMemo? memo)
    {
        var issues = new List<SpellingIssue>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            var written = text.AsSpan(token.Start, token.Length);
            if (memo is null || !memo.IsKnownCorrect(written))
            {
                var issue = CheckWord(text, tokens, i, out var anywhere);
                if (issue is not null) issues.Add(issue);
                else if (anywhere) memo?.AddCorrect(written);
            }
            if (i > 0 && _repetitions.IsSlip(text, tokens, i))
            {
                var previous = tokens[i - 1];
                var words = text[previous.Start..token.End];
                var single = text.Substring(previous.Start, previous.Length);
                issues.Add(new SpellingIssue(words, previous.Start, token.End - previous.Start, SpellingIssueKind.RepeatedWord, single,
                    SpellingMessages.RepeatedWord(words, single)));
            }
        }
        issues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return issues;
    }

    /// <summary>
    /// The issue of word <paramref name="index"/>, or null; <paramref name="anywhere"/> tells that a null verdict holds
    /// wherever the word stands (it did not look at the word's neighbours or place).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SpellingIssue? CheckWord(string text, List<WordToken> tokens, int index, out bool anywhere)
    {
        anywhere = true;
        var token = tokens[index];
        var written = text.AsSpan(token.Start, token.Length);
        var word = HasCombiningMark(written) ? UnicodeForms.ToNfc(written.ToString()).AsSpan() : written;
        if (word.Length > 2 * SyllableParser.MaxLength) return null;
        var pattern = VietnameseCase.Classify(word);
        if (pattern is LetterCase.Mixed or LetterCase.None) return null;

        Span<char> bases = stackalloc char[Math.Max(word.Length, 1)];
        var parsed = SyllableParser.Parse(word, bases);
        var ascii = IsAscii(word);
        var toneMarked = HasToneMark(word);

        switch (parsed.Problem)
        {
            case SyllableProblem.None or SyllableProblem.MisplacedToneMark:
                Span<char> key = stackalloc char[word.Length];
                SyllableParser.WriteKey(bases[..word.Length], parsed, key);
                if (_dictionary.Knows(key))
                {
                    if (parsed.Problem == SyllableProblem.None) return null;
                    var respelled = VietnameseSyllable.MoveToneMark(word.ToString(), parsed.ToneIndex, parsed.MarkIndex, parsed.Tone);
                    return Issue(text, token, SpellingIssueKind.MisplacedTone, respelled, SpellingMessages.MisplacedTone(text.Substring(token.Start, token.Length), respelled));
                }
                // Unknown but well formed: foreign, an acronym, or a rare name when capitalised inside a sentence.
                if (ascii || pattern == LetterCase.Upper && !toneMarked) return null;
                anywhere = pattern != LetterCase.Title;
                if (!anywhere && !WordContext.IsSentenceStart(text, token.Start)) return null;
                return Invalid(text, tokens, index, word, SyllableProblem.None, pattern);

            case SyllableProblem.NotOneSyllable:
                if (ascii || _runTogether.Split(word, pattern) is not { } split) return null;
                return Issue(text, token, SpellingIssueKind.RunTogether, split, SpellingMessages.RunTogether(text.Substring(token.Start, token.Length), split));

            case SyllableProblem.InvalidInitial or SyllableProblem.InvalidFinal:
                // Names and foreign words when capitalised; abbreviations (âl. or âl for âm lịch).
                if (ascii || pattern != LetterCase.Lower || word.Length <= 2) return null;
                anywhere = false;
                if (WordContext.IsAbbreviation(text, token)) return null;
                return Invalid(text, tokens, index, word, parsed.Problem, pattern);

            case SyllableProblem.SpellingConvention:
                if (ascii || pattern == LetterCase.Title || pattern == LetterCase.Upper && !toneMarked) return null;
                return Invalid(text, tokens, index, word, parsed.Problem, pattern);

            case SyllableProblem.InvalidRhyme when ascii:
                // Plain ASCII is English or a name, unless it is Vietnamese without its marks (nguoi, truong).
                if (pattern != LetterCase.Lower || WordContext.IsRomanNumeral(word)) return null;
                var restored = _corrections.FindByMarks(word);
                return restored is null ? null : Issue(text, token, SpellingIssueKind.InvalidSyllable, restored,
                    SpellingMessages.InvalidSyllable(text.Substring(token.Start, token.Length), parsed.Problem, restored));

            case SyllableProblem.InvalidRhyme or SyllableProblem.ToneNotAllowed or SyllableProblem.MultipleToneMarks:
                if (ascii || pattern == LetterCase.Upper && !toneMarked) return null;
                return Invalid(text, tokens, index, word, parsed.Problem, pattern);

            default: // NotLetters, ForeignLetter, NoVowel: not a Vietnamese word at all.
                return null;
        }
    }

    private SpellingIssue Invalid(string text, List<WordToken> tokens, int index, ReadOnlySpan<char> word, SyllableProblem problem, LetterCase pattern)
    {
        var token = tokens[index];
        var previous = index > 0 && token.FollowsPrevious ? _syllables.KeyOf(text, tokens[index - 1]) : null;
        var next = index + 1 < tokens.Count && tokens[index + 1].FollowsPrevious ? _syllables.KeyOf(text, tokens[index + 1]) : null;
        var found = _corrections.Find(word, previous, next);
        var suggestion = found is null ? null : VietnameseCase.Apply(found, pattern);
        var written = text.Substring(token.Start, token.Length);
        return Issue(text, token, SpellingIssueKind.InvalidSyllable, suggestion, SpellingMessages.InvalidSyllable(written, problem, suggestion));
    }

    private static SpellingIssue Issue(string text, WordToken token, SpellingIssueKind kind, string? suggestion, string message) =>
        new(text.Substring(token.Start, token.Length), token.Start, token.Length, kind, suggestion, message);

    private static bool HasCombiningMark(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (VietnameseLetters.IsCombiningMark(c)) return true;
        return false;
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c > '\u007F') return false;
        return true;
    }

    private static bool HasToneMark(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (VietnameseLetters.HasToneMark(c)) return true;
        return false;
    }
}
