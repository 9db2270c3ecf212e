namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// <i>Hư từ</i> — grammatical words (prepositions, conjunctions, particles, auxiliaries, quantifiers, the copula).
/// They follow and precede almost any word, so the pairs they form say nothing about words, and a doubled one
/// (<c>các các</c>, <c>của của</c>, <c>đã được được</c>) is reported as a slip by <see cref="SpellChecker"/>.
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "và", "với", "của", "các", "những", "mọi", "một", "mỗi", "là", "thì", "mà", "nên", "nhưng", "hoặc", "hay",
        "để", "cho", "về", "theo", "tại", "ở", "trong", "ngoài", "trên", "dưới", "giữa", "bằng", "như",
        "do", "vì", "nếu", "khi", "đến", "tới", "từ", "qua", "sau", "trước", "đã", "đang", "sẽ", "được", "bị",
        "có", "không", "chưa", "cũng", "đều", "vẫn", "còn", "rất", "này", "đó", "kia", "nhằm", "đối", "cùng",
        "phải", "cần", "nữa", "lại", "ra", "vào", "lên", "xuống",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the lower-case NFC word <paramref name="lowerWord"/> is a grammatical word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);
}
