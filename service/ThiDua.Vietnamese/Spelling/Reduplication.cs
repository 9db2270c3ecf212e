using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// <i>Từ láy toàn bộ</i> — words Vietnamese doubles on purpose, so that <c>X X</c> is not a repeated-word slip:
/// distributive nouns (<c>người người</c>, <c>nhà nhà</c>, <c>ngành ngành</c>, <c>ngày ngày</c>, <c>đời đời</c>,
/// <c>hàng hàng lớp lớp</c>, from the slogan "Người người thi đua, ngành ngành thi đua"), indefinite pronouns
/// (<c>ai ai</c>, <c>đâu đâu</c>), adverbs and adjectives (<c>dần dần</c>, <c>từ từ</c>, <c>luôn luôn</c>,
/// <c>song song</c>, <c>khăng khăng</c>) and animal names (<c>ba ba</c>, <c>cào cào</c>, <c>kền kền</c>) — listed
/// below — and any word the corpus doubles in at least 1 % of its occurrences (<see cref="IsCommonDoubling"/>).
/// <c>từng từng</c>, <c>các các</c>, <c>của của</c> are slips.
/// </summary>
internal static class Reduplication
{
    /// <summary>Share of a syllable's occurrences in which the corpus doubles it, from which the doubling is idiomatic.</summary>
    public const double CommonDoublingShare = 0.01;

    private static readonly HashSet<string> Idiomatic = new(StringComparer.Ordinal)
    {
        // Distributive nouns: every person, every house, every day…
        "người", "nhà", "ngành", "ngày", "đêm", "tháng", "năm", "tuần", "đời", "lớp", "hàng", "nơi",
        // Indefinite pronouns: everyone, everywhere…
        "ai", "đâu", "gì", "nào",
        // Adverbs and adjectives, onomatopoeia.
        "dần", "từ", "mãi", "lâu", "thường", "đều", "xa", "xanh", "hay", "vừa", "khá", "nhanh", "mau", "luôn", "song",
        "khăng", "chăm", "đăm", "chằm", "ầm", "ào", "rầm", "đùng", "bừng", "phừng", "hầm", "lăm", "rần",
        // Animal names.
        "ba", "cào", "chuồn", "cò", "đa", "kền",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Idiomatic.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when doubling the lower-case NFC word <paramref name="lowerWord"/> is idiomatic. A doubled time noun
    /// followed by a number (<c>năm năm 2024</c>) is still a slip: the caller checks that.
    /// </summary>
    public static bool IsIdiomatic(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);

    /// <summary>
    /// True when the corpus writes the syllable with key <paramref name="key"/> twice in a row in at least
    /// <see cref="CommonDoublingShare"/> of its occurrences (<c>song song</c> 10 %, <c>dần dần</c> 14 %; but
    /// <c>về về</c> 0.1 %, <c>của của</c> 0.02 %, which are the corpus's own slips).
    /// </summary>
    public static bool IsCommonDoubling(ReadOnlySpan<char> key, SyllableFrequencies frequencies)
    {
        var count = frequencies.Count(key);
        return count > 0 && frequencies.PairCount(key, key) >= CommonDoublingShare * count;
    }
}
