using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Tests.Unicode;

public sealed class InvisibleCharactersTests
{
    [Fact]
    public void Plain_text_has_none() => Assert.Empty(InvisibleCharacters.Find("Tổ chức phát động thi đua năm 2025."));

    [Theory]
    [InlineData("tổ\u200Bchức", 2, " ")]      // between two letters: it separated two words
    [InlineData("tổ \u200Bchức", 3, "")]      // beside a space: removed
    [InlineData("\uFEFFKế hoạch", 0, "")]
    [InlineData("ngày\u00A005", 4, " ")]      // no-break space between words: a space
    [InlineData("ngày \u00A005", 5, "")]      // beside a space: removed, no double space made
    [InlineData("100\u202F%", 3, " ")]
    public void Each_is_found_with_a_replacement_that_keeps_the_text_as_read(string text, int index, string replacement)
    {
        var found = Assert.Single(InvisibleCharacters.Find(text));
        Assert.Equal(index, found.Index);
        Assert.Equal(replacement, found.Replacement);
        Assert.Contains("U+", found.Name);
    }
}
