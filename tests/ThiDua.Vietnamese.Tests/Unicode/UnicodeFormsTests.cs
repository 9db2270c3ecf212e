using System.Text;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Tests.Unicode;

public class UnicodeFormsTests
{
    private const string Sentence = "Kế hoạch thi đua, khen thưởng năm 2024";

    [Fact]
    public void Precomposed_text_is_nfc_and_left_as_is()
    {
        Assert.True(UnicodeForms.IsNfc(Sentence));
        Assert.Same(Sentence, UnicodeForms.ToNfc(Sentence));
        Assert.Empty(UnicodeForms.FindNonNfcSpans(Sentence));
    }

    [Fact]
    public void Decomposed_text_is_not_nfc_and_is_composed()
    {
        var decomposed = Sentence.Normalize(NormalizationForm.FormD);

        Assert.False(UnicodeForms.IsNfc(decomposed));
        Assert.Equal(Sentence, UnicodeForms.ToNfc(decomposed));
    }

    [Fact]
    public void Each_decomposed_word_is_a_span_with_its_composed_form()
    {
        var text = "Kế hoạch " + "thưởng".Normalize(NormalizationForm.FormD) + " năm " + "2024 quả".Normalize(NormalizationForm.FormD);

        var spans = UnicodeForms.FindNonNfcSpans(text);

        Assert.Equal(["thưởng", "quả"], spans.Select(s => s.Normalized));
        foreach (var span in spans)
        {
            Assert.Equal(span.Text, text.Substring(span.Start, span.Length));
            Assert.False(span.Text.IsNormalized(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void A_compatibility_sign_and_a_stray_mark_with_the_character_it_follows_are_spans_of_their_own()
    {
        const string text = "nhiệt độ 5 \u212B, dấu \u0341 lạc";

        var spans = UnicodeForms.FindNonNfcSpans(text);

        Assert.Equal(["\u00C5", " \u0301"], spans.Select(s => s.Normalized));
        Assert.Equal(text.IndexOf('\u0341') - 1, spans[1].Start);
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => UnicodeForms.IsNfc(null!));
        Assert.Throws<ArgumentNullException>(() => UnicodeForms.ToNfc(null!));
        Assert.Throws<ArgumentNullException>(() => UnicodeForms.FindNonNfcSpans(null!));
    }

    [Fact]
    public void The_quick_check_accepts_only_characters_that_are_nfc_alone_and_with_any_other_it_accepts()
    {
        var accepted = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(UnicodeForms.IsPlainNfc).ToList();

        Assert.Contains('ệ', accepted);
        Assert.DoesNotContain('\u0301', accepted);  // combining acute: composes with the letter before it
        Assert.DoesNotContain('\u2000', accepted);  // en quad: NFC turns it into U+2002
        foreach (var c in accepted)
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
        var pairs = accepted.SelectMany(a => accepted.Select(b => string.Concat(a, b)));
        Assert.All(pairs.Where(p => !p.IsNormalized(NormalizationForm.FormC)), p => Assert.Fail($"U+{(int)p[0]:X4} U+{(int)p[1]:X4}"));
    }

    [Theory]
    [InlineData("Kế hoạch thi đua năm 2024 – “chỉ tiêu” 95% … 1.000 ₫", true)]
    [InlineData("ASCII only", true)]
    [InlineData("", true)]
    [InlineData("Ke\u0302\u0301 hoạch", false)]  // decomposed
    [InlineData("5 \u212B", false)]              // Ångström sign, NFC gives Å
    [InlineData("Ελλάδα", false)]                 // Greek: not known, left to ICU
    public void The_quick_check_says_nfc_only_for_plain_text(string text, bool plain)
    {
        Assert.Equal(plain, UnicodeForms.IsPlainNfc(text));
        if (plain) Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }
}
