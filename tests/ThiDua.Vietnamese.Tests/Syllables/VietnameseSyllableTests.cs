using System.Text;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Tests.Syllables;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("ba", "b", "", "a", "", Tone.Level, -1)]
    [InlineData("thưởng", "th", "", "ươ", "ng", Tone.Hook, 3)]
    [InlineData("nghiêng", "ngh", "", "iê", "ng", Tone.Level, -1)]
    [InlineData("quả", "qu", "u", "a", "", Tone.Hook, 2)]
    [InlineData("quyết", "qu", "u", "yê", "t", Tone.Acute, 3)]
    [InlineData("giữ", "gi", "", "ư", "", Tone.Tilde, 2)]
    [InlineData("gìn", "gi", "", "i", "n", Tone.Grave, 1)]
    [InlineData("giếng", "gi", "", "iê", "ng", Tone.Acute, 2)]
    [InlineData("hoá", "h", "o", "a", "", Tone.Acute, 2)]
    [InlineData("hóa", "h", "o", "a", "", Tone.Acute, 1)]
    [InlineData("thủy", "th", "u", "y", "", Tone.Hook, 2)]
    [InlineData("khuỷu", "kh", "u", "y", "u", Tone.Hook, 3)]
    [InlineData("người", "ng", "", "ươ", "i", Tone.Grave, 3)]
    [InlineData("yêu", "", "", "yê", "u", Tone.Level, -1)]
    [InlineData("ủy", "", "u", "y", "", Tone.Hook, 0)]
    [InlineData("Nguyễn", "ng", "u", "yê", "n", Tone.Tilde, 4)]
    [InlineData("của", "c", "", "ua", "", Tone.Hook, 1)]
    [InlineData("mía", "m", "", "ia", "", Tone.Acute, 1)]
    [InlineData("khuya", "kh", "u", "ya", "", Tone.Level, -1)]
    [InlineData("hoạch", "h", "o", "a", "ch", Tone.DotBelow, 2)]
    [InlineData("boong", "b", "", "oo", "ng", Tone.Level, -1)]
    [InlineData("thuở", "th", "u", "ơ", "", Tone.Hook, 3)]
    [InlineData("kỳ", "k", "", "y", "", Tone.Grave, 1)]
    public void Valid_syllable_is_split_into_its_parts(string word, string initial, string medial, string nucleus, string final, Tone tone, int toneIndex)
    {
        var syllable = VietnameseSyllable.Parse(word);

        Assert.True(syllable.IsValid, $"{word}: {syllable.Problem}");
        Assert.Equal(initial, syllable.Initial);
        Assert.Equal(medial, syllable.Medial);
        Assert.Equal(nucleus, syllable.Nucleus);
        Assert.Equal(final, syllable.Final);
        Assert.Equal(tone, syllable.Tone);
        Assert.Equal(toneIndex, syllable.ToneMarkIndex);
    }

    [Theory]
    [InlineData("THƯỞNG")]
    [InlineData("Thưởng")]
    [InlineData("ĐẢNG")]
    [InlineData("NGHIÊNG")]
    public void Case_does_not_matter(string word)
    {
        var syllable = VietnameseSyllable.Parse(word);

        Assert.True(syllable.IsValid);
        Assert.Equal(VietnameseSyllable.Parse(word.ToLowerInvariant()).Key, syllable.Key);
    }

    [Fact]
    public void Decomposed_input_is_parsed_as_its_precomposed_form()
    {
        var decomposed = "quả".Normalize(NormalizationForm.FormD);
        Assert.Equal(4, decomposed.Length);

        var syllable = VietnameseSyllable.Parse(decomposed);

        Assert.True(syllable.IsValid);
        Assert.Equal("quả", syllable.Text);
        Assert.Equal(2, syllable.ToneMarkIndex);
    }

    [Theory]
    [InlineData("", SyllableProblem.NotLetters)]
    [InlineData("ba1", SyllableProblem.NotLetters)]
    [InlineData("ba-ba", SyllableProblem.NotLetters)]
    [InlineData("fa", SyllableProblem.ForeignLetter)]
    [InlineData("Zalo", SyllableProblem.ForeignLetter)]
    [InlineData("km", SyllableProblem.NoVowel)]
    [InlineData("HĐND", SyllableProblem.NoVowel)]
    [InlineData("blá", SyllableProblem.InvalidInitial)]
    [InlineData("qa", SyllableProblem.InvalidInitial)]
    [InlineData("Krông", SyllableProblem.InvalidInitial)]
    [InlineData("tổchức", SyllableProblem.NotOneSyllable)]
    [InlineData("online", SyllableProblem.NotOneSyllable)]
    [InlineData("Đắk", SyllableProblem.InvalidFinal)]
    [InlineData("mail", SyllableProblem.InvalidFinal)]
    [InlineData("tíến", SyllableProblem.MultipleToneMarks)]
    [InlineData("thuởng", SyllableProblem.InvalidRhyme)]
    [InlineData("bêng", SyllableProblem.InvalidRhyme)]
    [InlineData("ăn", SyllableProblem.None)]
    [InlineData("ă", SyllableProblem.InvalidRhyme)]
    [InlineData("ci", SyllableProblem.SpellingConvention)]
    [InlineData("kon", SyllableProblem.SpellingConvention)]
    [InlineData("coa", SyllableProblem.SpellingConvention)]
    [InlineData("ghá", SyllableProblem.SpellingConvention)]
    [InlineData("gế", SyllableProblem.SpellingConvention)]
    [InlineData("ngì", SyllableProblem.SpellingConvention)]
    [InlineData("nghà", SyllableProblem.SpellingConvention)]
    [InlineData("tyên", SyllableProblem.SpellingConvention)]
    [InlineData("iên", SyllableProblem.SpellingConvention)]
    [InlineData("vy", SyllableProblem.SpellingConvention)]
    [InlineData("Luât", SyllableProblem.ToneNotAllowed)]
    [InlineData("hoàt", SyllableProblem.ToneNotAllowed)]
    [InlineData("lịch", SyllableProblem.None)]
    [InlineData("lỉch", SyllableProblem.ToneNotAllowed)]
    [InlineData("qủa", SyllableProblem.MisplacedToneMark)]
    [InlineData("qúy", SyllableProblem.MisplacedToneMark)]
    [InlineData("gìa", SyllableProblem.MisplacedToneMark)]
    [InlineData("tíêng", SyllableProblem.MisplacedToneMark)]
    [InlineData("hòang", SyllableProblem.MisplacedToneMark)]
    [InlineData("muá", SyllableProblem.MisplacedToneMark)]
    [InlineData("đựơc", SyllableProblem.MisplacedToneMark)]
    public void Grammar_reports_the_first_problem(string word, SyllableProblem expected)
    {
        Assert.Equal(expected, VietnameseSyllable.Parse(word).Problem);
    }

    [Theory]
    [InlineData("hóa", "hoá")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("Ủy", "Uỷ")]
    [InlineData("tòa", "toà")]
    public void Both_tone_mark_styles_are_valid_and_share_a_key(string onGlide, string onMainVowel)
    {
        var glide = VietnameseSyllable.Parse(onGlide);
        var main = VietnameseSyllable.Parse(onMainVowel);

        Assert.True(glide.IsValid);
        Assert.True(main.IsValid);
        Assert.Equal(glide.Key, main.Key);
        Assert.Equal(glide.ToneMarkIndex, main.AlternativeToneMarkIndex);
        Assert.Equal(main.ToneMarkIndex, glide.ExpectedToneMarkIndex);
    }

    [Theory]
    [InlineData("quả")]
    [InlineData("hoàng")]
    [InlineData("tiếng")]
    [InlineData("thuộc")]
    public void A_syllable_with_a_final_or_after_qu_has_a_single_place_for_the_mark(string word)
    {
        Assert.Equal(-1, VietnameseSyllable.Parse(word).AlternativeToneMarkIndex);
    }

    [Theory]
    [InlineData("qủa", ToneMarkStyle.MainVowel, "quả")]
    [InlineData("QỦA", ToneMarkStyle.MainVowel, "QUẢ")]
    [InlineData("Hóa", ToneMarkStyle.MainVowel, "Hoá")]
    [InlineData("hoá", ToneMarkStyle.Glide, "hóa")]
    [InlineData("thuỷ", ToneMarkStyle.Glide, "thủy")]
    [InlineData("tiếng", ToneMarkStyle.Glide, "tiếng")]
    [InlineData("hòang", ToneMarkStyle.Glide, "hoàng")]
    [InlineData("ba", ToneMarkStyle.Glide, "ba")]
    public void Respell_moves_the_mark_and_keeps_the_case(string word, ToneMarkStyle style, string expected)
    {
        Assert.Equal(expected, VietnameseSyllable.Parse(word).Respell(style));
    }

    [Theory]
    [InlineData("thuởng")]
    [InlineData("tổchức")]
    public void Respell_refuses_letters_that_are_not_a_syllable(string word)
    {
        Assert.Throws<InvalidOperationException>(() => VietnameseSyllable.Parse(word).Respell(ToneMarkStyle.MainVowel));
    }

    [Theory]
    [InlineData("Hóa", "hoá")]
    [InlineData("LÝ", "lí")]
    [InlineData("lí", "lí")]
    [InlineData("kỹ", "kĩ")]
    [InlineData("sỹ", "sĩ")]
    [InlineData("ý", "ý")]
    [InlineData("quí", "quý")]
    [InlineData("quít", "quýt")]
    [InlineData("qủa", "quả")]
    [InlineData("thuởng", "")]
    [InlineData("Luât", "")]
    public void Key_unifies_spelling_variants(string word, string key)
    {
        Assert.Equal(key, VietnameseSyllable.Parse(word).Key);
    }

    [Fact]
    public void TryParse_returns_the_syllable_only_when_valid()
    {
        Assert.True(VietnameseSyllable.TryParse("chức", out var valid));
        Assert.Equal("ch", valid!.Initial);
        Assert.False(VietnameseSyllable.TryParse("chứcc", out var invalid));
        Assert.Null(invalid);
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => VietnameseSyllable.Parse(null!));
    }

    [Fact]
    public void A_very_long_word_is_not_one_syllable()
    {
        Assert.Equal(SyllableProblem.NotOneSyllable, VietnameseSyllable.Parse(new string('a', 500)).Problem);
    }
}
