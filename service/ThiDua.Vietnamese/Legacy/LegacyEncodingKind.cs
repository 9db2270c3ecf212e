namespace ThiDua.Vietnamese.Legacy;

/// <summary>
/// The 8-bit Vietnamese encodings that preceded Unicode (<i>bảng mã cũ</i>) and still turn up in Word files typed
/// with their fonts. Their text is stored as Windows-1252 characters, which a Unicode font shows as mojibake
/// (<c>Céng hoµ</c>, <c>Coäng hoøa</c> for <c>Cộng hoà</c>).
/// </summary>
public enum LegacyEncodingKind
{
    /// <summary>Not a legacy encoding.</summary>
    None,

    /// <summary>
    /// TCVN 5712:1993 VN3, the "ABC" code of the <c>.Vn…</c> fonts (<c>.VnTime</c>, <c>.VnArial</c>): one byte per
    /// letter, lower-case toned letters only; capitals without tone (<c>Ă Â Ê Ô Ơ Ư Đ</c>) have codes.
    /// </summary>
    Tcvn3,

    /// <summary>
    /// TCVN3 in a capitals font (name ending in <c>H</c>: <c>.VnTimeH</c>, <c>.VnArialH</c>): the same codes drawn
    /// as capitals, so the text converts to upper case.
    /// </summary>
    Tcvn3Capitals,

    /// <summary>VNI Windows, the code of the <c>VNI-…</c> fonts (<c>VNI-Times</c>): a base letter followed by one mark character (<c>a</c> + <c>ø</c> = <c>à</c>).</summary>
    Vni,
}
