using System.Text;
using ThiDua.Vietnamese.Alphabet;
using ThiDua.Vietnamese.Legacy;
using ThiDua.Vietnamese.Spacing;
using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Syllables;
using ThiDua.Vietnamese.Tests.Support;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Tests;

/// <summary>Random text of Vietnamese letters, marks, punctuation, digits and odd characters never makes the library throw.</summary>
public class RobustnessTests
{
    private const string Alphabet =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvxfjwz" +
        "AĂÂĐÊÔƠƯỦỪQ0123456789 .,;:!?()[]“”\"'’-–/@\n\t\u00A0\u0300\u0301\u0309\u0303\u0323\u00AD\u200B\uD83D\uDE00µ§¸¨";

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_never_throws(int seed)
    {
        var random = new Random(seed);
        var checker = new SpellChecker(DebianDictionary.Instance);
        for (var sample = 0; sample < 200; sample++)
        {
            var text = RandomText(random, random.Next(0, 120));

            _ = checker.Check(text);
            _ = TextSpacing.Check(text);
            _ = UnicodeForms.FindNonNfcSpans(text);
            _ = LegacyEncoding.LooksLikeMojibake(text);
            foreach (var encoding in Enum.GetValues<LegacyEncodingKind>())
                _ = LegacyEncoding.ToUnicode(LegacyEncoding.FromUnicode(text, encoding), encoding);
            _ = VietnameseCase.IsSentenceCase(text);
            _ = VietnameseCase.ToTitleCase(text);
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var syllable = VietnameseSyllable.Parse(word);
                if (syllable.Key.Length > 0) _ = syllable.Respell(ToneMarkStyle.Glide);
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++) text.Append(Alphabet[random.Next(Alphabet.Length)]);
        return text.ToString();
    }
}
