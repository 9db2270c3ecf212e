using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Vietnamese.Tests.Lexicon;

public class SyllableFrequenciesTests
{
    private static readonly SyllableFrequencies Embedded = SyllableFrequencies.Default;

    [Fact]
    public void Embedded_counts_order_common_syllables_before_rare_ones_and_typos()
    {
        Assert.True(Embedded.Count("của") > Embedded.Count("luật"));
        Assert.True(Embedded.Count("luật") > Embedded.Count("thưởng"));
        Assert.True(Embedded.Count("thưởng") > 1000);
        Assert.True(Embedded.Count("vủa") < SyllableDictionary.CorpusSupplementMinimum);
        Assert.Equal(0, Embedded.Count("thuởng"));
    }

    [Fact]
    public void Counts_are_by_key()
    {
        Assert.True(Embedded.Count("hoá") > 0);
        Assert.Equal(0, Embedded.Count("hóa"));
    }

    [Theory]
    [InlineData("hoá", "hóa")]
    [InlineData("lí", "lý")]
    [InlineData("của", "của")]
    [InlineData("không-có", "không-có")]
    public void Display_is_the_usual_spelling(string key, string display)
    {
        Assert.Equal(display, Embedded.Display(key));
    }

    [Fact]
    public void Pairs_count_words_written_together()
    {
        Assert.True(Embedded.PairCount("tổ", "chức") > 10_000);
        Assert.True(Embedded.PairCount("đầu", "tư") > 1_000);
        Assert.Equal(0, Embedded.PairCount("chức", "tổ"));
    }

    [Fact]
    public void Reading_rejects_a_line_without_a_count()
    {
        Assert.Throws<InvalidDataException>(() => SyllableFrequencies.Read(new StringReader("của\n"), new StringReader("")));
        Assert.Throws<InvalidDataException>(() => SyllableFrequencies.Read(new StringReader("của\tmany\n"), new StringReader("")));
    }

    [Fact]
    public void Reading_takes_counts_displays_and_pairs()
    {
        var frequencies = SyllableFrequencies.Read(new StringReader("hoá\t7\thóa\nba\t3\n\n"), new StringReader("ba hoá\t5\n"));

        Assert.Equal(7, frequencies.Count("hoá"));
        Assert.Equal("hóa", frequencies.Display("hoá"));
        Assert.Equal("ba", frequencies.Display("ba"));
        Assert.Equal(5, frequencies.PairCount("ba", "hoá"));
        Assert.Equal(["hoá", "ba"], frequencies.Keys);
    }
}
