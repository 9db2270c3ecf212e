namespace ThiDua.Plans.Model;

/// <summary>
/// A phụ lục (also a <em>biểu</em> of chỉ tiêu) attached after the plan's closing part (Nghị định 30/2020/NĐ-CP, Phụ lục I,
/// Mục III.1): its label line (<c>Phụ lục II</c>), its title (<c>CHỈ TIÊU THI ĐUA NĂM 2024</c>), the line saying what it is
/// attached to (<c>(Kèm theo Kế hoạch số 16/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân xã Trí Yên)</c>) and its extent.
/// Recognised by its words in any case and look; how it is written is for the rules to judge.
/// </summary>
/// <param name="Label">The label line (its first line when the title follows on the same line).</param>
/// <param name="Number">Its number as written (<c>II</c>, <c>2</c>, <c>số 01</c>); empty when unnumbered.</param>
/// <param name="TitleOnLabelLine">True when the title is typed on the label's line (<c>PHỤ LỤC I: CHỈ TIÊU …</c>).</param>
/// <param name="Title">The title lines (in the order written); empty when none.</param>
/// <param name="Attachment">The <c>(Kèm theo …)</c> line, or null when missing.</param>
/// <param name="FirstParagraph">The label's paragraph.</param>
/// <param name="LastParagraph">The appendix's last paragraph (before the next one, or the document's last).</param>
public sealed record Appendix(
    TextSegment Label, string Number, bool TitleOnLabelLine, IReadOnlyList<TextSegment> Title, TextSegment? Attachment,
    int FirstParagraph, int LastParagraph);

/// <summary>
/// The line of ký hiệu người soạn thảo and số lượng bản phát hành (Phụ lục I, Mục III.3): <c>PL.(300)</c> — the drafter's
/// initials, a period, the number of copies in brackets — under Nơi nhận, in any case.
/// </summary>
/// <param name="Segment">The line.</param>
/// <param name="Initials">The drafter's initials as written (<c>PL</c>, <c>pl</c>).</param>
/// <param name="Copies">The number of copies as written (<c>300</c>); empty when not a number.</param>
public sealed record DrafterMark(TextSegment Segment, string Initials, string Copies)
{
    /// <summary>The paragraph that holds the line.</summary>
    public int Paragraph => Segment.Paragraph;
}
