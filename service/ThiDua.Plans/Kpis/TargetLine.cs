namespace ThiDua.Plans.Kpis;

/// <summary>
/// One body paragraph as <see cref="TargetListExtractor"/> reads it — the plan model's view, without any OOXML type.
/// </summary>
/// <param name="Text">The paragraph text, any normalisation form; a typed list label (<c>1.</c>, <c>2.3.</c>, <c>-</c>) may be part of it.</param>
/// <param name="Paragraph">Zero-based body paragraph index (document order, table paragraphs included).</param>
/// <param name="Location">Human-readable place for messages (<c>đoạn 33</c>).</param>
/// <param name="NumberLabel">The label Word's automatic numbering draws before the text (<c>2.1.</c>, <c>a)</c>, <c>-</c>), empty when none.</param>
/// <param name="IsHeading">True for a numbered title (<em>đề mục</em>: short, no final period), false for running text and numbered paragraphs of running text.</param>
/// <param name="HeadingLevel">For a heading: 1 = mục <c>I.</c>, 2 = khoản <c>1.</c>, 3 = <c>1.1.</c>, 4 = điểm <c>a)</c> (the values of <c>Model.HeadingLevel</c>); 0 when unknown or not a heading.</param>
public sealed record TargetLine(string Text, int Paragraph, string Location, string NumberLabel, bool IsHeading, int HeadingLevel);

/// <summary>A table of the body as <see cref="TargetListExtractor"/> reads it.</summary>
/// <param name="Index">Zero-based table index in the body.</param>
/// <param name="Rows">Its rows, in order, header rows included.</param>
public sealed record TargetTable(int Index, IReadOnlyList<TargetTableRow> Rows);

/// <summary>One row of a <see cref="TargetTable"/>.</summary>
/// <param name="Cells">The text of each cell, left to right (a merged cell once).</param>
/// <param name="Paragraph">Zero-based body paragraph index of the row's first paragraph, or -1.</param>
/// <param name="Location">Human-readable place (<c>bảng 2, hàng 4</c>).</param>
public sealed record TargetTableRow(IReadOnlyList<string> Cells, int Paragraph, string Location);

/// <summary>A chỉ tiêu list found by <see cref="TargetListExtractor.FindLists"/>: its heading and its item lines.</summary>
/// <param name="Heading">The paragraph that opens it (<c>2. Các chỉ tiêu thi đua chủ yếu…</c>).</param>
/// <param name="Items">The target lines, in order (group titles such as <c>a) Về kinh tế:</c> left out); item n is row n.</param>
public sealed record TargetList(TargetLine Heading, IReadOnlyList<TargetLine> Items);
