using System.Runtime.CompilerServices;

namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// The syllable grammar of Vietnamese spelling: initial + rhyme + tone, with the conventions that tie them together
/// (<c>k</c>/<c>c</c>/<c>q</c>, <c>gh</c>/<c>g</c>, <c>ngh</c>/<c>ng</c>, <c>gi</c>, stop finals and tones, where the
/// tone mark sits). Works on spans and a caller-supplied buffer so that checking a long text allocates nothing per
/// word.
/// </summary>
internal static class SyllableParser
{
    /// <summary>The longest possible syllable is 7 letters (<c>nghiêng</c>); longer words are not one syllable.</summary>
    public const int MaxLength = 16;

    /// <summary>Initials, longest first so that <c>ngh</c> wins over <c>ng</c> and <c>ng</c> over <c>n</c>.</summary>
    private static readonly string[] Initials =
    [
        "ngh",
        "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    /// <summary>Initials after which the open rhyme <c>y</c> is written (<c>hy kỳ lý mỹ sỹ tỷ</c>).</summary>
    private static readonly string[] OpenYInitials = ["", "h", "k", "l", "m", "s", "t"];

    /// <summary>
    /// Parses <paramref name="word"/> (NFC, any case). <paramref name="bases"/> receives the lower-case letters without
    /// tone and must be at least as long as the word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParsedSyllable Parse(ReadOnlySpan<char> word, Span<char> bases)
    {
        if (word.IsEmpty || word.Length > MaxLength) return Fail(word.IsEmpty ? SyllableProblem.NotLetters : SyllableProblem.NotOneSyllable);

        var tone = Tone.Level;
        int toneIndex = -1, marks = 0;
        bool hasVowel = false, foreign = false;
        for (var i = 0; i < word.Length; i++)
        {
            var lower = VietnameseLetters.ToLower(word[i]);
            if (VietnameseLetters.IsVowel(lower))
            {
                hasVowel = true;
                var letterTone = VietnameseLetters.ToneOfLetter(lower);
                if (letterTone != Tone.Level)
                {
                    marks++;
                    tone = letterTone;
                    toneIndex = i;
                }
                bases[i] = VietnameseLetters.BaseLetter(lower);
            }
            else if (VietnameseLetters.IsConsonant(lower)) bases[i] = lower;
            else if (VietnameseLetters.ForeignLetters.Contains(lower))
            {
                foreign = true;
                bases[i] = lower;
            }
            else return Fail(SyllableProblem.NotLetters);
        }
        var letters = bases[..word.Length];
        if (foreign) return Fail(SyllableProblem.ForeignLetter);
        if (!hasVowel) return Fail(SyllableProblem.NoVowel);

        var initial = MatchInitial(letters);
        if (initial is null) return Fail(SyllableProblem.InvalidInitial);
        var rest = letters[initial.Length..];

        // The rhyme as the grammar sees it: qu's u is the glide, gi's i is shared before a consonant or iê.
        Span<char> rhymeText = stackalloc char[rest.Length + 2];
        int rhymeLength, rhymeStart;
        switch (initial)
        {
            case "gi" when rest.IsEmpty || !IsBaseVowel(rest[0]) || rest[0] == 'ê' && SharesI(rest):
                rhymeText[0] = 'i';
                rest.CopyTo(rhymeText[1..]);
                rhymeLength = rest.Length + 1;
                rhymeStart = 1;
                break;
            case "qu":
                if (rest.IsEmpty || !IsBaseVowel(rest[0])) return Fail(SyllableProblem.InvalidRhyme, initial);
                if (rest[0] == 'i')
                {
                    // qui = quy (quí/quý, quít/quýt).
                    rhymeText[0] = 'u';
                    rhymeText[1] = 'y';
                    rest[1..].CopyTo(rhymeText[2..]);
                }
                else
                {
                    rhymeText[0] = rest[0] is 'a' or 'ă' or 'e' ? 'o' : 'u';
                    rest.CopyTo(rhymeText[1..]);
                }
                rhymeLength = rest.Length + 1;
                rhymeStart = 1;
                break;
            default:
                if (rest.IsEmpty || !IsBaseVowel(rest[0])) return Fail(SyllableProblem.InvalidInitial);
                rest.CopyTo(rhymeText);
                rhymeLength = rest.Length;
                rhymeStart = initial.Length;
                break;
        }

        var structure = CheckStructure(rest);
        if (structure != SyllableProblem.None) return Fail(structure, initial);
        if (marks > 1) return Fail(SyllableProblem.MultipleToneMarks, initial);

        var rhyme = RhymeTable.Find(rhymeText[..rhymeLength]);
        if (rhyme is null) return Fail(SyllableProblem.InvalidRhyme, initial);

        var markIndex = rhymeStart + rhyme.MarkIndex;
        var alternative = rhyme.AlternativeMarkIndex >= 0 && initial != "qu" ? rhymeStart + rhyme.AlternativeMarkIndex : -1;
        var parsed = new ParsedSyllable(SyllableProblem.None, initial, rhyme, rhymeStart, tone, toneIndex, markIndex, alternative);

        if (!FollowsConventions(initial, rhyme)) return parsed with { Problem = SyllableProblem.SpellingConvention };
        if (rhyme.IsChecked && tone is not (Tone.Acute or Tone.DotBelow)) return parsed with { Problem = SyllableProblem.ToneNotAllowed };
        if (toneIndex >= 0 && toneIndex != markIndex && toneIndex != alternative) return parsed with { Problem = SyllableProblem.MisplacedToneMark };
        return parsed;
    }

    /// <summary>
    /// Writes the dictionary key of a syllable whose letters are valid: lower case, the mark on the main vowel
    /// (<c>hóa</c> → <c>hoá</c>), the open <c>y</c> after <c>h k l m s t</c> as <c>i</c> (<c>lý</c> → <c>lí</c>) and
    /// <c>qui</c> as <c>quy</c>. Spelling variants that mean the same syllable thus share one key.
    /// </summary>
    /// <returns>The key's length (that of the word).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WriteKey(ReadOnlySpan<char> bases, in ParsedSyllable parsed, Span<char> key)
    {
        bases.CopyTo(key);
        var rhyme = parsed.Rhyme!;
        if (parsed.Initial == "qu" && bases[2] == 'i') key[2] = 'y';
        if (rhyme is { Medial: "", Nucleus: "y", Final: "" } && parsed.Initial.Length == 1) key[parsed.RhymeStart] = 'i';
        if (parsed.Tone != Tone.Level) key[parsed.MarkIndex] = VietnameseLetters.Compose(key[parsed.MarkIndex], parsed.Tone);
        return bases.Length;
    }

    private static ParsedSyllable Fail(SyllableProblem problem, string initial = "") =>
        new(problem, initial, null, -1, Tone.Level, -1, -1, -1);

    private static bool IsBaseVowel(char baseLetter) => VietnameseLetters.Vowels.Contains(baseLetter);

    /// <summary>After <c>gi</c>, <c>ê</c> stands for <c>iê</c> (<c>giếng</c>, <c>giết</c>) when <c>iê…</c> is a rhyme.</summary>
    private static bool SharesI(ReadOnlySpan<char> rest)
    {
        Span<char> withI = stackalloc char[rest.Length + 1];
        withI[0] = 'i';
        rest.CopyTo(withI[1..]);
        return RhymeTable.Find(withI) is not null;
    }

    /// <summary>The longest initial <paramref name="letters"/> starts with; empty before a vowel, null for a consonant cluster Vietnamese lacks.</summary>
    private static string? MatchInitial(ReadOnlySpan<char> letters)
    {
        if (IsBaseVowel(letters[0])) return "";
        foreach (var initial in Initials)
            if (letters.StartsWith(initial, StringComparison.Ordinal)) return initial;
        return null;
    }

    /// <summary>One run of vowels, then at most a Vietnamese final consonant.</summary>
    private static SyllableProblem CheckStructure(ReadOnlySpan<char> rest)
    {
        var i = 0;
        while (i < rest.Length && IsBaseVowel(rest[i])) i++;
        var finalStart = i;
        while (i < rest.Length && !IsBaseVowel(rest[i])) i++;
        if (i < rest.Length) return SyllableProblem.NotOneSyllable;
        var final = rest[finalStart..];
        return final.IsEmpty || final is "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t"
            ? SyllableProblem.None
            : SyllableProblem.InvalidFinal;
    }

    private static bool FollowsConventions(string initial, Rhyme rhyme)
    {
        switch (rhyme.Placement)
        {
            case InitialPlacement.AfterInitial when initial.Length == 0:
            case InitialPlacement.WithoutInitial when initial.Length > 0:
            case InitialPlacement.OpenY when Array.IndexOf(OpenYInitials, initial) < 0:
                return false;
        }
        return initial switch
        {
            "k" => rhyme.IsFront,
            "c" => !rhyme.IsFront && rhyme.Medial.Length == 0,
            "gh" or "ngh" => rhyme.IsFront && rhyme.Text[0] != 'y',
            "g" or "ng" => !rhyme.IsFront,
            _ => true,
        };
    }
}
