using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Syllables;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// The words of one line of text (a paragraph or a table cell), read once for every checker that looks at words: the text
/// in NFC, its runs of letters (<see cref="WordTokenizer"/>) and one buffer, as long as the text, holding each word's key
/// at the word's own offsets (lower case, the tone of an open syllable on its main vowel: <see cref="WordKey"/>; past
/// <see cref="WordKey.MaxLength"/> letters, lower case only). <see cref="CapitalsChecker"/>,
/// <see cref="Confusables.ConfusableWords"/> and <see cref="SpellChecker"/> take it instead of re-reading the text, so a
/// check that runs all three tokenises and lower-cases each paragraph once. Immutable once read; thread-safe.
/// </summary>
public sealed class TextWords
{
    private readonly char[] keys;

    /// <summary>The runs of the line being read on this thread, before they are copied to a list of their exact size (a check keeps every paragraph's).</summary>
    [ThreadStatic] private static List<WordToken>? scratch;

    private TextWords(string text)
    {
        Text = text;
        var found = WordTokenizer.Tokenize(text, scratch ??= new List<WordToken>(256));
        Tokens = new List<WordToken>(found.Count);
        Tokens.AddRange(found);
        keys = text.Length == 0 ? [] : new char[text.Length];
        VietnameseLetters.ToLower(text, keys);
        foreach (var token in Tokens)
            if (token.Length <= WordKey.MaxLength) WordKey.MoveTone(keys.AsSpan(token.Start, token.Length));
    }

    /// <summary>Reads the words of <paramref name="text"/>, normalised to NFC first (<see cref="UnicodeForms.ToNfc"/>; the same instance when it already is).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TextWords Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextWords(UnicodeForms.ToNfc(text));
    }

    /// <summary>Reads the words of <paramref name="text"/> as it is written, not normalised (the checkers' overloads taking a string).</summary>
    internal static TextWords AsWritten(string text) => new(text);

    /// <summary>The text, in NFC: every offset of a checker's result is an index into it.</summary>
    public string Text { get; }

    /// <summary>Number of runs of letters.</summary>
    public int Count => Tokens.Count;

    /// <summary>The runs of letters, in order (not to be changed).</summary>
    internal List<WordToken> Tokens { get; }

    /// <summary>
    /// The keys of the whole text, as long as <see cref="Text"/>: the text in lower case, character for character
    /// (<see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>), except that in a word of at most
    /// <see cref="WordKey.MaxLength"/> letters ending in an open syllable toned on its last vowel the tone sits on the vowel
    /// before (<c>hoá</c> → <c>hóa</c>). A search for words that do not end so (<c>mục</c>, <c>khoản</c>) may read it as
    /// the text in lower case.
    /// </summary>
    public ReadOnlySpan<char> Keys => keys;

    /// <summary>The key of run <paramref name="t"/> (lower case; tone moved when it has at most <see cref="WordKey.MaxLength"/> letters).</summary>
    internal ReadOnlySpan<char> Key(int t) => keys.AsSpan(Tokens[t].Start, Tokens[t].Length);
}
