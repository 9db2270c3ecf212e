namespace ThiDua.Docx.Model;

/// <summary>A table cell: its grid position and paragraphs.</summary>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based grid column where the cell starts.</param>
/// <param name="GridSpan">Number of grid columns it spans (<c>w:gridSpan</c>).</param>
/// <param name="VerticalMergeContinue">True when the cell continues a vertical merge (<c>w:vMerge</c> without <c>restart</c>): it shows nothing of its own.</param>
/// <param name="WidthTwips">Cell width from <c>w:tcW</c> (dxa) or the grid, twips; 0 when unknown.</param>
/// <param name="Paragraphs">Indices of its body paragraphs (nested tables included).</param>
public sealed record DocTableCell(int Row, int Column, int GridSpan, bool VerticalMergeContinue, int WidthTwips, IReadOnlyList<int> Paragraphs);

/// <summary>A table row.</summary>
/// <param name="Index">0-based row index.</param>
/// <param name="IsHeader">Repeated as a header row on each page (<c>w:tblHeader</c>).</param>
/// <param name="Cells">Its cells, left to right.</param>
public sealed record DocTableRow(int Index, bool IsHeader, IReadOnlyList<DocTableCell> Cells);

/// <summary>
/// A table (<c>w:tbl</c>) of the body, nested tables included (with <see cref="ParentTable"/> set).
/// </summary>
/// <param name="Index">0-based index in document order.</param>
/// <param name="StyleId">Table style id (<c>w:tblStyle</c>), or empty.</param>
/// <param name="Rows">Rows in order.</param>
/// <param name="GridColumnsTwips">Column widths of <c>w:tblGrid</c>, twips.</param>
/// <param name="HasVisibleBorders">True when any cell draws a border line (its <c>w:tcBorders</c> over the table's direct <c>w:tblBorders</c> over its style's, edge by edge); false for a borderless layout table.</param>
/// <param name="ParentTable">Index of the enclosing table for a nested table, else null.</param>
/// <param name="FirstParagraph">First paragraph index inside it.</param>
/// <param name="LastParagraph">Last paragraph index inside it.</param>
public sealed record DocTable(int Index, string StyleId, IReadOnlyList<DocTableRow> Rows, IReadOnlyList<int> GridColumnsTwips, bool HasVisibleBorders, int? ParentTable, int FirstParagraph, int LastParagraph)
{
    /// <summary>Number of grid columns.</summary>
    public int ColumnCount => GridColumnsTwips.Count > 0 ? GridColumnsTwips.Count : Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Sum(c => c.GridSpan));
}
