namespace ThiDua.Docx.Model;

/// <summary>Where a paragraph sits in a table: the innermost table's index, row and grid column.</summary>
/// <param name="Table">Index into <see cref="DocxDocument.Tables"/>.</param>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based grid column of the cell.</param>
/// <param name="Depth">Nesting depth: 1 for a top-level table.</param>
public sealed record CellLocation(int Table, int Row, int Column, int Depth);
