using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>Dictionary keys of words in a text, for the checks that look at a word's neighbours.</summary>
internal sealed class KnownSyllables(SyllableDictionary dictionary, SyllableFrequencies frequencies)
{
    /// <summary>The corpus counts.</summary>
    public SyllableFrequencies Frequencies { get; } = frequencies;

    /// <summary>True when <paramref name="word"/> is a known, correctly spelled syllable; its key goes to <paramref name="key"/>.</summary>
    public bool TryKey(ReadOnlySpan<char> word, Span<char> key, out int length)
    {
        length = 0;
        if (word.Length > SyllableParser.MaxLength) return false;
        Span<char> bases = stackalloc char[word.Length];
        var parsed = SyllableParser.Parse(word, bases);
        if (parsed.Problem != SyllableProblem.None) return false;
        length = SyllableParser.WriteKey(bases, parsed, key);
        return dictionary.Knows(key[..length]);
    }

    /// <summary>The dictionary key of the word <paramref name="token"/>, null when it is not a known syllable.</summary>
    public string? KeyOf(string text, WordToken token)
    {
        if (!token.IsWord || token.Length > SyllableParser.MaxLength) return null;
        var word = text.AsSpan(token.Start, token.Length);
        Span<char> key = stackalloc char[word.Length];
        return TryKey(word, key, out var length) ? key[..length].ToString() : null;
    }
}
