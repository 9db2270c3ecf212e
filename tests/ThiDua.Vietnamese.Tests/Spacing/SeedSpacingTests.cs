using ThiDua.Vietnamese.Spacing;

namespace ThiDua.Vietnamese.Tests.Spacing;

/// <summary>The spacing check over the full text of the five seed plans: exactly the real slips.</summary>
public class SeedSpacingTests
{
    public static TheoryData<string, string[]> Seeds() => new()
    {
        {
            "000_4790eecb053239ab.txt",
            [
                "DoubleSpace 19  tháng → 19 tháng",
                "DoubleSpace 1.2.  Tổ → 1.2. Tổ",
                "MissingSpaceAfterPunctuation xã;cải → xã; cải",
                "MissingSpaceAfterPunctuation nghiệp;tăng → nghiệp; tăng",
            ]
        },
        // Trí Yên: trailing double spaces (Markdown line breaks) are not inside a line.
        { "001_ac1045d9ce8209bd.txt", [] },
        { "002_adb754d49871ca5d.txt", ["DoubleSpace khâu:  Phát → khâu: Phát", "DoubleSpace chính  xác → chính xác"] },
        { "003_6fdaf8e458d82078.txt", [] },
        { "004_5a168eaf122e9140.txt", [] },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reports_exactly_the_real_slips(string seed, string[] expected)
    {
        var text = Corpus.Seed(seed);

        var issues = TextSpacing.Check(text);

        Assert.Equal(expected, issues.Select(i => $"{i.Kind} {i.Excerpt} → {i.Replacement}"));
        Assert.All(issues, i => Assert.Equal(i.Excerpt, text.Substring(i.ExcerptStart, i.Excerpt.Length)));
    }
}
