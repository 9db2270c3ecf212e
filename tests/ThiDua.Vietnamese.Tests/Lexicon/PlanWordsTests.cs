using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Vietnamese.Tests.Lexicon;

public sealed class PlanWordsTests
{
    [Theory]
    [InlineData("mục", "tiêu")]
    [InlineData("Mục", "tiêu")]
    [InlineData("THI", "ĐUA")]
    [InlineData("khen", "thưởng")]
    public void Adjacent_syllables_of_a_listed_word_join_whatever_the_case(string first, string second) =>
        Assert.True(PlanWords.Join(first, second));

    [Theory]
    [InlineData("tiêu", "mục")] // the wrong order
    [InlineData("thi", "thưởng")] // syllables of two words
    [InlineData("tiêu", "tổng")]
    [InlineData("", "tiêu")]
    public void Other_syllables_do_not(string first, string second) =>
        Assert.False(PlanWords.Join(first, second));
}
