using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Authoring;

public class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    public void Formats_numbers(int value, string expected) => Assert.Equal(expected, RomanNumeral.Format(value));

    [Theory]
    [InlineData("II", 2)]
    [InlineData("II.", 2)]
    [InlineData(" iii. NỘI DUNG THI ĐUA", 3)]
    [InlineData("IV) TỔ CHỨC", 4)]
    [InlineData("3.", 3)]
    [InlineData("MỤC ĐÍCH", null)]
    [InlineData("IIII.", null)]
    [InlineData("VX", null)]
    [InlineData("", null)]
    public void Reads_the_label_of_a_heading(string heading, int? expected) => Assert.Equal(expected, RomanNumeral.Parse(heading));

    [Fact]
    public void Refuses_zero() => Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(0));
}
