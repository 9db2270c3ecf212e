using ThiDua.Vietnamese.Alphabet;

namespace ThiDua.Vietnamese.Tests.Alphabet;

public class VietnameseAlphabetTests
{
    [Fact]
    public void Point_letters_are_the_23_of_the_decree_in_order()
    {
        var decreeOrder = "a b c d đ e g h i k l m n o p q r s t u v x y".Split(' ');

        Assert.Equal(decreeOrder, VietnameseAlphabet.PointLetters.Select(c => c.ToString()));
        Assert.Equal(29, VietnameseAlphabet.Letters.Length);
    }

    [Theory]
    [InlineData('a', 'b')]
    [InlineData('d', 'đ')]
    [InlineData('đ', 'e')]
    [InlineData('e', 'g')]
    [InlineData('i', 'k')]
    [InlineData('v', 'x')]
    [InlineData('x', 'y')]
    [InlineData('D', 'Đ')]
    public void Next_point_letter_skips_f_j_w_z(char letter, char next)
    {
        Assert.Equal(next, VietnameseAlphabet.NextPointLetter(letter));
    }

    [Theory]
    [InlineData('y')]
    [InlineData('f')]
    [InlineData('w')]
    [InlineData('ă')]
    [InlineData('1')]
    public void No_next_point_letter_after_y_or_for_other_characters(char letter)
    {
        Assert.Null(VietnameseAlphabet.NextPointLetter(letter));
    }

    [Theory]
    [InlineData('a', 0)]
    [InlineData('đ', 4)]
    [InlineData('Đ', 4)]
    [InlineData('g', 6)]
    [InlineData('y', 22)]
    [InlineData('j', -1)]
    [InlineData('ê', -1)]
    public void Point_index_of_a_letter(char letter, int index)
    {
        Assert.Equal(index, VietnameseAlphabet.PointIndexOf(letter));
    }

    [Theory]
    [InlineData(0, 'a')]
    [InlineData(5, 'e')]
    [InlineData(22, 'y')]
    [InlineData(23, null)]
    [InlineData(-1, null)]
    public void Point_letter_at_an_index(int index, char? letter)
    {
        Assert.Equal(letter, VietnameseAlphabet.PointLetterAt(index));
    }

    [Theory]
    [InlineData('ă', 1)]
    [InlineData('Ư', 25)]
    [InlineData('y', 28)]
    [InlineData('f', -1)]
    public void Index_in_the_full_alphabet(char letter, int index)
    {
        Assert.Equal(index, VietnameseAlphabet.IndexOf(letter));
    }
}
