namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// What one spelling check of a whole document learns as it reads, passed to every
/// <see cref="SpellChecker.Check(string, SpellingMemo)"/> call of that check: the words, as written, found correct
/// whatever their neighbours (a plan writes <c>chỉ tiêu</c>, <c>thi đua</c>, <c>năm</c> hundreds of times, and a word
/// seen once is not parsed again), and a token buffer reused from paragraph to paragraph.
/// </summary>
/// <remarks>
/// Only a word whose verdict does not depend on its place is kept (a capitalised unknown word is correct inside a
/// sentence but reported at its start; <c>âl</c> is an abbreviation only before a dot), so checking with a memo gives
/// exactly the issues of checking without one. Memory: one string per distinct correct word. Not thread-safe: one
/// memo per check, used by one thread at a time.
/// </remarks>
public sealed class SpellingMemo
{
    private readonly HashSet<string> _correct = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _correctBySpan;

    /// <summary>An empty memo, for one check.</summary>
    public SpellingMemo() => _correctBySpan = _correct.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct words remembered as correct.</summary>
    public int Count => _correct.Count;

    /// <summary>The token list <see cref="SpellChecker"/> fills for each text, cleared before use.</summary>
    internal List<WordToken> Tokens { get; } = new(64);

    /// <summary>True when <paramref name="written"/> was found correct whatever its neighbours.</summary>
    internal bool IsKnownCorrect(ReadOnlySpan<char> written) => _correctBySpan.Contains(written);

    /// <summary>Remembers <paramref name="written"/> as correct whatever its neighbours.</summary>
    internal void AddCorrect(ReadOnlySpan<char> written) => _correctBySpan.Add(written);
}
