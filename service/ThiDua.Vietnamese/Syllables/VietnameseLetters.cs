namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// The letters of the Vietnamese alphabet (<i>chữ cái</i>) as precomposed NFC characters: a toned vowel is split into
/// its base vowel (keeping the shape marks of ă â ê ô ơ ư) and its <see cref="Tone"/>, and composed back. Lower-case
/// only; callers lower-case with <see cref="ToLower(char)"/> first, which maps every Vietnamese capital.
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>The twelve base vowels, each followed by its five toned forms in <see cref="Tone"/> order.</summary>
    private static readonly string[] VowelRows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    /// <summary>Every Vietnamese letter lies below U+1F00 (the toned vowels end at U+1EF9 ỹ).</summary>
    private const int TableSize = 0x1F00;

    private static readonly char[] LowerOf = new char[TableSize];
    private static readonly char[] BaseOf = new char[TableSize];
    private static readonly Tone[] ToneOf = new Tone[TableSize];
    private static readonly Dictionary<char, string> RowByBase = [];

    /// <summary>The consonant letters of the alphabet, <c>đ</c> included.</summary>
    public const string Consonants = "bcdđghklmnpqrstvx";

    /// <summary>Latin letters that Vietnamese words never contain.</summary>
    public const string ForeignLetters = "fjwz";

    /// <summary>The base vowels.</summary>
    public const string Vowels = "aăâeêioôơuưy";

    static VietnameseLetters()
    {
        for (var c = 0; c < TableSize; c++) LowerOf[c] = char.ToLowerInvariant((char)c);
        foreach (var row in VowelRows)
        {
            RowByBase[row[0]] = row;
            for (var tone = 0; tone < row.Length; tone++)
            {
                BaseOf[row[tone]] = row[0];
                ToneOf[row[tone]] = (Tone)tone;
            }
        }
    }

    /// <summary>
    /// <paramref name="c"/> in lower case, as <see cref="char.ToLowerInvariant(char)"/> but from a table for the
    /// Latin range, which spares a call into ICU per character on Linux.
    /// </summary>
    public static char ToLower(char c) => c < TableSize ? LowerOf[c] : char.ToLowerInvariant(c);

    /// <summary>
    /// Writes <paramref name="source"/> in lower case into <paramref name="destination"/> (at least as long), character for
    /// character as <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> does, from the table for
    /// the Latin range (no call into ICU for typed Vietnamese); from the first character past it, by that method.
    /// </summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        var lower = LowerOf;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= TableSize)
            {
                source[i..].ToLowerInvariant(destination[i..]);
                return;
            }
            destination[i] = lower[c];
        }
    }

    /// <summary>True for a lower-case vowel letter, toned or not (<c>a</c>, <c>ữ</c>…).</summary>
    public static bool IsVowel(char lower) => lower < TableSize && BaseOf[lower] != '\0';

    /// <summary>True for a lower-case consonant letter of the alphabet.</summary>
    public static bool IsConsonant(char lower) => Consonants.Contains(lower);

    /// <summary>True for a lower-case letter of the Vietnamese alphabet, toned vowels included.</summary>
    public static bool IsLetter(char lower) => IsVowel(lower) || IsConsonant(lower);

    /// <summary>The base vowel of a lower-case vowel (<c>ữ</c> → <c>ư</c>), or the character itself otherwise.</summary>
    public static char BaseLetter(char lower) => IsVowel(lower) ? BaseOf[lower] : lower;

    /// <summary>The tone a lower-case letter carries; <see cref="Tone.Level"/> for unmarked letters and consonants.</summary>
    public static Tone ToneOfLetter(char lower) => IsVowel(lower) ? ToneOf[lower] : Tone.Level;

    /// <summary>True when the character, of either case, is a vowel with a tone mark (<c>Ấ</c>, <c>ị</c>).</summary>
    public static bool HasToneMark(char c) => ToneOfLetter(ToLower(c)) != Tone.Level;

    /// <summary>The lower-case base vowel <paramref name="baseVowel"/> carrying <paramref name="tone"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="baseVowel"/> is not one of <see cref="Vowels"/>.</exception>
    public static char Compose(char baseVowel, Tone tone) =>
        RowByBase.TryGetValue(baseVowel, out var row)
            ? row[(int)tone]
            : throw new ArgumentException($"'{baseVowel}' is not a Vietnamese base vowel.", nameof(baseVowel));

    /// <summary>True for a combining diacritic (U+0300–U+036F), as found in decomposed (NFD) text.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// The letters that differ from <paramref name="lowerBase"/> only by a shape mark: <c>a ă â</c>, <c>e ê</c>,
    /// <c>o ô ơ</c>, <c>u ư</c>, <c>d đ</c>. Empty for other letters.
    /// </summary>
    public static string ShapeVariants(char lowerBase) => lowerBase switch
    {
        'a' => "ăâ",
        'ă' => "aâ",
        'â' => "aă",
        'e' => "ê",
        'ê' => "e",
        'o' => "ôơ",
        'ô' => "oơ",
        'ơ' => "oô",
        'u' => "ư",
        'ư' => "u",
        'd' => "đ",
        'đ' => "d",
        _ => "",
    };
}
