namespace ThiDua.Plans.Model;

/// <summary>
/// Nơi nhận — <em>Recipients</em> (Phụ lục I, Mục II.9): the label paragraph and the item lines under it.
/// </summary>
/// <param name="Label">The <c>Nơi nhận:</c> paragraph (possibly misspelt, e.g. <c>Nơi nhân:</c>).</param>
/// <param name="Items">One segment per recipient line (<c>- UBND huyện;</c> … <c>- Lưu: VT, VP.</c>).</param>
public sealed record Recipients(TextSegment Label, IReadOnlyList<TextSegment> Items);

/// <summary>
/// A line of quyền hạn ký (Phụ lục I, Mục II.7b): <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>, or a line continuing the
/// body's name under one (<c>TM. BAN CHẤP HÀNH</c> / <c>ĐẢNG ỦY XÃ</c>).
/// </summary>
/// <param name="Segment">The line.</param>
/// <param name="Abbreviation">The abbreviation it opens with, read (<c>TM</c>, <c>KT</c>, <c>Q</c>, <c>TL</c>, <c>TUQ</c>); empty for a continuation line.</param>
/// <param name="Written">The abbreviation as written, with what follows it (<c>TM.</c>, <c>Tm </c>, <c>T/M</c>); empty for a continuation line.</param>
public sealed record AuthorityLine(TextSegment Segment, string Abbreviation, string Written)
{
    /// <summary>True when the abbreviation is written as the decree writes it: capitals and a period (<c>TM.</c>).</summary>
    public bool WrittenAsDecreed => Abbreviation.Length == 0 || Written.TrimEnd() == Abbreviation + ".";
}

/// <summary>
/// The signature block (Phụ lục I, Mục II.7): quyền hạn người ký — <em>SigningAuthority</em> (<c>TM. ỦY BAN NHÂN DÂN</c>,
/// <c>KT. CHỦ TỊCH</c>), chức vụ (<c>CHỦ TỊCH</c>, <c>PHÓ CHỦ TỊCH</c>, <c>HIỆU TRƯỞNG</c>), the space for the signature and
/// the signer's name. Recognised by position and wording in any case; how it is written is for the rules to judge.
/// </summary>
/// <param name="Authority">The quyền hạn lines (<c>TM.</c>, <c>KT.</c>, <c>Q.</c>, <c>TL.</c>, <c>TUQ.</c> and their continuations); empty when the signer signs in their own name.</param>
/// <param name="Title">The chức vụ line under them (<c>CHỦ TỊCH</c>), or null when missing.</param>
/// <param name="Name">The signer's name, or null when missing.</param>
/// <param name="FirstParagraph">First paragraph of the block.</param>
/// <param name="LastParagraph">Last paragraph of the block.</param>
public sealed record Signature(IReadOnlyList<AuthorityLine> Authority, TextSegment? Title, TextSegment? Name, int FirstParagraph, int LastParagraph)
{
    /// <summary>Every line above the signing space, top to bottom: the quyền hạn lines, then the chức vụ.</summary>
    public IReadOnlyList<TextSegment> Lines => Title is null ? Authority.Select(a => a.Segment).ToList() : [.. Authority.Select(a => a.Segment), Title];

    /// <summary>The quyền hạn as one line (<c>TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH</c>); empty when none.</summary>
    public string AuthorityText => string.Join(" ", Authority.Select(a => a.Segment.Text));
}
