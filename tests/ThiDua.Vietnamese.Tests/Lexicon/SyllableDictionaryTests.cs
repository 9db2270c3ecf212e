using System.Text;
using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Tests.Support;

namespace ThiDua.Vietnamese.Tests.Lexicon;

public class SyllableDictionaryTests
{
    [Fact]
    public void Debian_dictionary_loads_its_syllables_and_skips_acronyms()
    {
        var dictionary = DebianDictionary.Instance;

        Assert.True(dictionary.HasWordList);
        Assert.Equal(SyllableDictionary.DebianPath, dictionary.SourcePath);
        Assert.InRange(dictionary.Count, 6000, 7000);
        Assert.False(dictionary.IsValid("UBND"));
    }

    [Theory]
    [InlineData("của")]
    [InlineData("thưởng")]
    [InlineData("Luật")]
    [InlineData("KHEN")]
    [InlineData("hóa")]
    [InlineData("hoá")]
    [InlineData("thủy")]
    [InlineData("thuỷ")]
    [InlineData("lý")]
    [InlineData("lí")]
    public void Real_syllables_are_valid_in_any_case_and_tone_mark_style(string word)
    {
        Assert.True(DebianDictionary.Instance.IsValid(word));
        Assert.True(DebianDictionary.Instance.IsValid(word.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("huế")]
    [InlineData("nòng")]
    [InlineData("trừu")]
    [InlineData("duệ")]
    [InlineData("sỹ")]
    public void Real_syllables_missing_from_hunspell_vi_are_known_from_the_corpus(string word)
    {
        Assert.True(DebianDictionary.Instance.IsValid(word));
    }

    [Theory]
    [InlineData("vủa")]
    [InlineData("luât")]
    [InlineData("thuởng")]
    [InlineData("qủa")]
    [InlineData("tổchức")]
    public void Non_words_are_not_valid(string word)
    {
        Assert.False(DebianDictionary.Instance.IsValid(word));
    }

    [Fact]
    public void Grammar_only_accepts_every_well_formed_syllable()
    {
        var grammarOnly = SyllableDictionary.GrammarOnly;

        Assert.False(grammarOnly.HasWordList);
        Assert.True(grammarOnly.IsValid("vủa"));
        Assert.False(grammarOnly.IsValid("thuởng"));
    }

    [Fact]
    public void A_custom_list_is_keyed_like_the_debian_one()
    {
        var dictionary = SyllableDictionary.FromSyllables(["Hóa", "  thủy ", "UBND", ""]);

        Assert.Equal(2, dictionary.Count);
        Assert.True(dictionary.IsValid("hoá"));
        Assert.True(dictionary.IsValid("THUỶ"));
        Assert.False(dictionary.IsValid("ubnd"));
        Assert.True(dictionary.IsValid("của"), "the corpus supplement still applies");
        Assert.False(dictionary.IsValid("vủa"));
    }

    [Fact]
    public void Loading_reads_entries_and_ignores_flags_and_the_count_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "3\nthưởng/AB\nvủa\nabc\n");

            var dictionary = SyllableDictionary.Load(path);

            Assert.Equal(2, dictionary.Count);
            Assert.True(dictionary.IsValid("thưởng"));
            Assert.True(dictionary.IsValid("vủa"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Loading_a_missing_file_is_an_error()
    {
        Assert.Throws<FileNotFoundException>(() => SyllableDictionary.Load("/nonexistent/vi_VN.dic"));
    }

    [Fact]
    public void Default_is_the_debian_dictionary_when_installed()
    {
        Assert.Equal(File.Exists(SyllableDictionary.DebianPath), SyllableDictionary.Default.HasWordList);
    }
}
