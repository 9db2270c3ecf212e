namespace ThiDua.Plans.Kpis;

/// <summary>
/// One body paragraph as <see cref="TargetDiscovery"/> reads it — the plan model's view, without any OOXML type.
/// </summary>
/// <param name="Text">The paragraph text, any normalisation form; a typed list label (<c>1.</c>, <c>2.3.</c>, <c>-</c>) may be part of it.</param>
/// <param name="Paragraph">Zero-based body paragraph index (document order, table paragraphs included).</param>
/// <param name="Location">Human-readable place for messages (<c>đoạn 33</c>).</param>
/// <param name="NumberLabel">The label Word's automatic numbering draws before the text (<c>2.1.</c>, <c>a)</c>, <c>-</c>), empty when none.</param>
/// <param name="IsHeading">True for a numbered title (<em>đề mục</em>: short, no final period), false for running text and numbered paragraphs of running text.</param>
/// <param name="HeadingLevel">For a heading: 1 = mục <c>I.</c>, 2 = khoản <c>1.</c>, 3 = <c>1.1.</c>, 4 = điểm <c>a)</c> (the values of <c>Model.HeadingLevel</c>); 0 when unknown or not a heading.</param>
/// <param name="Emphasis">True when the whole paragraph is bold (an unnumbered title is often only that).</param>
public sealed record TargetLine(string Text, int Paragraph, string Location, string NumberLabel, bool IsHeading, int HeadingLevel, bool Emphasis = false);

/// <summary>A table of the body as <see cref="TargetDiscovery"/> reads it.</summary>
/// <param name="Index">Zero-based table index in the body.</param>
/// <param name="Rows">Its rows, in order, header rows included.</param>
public sealed record TargetTable(int Index, IReadOnlyList<TargetTableRow> Rows)
{
    /// <summary>The first body paragraph of the table (of its first row that has one), or -1: where it stands among the lines.</summary>
    public int Paragraph => Rows.Select(r => r.Paragraph).FirstOrDefault(p => p >= 0, -1);
}

/// <summary>One row of a <see cref="TargetTable"/>.</summary>
/// <param name="Cells">The text of each cell, left to right (a merged cell once).</param>
/// <param name="Paragraph">Zero-based body paragraph index of the row's first paragraph, or -1.</param>
/// <param name="Location">Human-readable place (<c>bảng 2, hàng 4</c>).</param>
public sealed record TargetTableRow(IReadOnlyList<string> Cells, int Paragraph, string Location);

/// <summary>
/// What a plan says about itself that bears on its targets: the year it is for (a past year in its text is a result,
/// not a target) and the kind of document (<c>KẾ HOẠCH</c>, <c>NGHỊ QUYẾT</c> set targets; <c>BÁO CÁO</c> reports).
/// </summary>
/// <param name="Year">The plan's year, or null when unknown (then the latest year its text names stands for it).</param>
/// <param name="Title">The tên loại and trích yếu as written (<c>KẾ HOẠCH Phát động thi đua năm 2024</c>), empty when none.</param>
public sealed record TargetDocument(int? Year, string Title)
{
    /// <summary>Nothing known about the document.</summary>
    public static TargetDocument Unknown { get; } = new(null, string.Empty);
}
