namespace ThiDua.Plans.Model;

/// <summary>How a line of the <em>căn cứ ban hành</em> opens.</summary>
public enum BasisWording
{
    /// <summary><c>Căn cứ …</c>: a legal basis (Phụ lục I, Mục II.6a).</summary>
    Basis,
    /// <summary><c>Thực hiện …</c>: the document the plan carries out, in the place of a basis.</summary>
    Implementation,
    /// <summary><c>Theo đề nghị của …</c>, <c>Xét …</c>, <c>Sau khi …</c>: what was considered, after the bases (Phụ lục III's
    /// samples close the bases so); never the first line.</summary>
    Consideration,
}

/// <summary>
/// One line of the <em>căn cứ ban hành</em> — the bases a plan cites under its trích yếu, before its first part (Nghị
/// định 30/2020/NĐ-CP, Phụ lục I, Mục II.6a): <c>Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</c>, or a
/// <c>Thực hiện …</c> line in their place. Recognised by position and wording (<see cref="Recognition.BasisRecognizer"/>),
/// never by its look, so a basis set upright is still a basis.
/// </summary>
/// <param name="Line">The line: a whole paragraph, or one line of it split at a manual line break; a basis broken over
/// several lines is joined (<see cref="TextSegment.Join"/>, <see cref="TextSegment.EndParagraph"/>).</param>
/// <param name="Wording">Căn cứ or Thực hiện.</param>
/// <param name="IsLast">True for the last basis (it ends with a period; the others with a semicolon). When a lead-in
/// sentence closes the bases (<c>Căn cứ tình hình thực tế, … như sau:</c>), no basis is the last.</param>
/// <param name="IsLeadIn">True for a sentence that leads into the plan's text rather than cites a basis: the basis-worded
/// line ending in a colon that closes the bases, or a lone <c>Thực hiện … .</c> sentence with no căn cứ beside it (not
/// written as a list item). The decree gives it no look of its own.</param>
public sealed record BasisLine(TextSegment Line, BasisWording Wording, bool IsLast, bool IsLeadIn);
