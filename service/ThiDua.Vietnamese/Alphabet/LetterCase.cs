namespace ThiDua.Vietnamese.Alphabet;

/// <summary>The case pattern of one word.</summary>
public enum LetterCase
{
    /// <summary>No cased letter (digits, punctuation, empty).</summary>
    None,

    /// <summary><i>Chữ thường</i>: every letter lower-case (<c>thưởng</c>).</summary>
    Lower,

    /// <summary><i>Chữ in hoa</i>: every letter upper-case (<c>THƯỞNG</c>, <c>UBND</c>, a single <c>A</c>).</summary>
    Upper,

    /// <summary>Initial capital, the rest lower-case (<c>Thưởng</c>).</summary>
    Title,

    /// <summary>Any other mix (<c>ThS</c>, <c>tHƯởng</c>).</summary>
    Mixed,
}
