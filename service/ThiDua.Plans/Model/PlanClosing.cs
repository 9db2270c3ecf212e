namespace ThiDua.Plans.Model;

/// <summary>
/// Nơi nhận — <em>Recipients</em> (Phụ lục I, Mục II.9): the label paragraph and the item lines under it.
/// </summary>
/// <param name="Label">The <c>Nơi nhận:</c> paragraph (possibly misspelt, e.g. <c>Nơi nhân:</c>).</param>
/// <param name="Items">One segment per recipient line (<c>- UBND huyện;</c> … <c>- Lưu: VT, VP.</c>).</param>
public sealed record Recipients(TextSegment Label, IReadOnlyList<TextSegment> Items);

/// <summary>
/// The signature block (Phụ lục I, Mục II.7): quyền hạn người ký — <em>SigningAuthority</em> (<c>TM. ỦY BAN NHÂN DÂN</c>,
/// <c>KT. CHỦ TỊCH</c>), chức vụ (<c>CHỦ TỊCH</c>, <c>PHÓ CHỦ TỊCH</c>), the space for the signature and the signer's name.
/// </summary>
/// <param name="AuthorityLines">The capitalised lines from <c>TM.</c>/<c>KT.</c>/<c>Q.</c>/<c>TL.</c>/<c>TUQ.</c> down to the title.</param>
/// <param name="Name">The signer's name, or null when missing.</param>
/// <param name="FirstParagraph">First paragraph of the block.</param>
/// <param name="LastParagraph">Last paragraph of the block.</param>
public sealed record Signature(IReadOnlyList<TextSegment> AuthorityLines, TextSegment? Name, int FirstParagraph, int LastParagraph)
{
    /// <summary>The chức vụ line: the last authority line (<c>CHỦ TỊCH</c>).</summary>
    public TextSegment? Title => AuthorityLines.Count > 0 ? AuthorityLines[^1] : null;
}
