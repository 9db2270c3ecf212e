namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// <i>Vần</i> — the part of a syllable after the initial consonant: an optional medial glide (<i>âm đệm</i>), the
/// nucleus (<i>âm chính</i>) and an optional final (<i>âm cuối</i>), in base letters without tone
/// (<c>oang</c> = <c>o</c> + <c>a</c> + <c>ng</c>).
/// </summary>
/// <param name="Text">The rhyme as written without tone, e.g. <c>uyêt</c>.</param>
/// <param name="Medial"><c>o</c>, <c>u</c> or empty.</param>
/// <param name="Nucleus">One vowel or a diphthong (<c>iê yê ia ya uô ua ươ ưa</c>, and <c>oo</c> of <c>boong</c>).</param>
/// <param name="Final">A consonant (<c>c ch m n ng nh p t</c>), a semivowel (<c>i y o u</c>) or empty.</param>
/// <param name="Placement">Which initials the rhyme may follow in standard spelling.</param>
internal sealed record Rhyme(string Text, string Medial, string Nucleus, string Final, InitialPlacement Placement)
{
    /// <summary>
    /// Index in <see cref="Text"/> of the vowel that carries the tone mark: the single nucleus vowel; for a diphthong
    /// the second vowel when a final follows (<c>tiếng</c>, <c>thuộc</c>, <c>được</c>), the first in an open syllable
    /// (<c>mía</c>, <c>của</c>, <c>mưa</c>).
    /// </summary>
    public int MarkIndex { get; } = Medial.Length + (Nucleus.Length == 2 && Final.Length > 0 ? 1 : 0);

    /// <summary>
    /// The other accepted place of the mark, or −1: in an open <c>oa</c>, <c>oe</c>, <c>uy</c> the mark may also sit on
    /// the glide (<c>hóa</c>/<c>hoá</c>, <c>khỏe</c>/<c>khoẻ</c>, <c>thủy</c>/<c>thuỷ</c>); both spellings are in use.
    /// </summary>
    public int AlternativeMarkIndex { get; } =
        Medial.Length == 1 && Final.Length == 0 && Nucleus is "a" or "e" or "y" ? 0 : -1;

    /// <summary>True when the final is a stop (<c>c ch p t</c>): such syllables take only the sắc or nặng tone.</summary>
    public bool IsChecked { get; } = Final is "c" or "ch" or "p" or "t";

    /// <summary>True when the rhyme starts with a front vowel (<c>i e ê y</c>), which decides <c>k</c>/<c>c</c>, <c>gh</c>/<c>g</c>, <c>ngh</c>/<c>ng</c>.</summary>
    public bool IsFront { get; } = Medial.Length == 0 && Text[0] is 'i' or 'e' or 'ê' or 'y';
}

/// <summary>Where a rhyme may stand with respect to the initial consonant, by the spelling rules.</summary>
internal enum InitialPlacement
{
    /// <summary>After any initial or none.</summary>
    Any,

    /// <summary>Only after an initial: <c>iê</c> is written <c>yê</c> without one (<c>tiên</c> but <c>yên</c>).</summary>
    AfterInitial,

    /// <summary>Only without an initial (<c>yên</c>, <c>yêu</c>).</summary>
    WithoutInitial,

    /// <summary>
    /// The open <c>y</c> (<c>ý</c>, <c>kỳ</c>, <c>lý</c>, <c>mỹ</c>, <c>sỹ</c>, <c>tỷ</c>, <c>hy</c>): alone or after
    /// <c>h k l m s t</c>, where <c>i</c> and <c>y</c> are both in use; elsewhere <c>i</c> is written.
    /// </summary>
    OpenY,
}
