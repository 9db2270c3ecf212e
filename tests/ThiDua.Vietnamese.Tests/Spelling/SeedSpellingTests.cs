using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Tests.Support;

namespace ThiDua.Vietnamese.Tests.Spelling;

/// <summary>
/// The checker over the full text of the five seed plans: exactly the real slips, nothing else. Each expected entry
/// was decided by reading the text; real-word slips (<c>phân đầu</c>, <c>đợt xuất</c>, <c>tập thẻ</c>,
/// <c>Nơi nhân</c>, <c>bội máy</c>) are valid syllables and out of reach of a syllable checker.
/// </summary>
public class SeedSpellingTests
{
    private static readonly SpellChecker Checker = new(DebianDictionary.Instance);

    public static TheoryData<string, string[]> Seeds() => new()
    {
        {
            "000_4790eecb053239ab.txt",
            [
                "InvalidSyllable vủa → của",
                "RunTogether tổchức → tổ chức",
                "RunTogether đầutư → đầu tư",
                "InvalidSyllable Luât → Luật",
                "InvalidSyllable thuởng → thưởng",
                "RepeatedWord loại loại → loại",
                // "tham mưu cho Đảng đảng, lãnh đạo UBND xã": Đảng ủy was meant.
                "RepeatedWord Đảng đảng → Đảng",
            ]
        },
        // The Trí Yên plan: its slips (phân đầu, Phần đấu, đợt xuất, đên, kiểm chế, Nơi nhân) are all real syllables.
        { "001_ac1045d9ce8209bd.txt", [] },
        { "002_adb754d49871ca5d.txt", ["MisplacedTone qủa → quả"] },
        // Đắk Hà: minority place names (Đắk, Đăk Tô, Glei) and HTML table markup.
        { "003_6fdaf8e458d82078.txt", [] },
        { "004_5a168eaf122e9140.txt", [] },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reports_exactly_the_real_slips(string seed, string[] expected)
    {
        var text = Corpus.Seed(seed);

        var issues = Checker.Check(text);

        Assert.Equal(expected, issues.Select(i => $"{i.Kind} {i.Word} → {i.Suggestion}"));
        Assert.All(issues, i => Assert.Equal(i.Word, text.Substring(i.Start, i.Length)));
    }
}
