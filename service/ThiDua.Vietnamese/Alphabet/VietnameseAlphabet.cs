namespace ThiDua.Vietnamese.Alphabet;

/// <summary>
/// <i>Bảng chữ cái tiếng Việt</i>: the 29 letters in dictionary order, and the 23 letters used, in this order, to
/// label <i>điểm</i> in administrative documents (<c>a)</c>, <c>b)</c>, <c>c)</c>, <c>d)</c>, <c>đ)</c>…) — the
/// Latin letters without <c>f j w z</c> plus <c>đ</c>, never <c>ă â ê ô ơ ư</c> (Nghị định 30/2020/NĐ-CP, Phụ lục I,
/// mục II.6đ).
/// </summary>
public static class VietnameseAlphabet
{
    /// <summary>The 29 letters in order: <c>a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y</c>.</summary>
    public const string Letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    /// <summary>The 23 letters that label điểm, in order: <c>a b c d đ e g h i k l m n o p q r s t u v x y</c>.</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    /// <summary>Zero-based position of <paramref name="letter"/> (either case) in <see cref="PointLetters"/>; −1 when it does not label điểm (<c>f</c>, <c>ă</c>, <c>1</c>).</summary>
    public static int PointIndexOf(char letter) => PointLetters.IndexOf(char.ToLowerInvariant(letter));

    /// <summary>
    /// The điểm letter after <paramref name="letter"/> (<c>d</c> → <c>đ</c>, <c>đ</c> → <c>e</c>, <c>e</c> → <c>g</c>),
    /// in the case of <paramref name="letter"/>; null after <c>y</c> or when <paramref name="letter"/> does not label điểm.
    /// </summary>
    public static char? NextPointLetter(char letter)
    {
        var index = PointIndexOf(letter);
        if (index < 0 || index == PointLetters.Length - 1) return null;
        var next = PointLetters[index + 1];
        return char.IsUpper(letter) ? char.ToUpperInvariant(next) : next;
    }

    /// <summary>The điểm letter at zero-based <paramref name="index"/> (0 → <c>a</c>, 5 → <c>e</c>); null outside 0–22.</summary>
    public static char? PointLetterAt(int index) => index >= 0 && index < PointLetters.Length ? PointLetters[index] : null;

    /// <summary>Zero-based position of <paramref name="letter"/> (either case, no tone mark) in <see cref="Letters"/>; −1 otherwise.</summary>
    public static int IndexOf(char letter) => Letters.IndexOf(char.ToLowerInvariant(letter));
}
