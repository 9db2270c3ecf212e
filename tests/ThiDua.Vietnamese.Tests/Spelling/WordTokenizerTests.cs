using System.Text;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Tests.Spelling;

public class WordTokenizerTests
{
    private static string[] Words(string text) =>
        WordTokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void Words_are_runs_of_letters_split_at_punctuation()
    {
        Assert.Equal(["Số", "KH", "UBND", "tạ", "ha", "kinh", "tế", "xã", "hội"], Words("Số: 16/KH-UBND, tạ/ha; kinh tế-xã hội."));
    }

    [Fact]
    public void Decomposed_letters_stay_in_one_word()
    {
        var text = "Quả thật".Normalize(NormalizationForm.FormD);

        Assert.Equal(["Quả".Normalize(NormalizationForm.FormD), "thật".Normalize(NormalizationForm.FormD)], Words(text));
    }

    [Theory]
    [InlineData("https://thiduakhenthuong.gov.vn/van-ban")]
    [InlineData("www.bacgiang.gov.vn")]
    [InlineData("vanthu@trien.gov.vn")]
    [InlineData("m2")]
    [InlineData("24h")]
    [InlineData("H'Mông")]
    [InlineData("H’leo")]
    public void Addresses_letters_glued_to_digits_and_apostrophes_are_not_words(string text)
    {
        Assert.Empty(Words(text));
        Assert.NotEmpty(WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Follows_previous_only_across_white_space()
    {
        var tokens = WordTokenizer.Tokenize("loại loại, loại\nloại 2 loại");

        Assert.Equal([false, true, false, true, false], tokens.Select(t => t.FollowsPrevious));
    }
}
