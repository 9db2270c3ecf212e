using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Tests.Support;

namespace ThiDua.Vietnamese.Tests.Spelling;

public class CorrectionFinderTests
{
    private static readonly CorrectionFinder Finder = new(DebianDictionary.Instance, SyllableFrequencies.Default);

    [Theory]
    [InlineData("vủa", "của")]           // one letter changed
    [InlineData("luât", "luật")]         // tone added
    [InlineData("thuởng", "thưởng")]     // horn added
    [InlineData("đựơc", "được")]         // mark moved, horn kept
    [InlineData("nguoi", "người")]       // typed without marks
    [InlineData("truong", "trường")]
    [InlineData("xãx", "xã")]            // letter removed
    [InlineData("tỉh", "tỉnh")]          // letter added
    [InlineData("hôi", "hội")]           // tone added
    [InlineData("nhiêm", "nhiệm")]
    public void Finds_the_likely_syllable_without_context(string word, string expected)
    {
        Assert.Equal(expected, Finder.Find(word, null, null));
    }

    [Fact]
    public void Context_decides_between_close_candidates()
    {
        Assert.Equal("thưởng", Finder.Find("thuởng", "khen", null));
        Assert.Equal("thường", Finder.Find("thuởng", "bình", null));
    }

    [Fact]
    public void Suggestions_use_the_usual_spelling()
    {
        Assert.Equal("hóa", Finder.Find("hoáa", null, null));
    }

    [Theory]
    [InlineData("xyzxyzxyzxyz")]
    [InlineData("bbbb")]
    [InlineData("Đ1")]
    public void Nothing_is_suggested_for_words_far_from_any_syllable(string word)
    {
        Assert.Null(Finder.Find(word, null, null));
    }

    [Fact]
    public void Without_a_word_list_only_counted_syllables_are_suggested()
    {
        var finder = new CorrectionFinder(SyllableDictionary.GrammarOnly, SyllableFrequencies.Default);

        Assert.Equal("thưởng", finder.Find("thuởng", "khen", null));
    }
}
