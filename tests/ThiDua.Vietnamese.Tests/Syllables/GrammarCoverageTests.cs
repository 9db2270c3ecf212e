using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Tests.Syllables;

/// <summary>The grammar against Debian's list of real Vietnamese syllables.</summary>
public class GrammarCoverageTests
{
    /// <summary>Lower-case entries of hunspell-vi the grammar rejects on purpose: loanwords and non-standard spellings.</summary>
    private static readonly string[] KnownRejects =
    [
        "basoi", "email", "gen", "gip", "gram", "internet", "intranet", "ka", "palăng", "ping", "quoàng", "quoạng",
        "quoắt", "quấc", "têt", "tivi", "tout", "v", "web", "xit",
    ];

    [Fact]
    public void Every_lower_case_syllable_of_hunspell_vi_is_accepted_except_known_loanwords()
    {
        var entries = File.ReadLines(SyllableDictionary.DebianPath).Skip(1)
            .Select(line => line.Split('/')[0].Trim())
            .Where(entry => entry.Length > 0 && entry == entry.ToLowerInvariant());

        var rejected = entries.Where(entry => !VietnameseSyllable.Parse(entry).IsValid).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(KnownRejects.Order(StringComparer.Ordinal), rejected);
    }

    [Fact]
    public void Respelling_in_either_style_keeps_every_syllable_valid_with_the_same_key()
    {
        var syllables = File.ReadLines(SyllableDictionary.DebianPath).Skip(1)
            .Select(line => VietnameseSyllable.Parse(line.Split('/')[0].Trim()))
            .Where(syllable => syllable.IsValid);

        foreach (var syllable in syllables)
            foreach (var style in Enum.GetValues<ToneMarkStyle>())
            {
                var respelled = VietnameseSyllable.Parse(syllable.Respell(style));
                Assert.True(respelled.IsValid, $"{syllable.Text} as {respelled.Text}: {respelled.Problem}");
                Assert.Equal(syllable.Key, respelled.Key);
            }
    }

    [Fact]
    public void Moving_the_mark_off_its_vowel_is_always_caught()
    {
        var misplaced = 0;
        foreach (var line in File.ReadLines(SyllableDictionary.DebianPath).Skip(1))
        {
            var syllable = VietnameseSyllable.Parse(line.Split('/')[0].Trim().ToLowerInvariant());
            if (!syllable.IsValid || syllable.Tone == Tone.Level) continue;
            for (var i = 0; i < syllable.Text.Length; i++)
            {
                if (i == syllable.ExpectedToneMarkIndex || i == syllable.AlternativeToneMarkIndex) continue;
                if (!VietnameseLetters.IsVowel(syllable.Text[i])) continue;
                var moved = VietnameseSyllable.MoveToneMark(syllable.Text, syllable.ToneMarkIndex, i, syllable.Tone);
                Assert.False(VietnameseSyllable.Parse(moved).IsValid, $"{moved} (from {syllable.Text})");
                misplaced++;
            }
        }
        Assert.True(misplaced > 2000, $"only {misplaced} misplacements tried");
    }
}
