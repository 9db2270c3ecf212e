namespace ThiDua.Vietnamese.Syllables;

/// <summary>Why a word is not a well-spelled Vietnamese syllable; the first problem found, in the order listed.</summary>
public enum SyllableProblem
{
    /// <summary>A valid syllable by the grammar (whether the dictionary knows it is a separate question).</summary>
    None,

    /// <summary>Empty, or a character that is not a Latin letter (digit, punctuation, other script).</summary>
    NotLetters,

    /// <summary>A Latin letter Vietnamese does not use: <c>f j w z</c>.</summary>
    ForeignLetter,

    /// <summary>No vowel at all (<c>km</c>, <c>Vp</c>).</summary>
    NoVowel,

    /// <summary>The consonants before the first vowel are not an initial (<c>bl</c>, <c>str</c>, <c>q</c> without <c>u</c>).</summary>
    InvalidInitial,

    /// <summary>Vowels separated by consonants: two syllables or a foreign word (<c>tổchức</c>, <c>online</c>).</summary>
    NotOneSyllable,

    /// <summary>The consonants after the vowels are not a final (<c>k</c> of <c>Đắk</c>, <c>l</c>, <c>s</c>).</summary>
    InvalidFinal,

    /// <summary>More than one tone mark (<c>hoàá</c>).</summary>
    MultipleToneMarks,

    /// <summary>The vowels and final do not form a Vietnamese rhyme (<c>uơng</c> of <c>thuởng</c>, <c>êng</c>).</summary>
    InvalidRhyme,

    /// <summary>
    /// A spelling convention is broken: <c>k</c> before <c>i e ê y</c> and <c>c</c> elsewhere, <c>q</c> only as
    /// <c>qu</c>, <c>gh</c>/<c>ngh</c> only before <c>i e ê</c>, <c>iê</c> written <c>yê</c> without an initial,
    /// open <c>y</c> only after <c>h k l m s t</c>.
    /// </summary>
    SpellingConvention,

    /// <summary>A stop final (<c>c ch p t</c>) with a tone other than sắc or nặng (<c>Luât</c>, <c>hoàt</c>).</summary>
    ToneNotAllowed,

    /// <summary>Every part is right but the tone mark sits on the wrong vowel (<c>qủa</c> for <c>quả</c>, <c>tíêng</c>).</summary>
    MisplacedToneMark,
}
