using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Vietnamese.Tests.Lexicon;

public class SyllableFrequenciesTests
{
    private static readonly SyllableFrequencies Embedded = SyllableFrequencies.Default;

    [Fact]
    public void Embedded_counts_order_common_syllables_before_rare_ones_and_typos()
    {
        Assert.True(Embedded.Count("của") > Embedded.Count("luật"));
        Assert.True(Embedded.Count("luật") > Embedded.Count("khuỷu"));
        Assert.True(Embedded.Count("khuỷu") > 0);
        Assert.True(Embedded.Count("vủa") < SyllableDictionary.CorpusSupplementMinimum);
        Assert.Equal(0, Embedded.Count("thuởng"));
    }

    [Theory]
    [InlineData("thưởng")]
    [InlineData("luật")]
    [InlineData("tỉnh")]
    [InlineData("hội")]
    public void Plan_words_rank_among_the_most_frequent_tenth_of_syllables(string word)
    {
        var rank = Embedded.Keys.Count(key => Embedded.Count(key) > Embedded.Count(word));

        Assert.True(rank < 0.1 * Embedded.Keys.Count(), $"{word} ranks {rank:N0} of {Embedded.Keys.Count():N0}");
    }

    [Fact]
    public void Plan_text_outweighs_software_text_for_plan_words()
    {
        // hồi (phản hồi, hồi đáp) is the commoner in software messages; plans write hội (xã hội, Hội đồng).
        Assert.True(Embedded.Count("hội") > Embedded.Count("hồi"));
    }

    [Fact]
    public void Embedded_keys_are_lower_case_nfc_dictionary_keys_in_order_of_count()
    {
        var keys = Embedded.Keys.ToList();

        Assert.True(keys.Count > 5_000);
        Assert.All(keys, key =>
        {
            Assert.Equal(key.Normalize(System.Text.NormalizationForm.FormC), key);
            Assert.Equal(key.ToLowerInvariant(), key);
            Assert.Equal(key, ThiDua.Vietnamese.Syllables.VietnameseSyllable.Parse(key).Key);
            Assert.True(Embedded.Count(key) > 0, key);
        });
        Assert.Equal(keys.Select(key => Embedded.Count(key)).OrderDescending(), keys.Select(key => Embedded.Count(key)));
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
        Assert.True(Embedded.PairCount("tổ", "chức") > 0);
        Assert.Equal(0, Embedded.PairCount("chức", "tổ"));
        Assert.True(Embedded.PairCount("tổ", "chức") <= Math.Min(Embedded.Count("tổ"), Embedded.Count("chức")));
    }

    [Theory]
    [InlineData("tổ", "chức")]
    [InlineData("đầu", "tư")]
    [InlineData("khen", "thưởng")]
    [InlineData("thi", "đua")]
    public void Plan_words_are_pairs_their_rarer_syllable_mostly_comes_in(string first, string second)
    {
        var share = (double)Embedded.PairCount(first, second) / Math.Min(Embedded.Count(first), Embedded.Count(second));

        Assert.True(share > 0.1, $"{first} {second}: {share:F3}");
    }

    [Fact]
    public void Dice_measures_how_much_two_syllables_belong_together()
    {
        Assert.True(Embedded.Dice("tổ", "chức") > Embedded.Dice("thông", "minh"));
        Assert.InRange(Embedded.Dice("thông", "minh"), double.Epsilon, 1.0);
        Assert.Equal(0, Embedded.Dice("chức", "tổ"));
    }

    [Theory]
    [InlineData("công", "trình")]
    [InlineData("kiểm", "định")]
    [InlineData("khởi", "công")]
    public void Listed_plan_words_are_pairs_even_where_the_text_lacks_them(string first, string second)
    {
        Assert.True(Embedded.PairCount(first, second) > 0);
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
        Assert.True(frequencies.TryGetDisplay("hoá", out var display));
        Assert.Equal("hóa", display);
        Assert.False(frequencies.TryGetDisplay("hóa", out _));
        Assert.Equal(5, frequencies.PairCount("ba", "hoá"));
        Assert.Equal(["hoá", "ba"], frequencies.Keys);
    }
}
