using ThiDua.Vietnamese.Alphabet;

namespace ThiDua.Plans.Standard;

/// <summary>
/// The level of a numbered part in a document without chương/điều (Phụ lục I, Mục II.6đ and its table row 6b):
/// mục <c>I.</c>, khoản <c>1.</c>, then <c>1.1.</c> or điểm <c>a)</c>.
/// </summary>
public enum HeadingLevel
{
    /// <summary>Mục — Roman numeral, <c>I.</c>.</summary>
    Section = 1,
    /// <summary>Khoản — Arabic numeral, <c>1.</c>.</summary>
    Clause = 2,
    /// <summary>Sub-clause <c>1.1.</c>.</summary>
    SubClause = 3,
    /// <summary>Điểm — letter, <c>a)</c>.</summary>
    Point = 4,
}

/// <summary>
/// The numbering labels of Phụ lục I, Mục II.6đ: Roman numerals for mục (<see cref="RomanNumeral"/>), Arabic for khoản,
/// <c>1.1.</c> below them, and điểm letters in the Vietnamese alphabet without f, j, w, z
/// (<see cref="VietnameseAlphabet.PointLetters"/>).
/// </summary>
public static class NumberingLabels
{
    /// <summary>The 1-based position of a điểm letter (<c>a</c> → 1, <c>đ</c> → 5, <c>g</c> → 7), or 0 when it is no điểm letter (<c>f</c>, <c>w</c>).</summary>
    public static int PointValue(char letter) => VietnameseAlphabet.PointIndexOf(letter) + 1;

    /// <summary>The điểm letter at 1-based <paramref name="value"/> (<c>5</c> → <c>đ</c>), or null past <c>y</c>.</summary>
    public static char? PointLetter(int value) => VietnameseAlphabet.PointLetterAt(value - 1);

    /// <summary>The level's Vietnamese name with its labels: <c>mục (I., II., III.)</c>, <c>khoản (1., 2., 3.)</c>…</summary>
    public static string Name(HeadingLevel level) => level switch
    {
        HeadingLevel.Section => "mục (I., II., III.)",
        HeadingLevel.Clause => "khoản (1., 2., 3.)",
        HeadingLevel.SubClause => "tiểu mục (1.1., 1.2.)",
        _ => "điểm (a), b), c))",
    };
}
