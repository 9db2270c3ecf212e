using System.Text;
using ThiDua.Vietnamese.Confusables;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Tests.Confusables;

public sealed class ConfusableWordsTests
{
    [Theory]
    [InlineData("Kịp thời sử lý các vi phạm.", "sử lý", "xử lý")]
    [InlineData("Biểu dương tập thể xuất xắc.", "xuất xắc", "xuất sắc")]
    [InlineData("Chia sẽ kinh nghiệm giữa các xã.", "Chia sẽ", "Chia sẻ")]
    [InlineData("Không để sẩy ra vi phạm.", "sẩy ra", "xảy ra")]
    [InlineData("Tránh trồng chéo nhiệm vụ.", "trồng chéo", "chồng chéo")]
    [InlineData("Tương lai sáng lạng.", "sáng lạng", "xán lạn")]
    [InlineData("Kịp thời dút kinh nghiệm.", "dút kinh nghiệm", "rút kinh nghiệm")]
    [InlineData("SỬ LÝ VI PHẠM", "SỬ LÝ", "XỬ LÝ")]
    public void A_slip_is_found_with_the_word_meant_in_its_case(string text, string written, string meant)
    {
        var match = Assert.Single(ConfusableWords.Default.Find(text));
        Assert.Equal(written, match.Written);
        Assert.Equal(meant, match.Meant);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), match.Start);
        Assert.Contains("Từ điển tiếng Việt", match.Pair.Source);
    }

    [Theory]
    [InlineData("Kịp thời xử lý các vi phạm, chia sẻ kinh nghiệm, sắp xếp bộ máy.")]
    [InlineData("Lịch sử lý luận")]
    [InlineData("sử, lý do")]
    public void The_right_words_words_split_by_punctuation_and_a_listed_context_pass(string text) =>
        Assert.Empty(ConfusableWords.Default.Find(text));

    [Fact]
    public void Every_pair_has_valid_syllables_on_both_sides_a_slip_kind_and_a_source()
    {
        var checker = SpellChecker.Default;
        foreach (var pair in ConfusableWords.Default.Pairs)
        {
            Assert.True(pair.Written.IsNormalized(NormalizationForm.FormC) && pair.Meant.IsNormalized(NormalizationForm.FormC), pair.Written);
            Assert.False(string.IsNullOrWhiteSpace(pair.Slip), pair.Written);
            Assert.False(string.IsNullOrWhiteSpace(pair.Source), pair.Written);
            Assert.Empty(checker.Check(pair.Meant));
        }
        Assert.Contains(ConfusableWords.Default.Pairs, p => p is { Written: "chia sẽ", Meant: "chia sẻ" });
    }

    [Fact]
    public void A_profile_adds_pairs()
    {
        var list = ConfusableWords.Default.With([new ConfusablePair("tham quang", "tham quan", "vần", "Hướng dẫn của tỉnh")]);
        Assert.Equal("tham quan", Assert.Single(list.Find("Tổ chức tham quang học tập.")).Meant);
        Assert.Empty(ConfusableWords.Default.Find("Tổ chức tham quang học tập."));
        Assert.Throws<ArgumentException>(() => ConfusableWords.Default.With([new ConfusablePair("xử", "sử", "s/x", "nguồn")]));
        Assert.Throws<ArgumentException>(() => ConfusableWords.Default.With([new ConfusablePair("xử lý", "xử lý", "s/x", "nguồn")]));
    }
}
