using System.Text;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Tests.Syllables;

public class VietnameseLettersTests
{
    private static readonly Dictionary<char, Tone> ToneOfMark = new()
    {
        ['\u0300'] = Tone.Grave, ['\u0301'] = Tone.Acute, ['\u0309'] = Tone.Hook, ['\u0303'] = Tone.Tilde, ['\u0323'] = Tone.DotBelow,
    };

    public static TheoryData<char> TonedVowels()
    {
        var data = new TheoryData<char>();
        foreach (var vowel in VietnameseLetters.Vowels)
            foreach (var tone in Enum.GetValues<Tone>())
                data.Add(VietnameseLetters.Compose(vowel, tone));
        return data;
    }

    [Theory]
    [MemberData(nameof(TonedVowels))]
    public void Every_toned_vowel_agrees_with_its_unicode_decomposition(char letter)
    {
        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        var tone = decomposed.Select(c => ToneOfMark.GetValueOrDefault(c, Tone.Level)).FirstOrDefault(t => t != Tone.Level);
        var baseLetter = new string(decomposed.Where(c => !ToneOfMark.ContainsKey(c)).ToArray()).Normalize(NormalizationForm.FormC);

        Assert.Equal(tone, VietnameseLetters.ToneOfLetter(letter));
        Assert.Equal(baseLetter, VietnameseLetters.BaseLetter(letter).ToString());
        Assert.Equal(letter, VietnameseLetters.Compose(VietnameseLetters.BaseLetter(letter), tone));
    }

    [Theory]
    [InlineData('Ữ', 'ữ')]
    [InlineData('Đ', 'đ')]
    [InlineData('Ặ', 'ặ')]
    [InlineData('A', 'a')]
    [InlineData('1', '1')]
    public void ToLower_maps_vietnamese_capitals(char upper, char lower)
    {
        Assert.Equal(lower, VietnameseLetters.ToLower(upper));
    }

    [Fact]
    public void Compose_rejects_a_consonant()
    {
        Assert.Throws<ArgumentException>(() => VietnameseLetters.Compose('b', Tone.Acute));
    }

    [Theory]
    [InlineData('a', "ăâ")]
    [InlineData('ơ', "oô")]
    [InlineData('đ', "d")]
    [InlineData('b', "")]
    public void Shape_variants_differ_by_one_mark(char letter, string variants)
    {
        Assert.Equal(variants, VietnameseLetters.ShapeVariants(letter));
    }
}
