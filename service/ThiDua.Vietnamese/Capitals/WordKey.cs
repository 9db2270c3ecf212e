namespace ThiDua.Vietnamese.Capitals;

/// <summary>
/// The key two spellings of one word share, for dictionary lookups that must not depend on case or on where the tone
/// mark sits: lower case, and the old placement at the end of an open syllable moved to the main vowel (<c>hoá</c> →
/// <c>hóa</c>, <c>thuỷ</c> → <c>thủy</c>, <c>khoẻ</c> → <c>khỏe</c>), as <see cref="Syllables.VietnameseSyllable.Key"/> does
/// for a parsed syllable, without parsing. Text is expected in NFC.
/// </summary>
internal static class WordKey
{
    /// <summary>Longest word keyed; longer runs of letters are not words of the lists.</summary>
    public const int MaxLength = 16;

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="key"/> and returns its length; 0 when the word is longer than <see cref="MaxLength"/>.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> key)
    {
        if (word.Length > MaxLength || word.Length > key.Length) return 0;
        Syllables.VietnameseLetters.ToLower(word, key);
        MoveTone(key[..word.Length]);
        return word.Length;
    }

    /// <summary>Turns a word already in lower case into its key in place: the tone of an open syllable's last vowel moved to the vowel before.</summary>
    public static void MoveTone(Span<char> lower)
    {
        var length = lower.Length;
        if (length >= 2 && lower[length - 2] is 'o' or 'u' && Untoned(lower[length - 1], lower[length - 2]) is { } moved)
        {
            lower[length - 2] = moved.First;
            lower[length - 1] = moved.Second;
        }
    }

    /// <summary>The key of <paramref name="word"/>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[Math.Max(word.Length, 1)];
        var length = word.Length > MaxLength ? 0 : Write(word, key);
        return length == 0 ? word.ToString().ToLowerInvariant() : key[..length].ToString();
    }

    /// <summary><c>oá</c> → (<c>ó</c>, <c>a</c>), <c>uỷ</c> → (<c>ủ</c>, <c>y</c>): the tone moved from the last vowel to the one before.</summary>
    private static (char First, char Second)? Untoned(char last, char before)
    {
        var index = (before, "áàảãạ".IndexOf(last), "éèẻẽẹ".IndexOf(last), "ýỳỷỹỵ".IndexOf(last)) switch
        {
            ('o', >= 0 and var a, _, _) => (a, 'a'),
            ('o', _, >= 0 and var e, _) => (e, 'e'),
            ('u', _, _, >= 0 and var y) => (y, 'y'),
            _ => (-1, ' '),
        };
        if (index.Item1 < 0) return null;
        var toned = before == 'o' ? "óòỏõọ" : "úùủũụ";
        return (toned[index.Item1], index.Item2);
    }
}
