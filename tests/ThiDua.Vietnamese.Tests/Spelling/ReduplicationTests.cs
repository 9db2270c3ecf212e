using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Tests.Spelling;

public class ReduplicationTests
{
    [Theory]
    [InlineData("người", true)]
    [InlineData("nhà", true)]
    [InlineData("ngành", true)]
    [InlineData("ngày", true)]
    [InlineData("dần", true)]
    [InlineData("từng", false)]
    [InlineData("các", false)]
    [InlineData("của", false)]
    [InlineData("loại", false)]
    public void Only_idiomatic_doublings_are_listed(string word, bool idiomatic)
    {
        Assert.Equal(idiomatic, Reduplication.IsIdiomatic(word));
    }
}
