using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Tests.Support;

namespace ThiDua.Vietnamese.Tests.Spelling;

/// <summary>A memo shared by the lines of a document changes no verdict, whatever the order of the lines.</summary>
public class SpellingMemoTests
{
    private static readonly SpellChecker Checker = new(DebianDictionary.Instance);

    private static string[] Describe(IEnumerable<SpellingIssue> issues) =>
        issues.Select(i => $"{i.Start} {i.Kind} {i.Word} → {i.Suggestion}: {i.Message}").ToArray();

    [Theory]
    [InlineData("000_4790eecb053239ab.txt")]
    [InlineData("002_adb754d49871ca5d.txt")]
    [InlineData("003_6fdaf8e458d82078.txt")]
    public void Seed_lines_give_the_same_issues_with_one_memo_as_without(string seed)
    {
        var lines = Corpus.Seed(seed).Split('\n');
        var memo = new SpellingMemo();

        foreach (var line in lines)
            Assert.Equal(Describe(Checker.Check(line)), Describe(Checker.Check(line, memo)));

        Assert.True(memo.Count > 100, $"only {memo.Count} words remembered");
    }

    [Fact]
    public void A_capitalised_word_accepted_inside_a_sentence_is_still_reported_at_the_start_of_one()
    {
        var memo = new SpellingMemo();

        Assert.Empty(Checker.Check("giao cho ông Vủa phụ trách", memo));
        var issue = Assert.Single(Checker.Check("Vủa phụ trách", memo));

        Assert.Equal("Vủa", issue.Word);
        Assert.Equal(SpellingIssueKind.InvalidSyllable, issue.Kind);
    }

    [Fact]
    public void A_word_reported_once_is_reported_again()
    {
        var memo = new SpellingMemo();

        Assert.Equal("của", Assert.Single(Checker.Check("tổ chức vủa xã", memo)).Suggestion);
        Assert.Equal("của", Assert.Single(Checker.Check("nhiệm vụ vủa huyện", memo)).Suggestion);
    }
}
