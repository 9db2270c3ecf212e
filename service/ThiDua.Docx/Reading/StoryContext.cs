using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Reading;

/// <summary>Where the walker stands while reading one story: the table cell (if any) and the open content controls.</summary>
internal sealed class StoryContext
{
    /// <summary>Innermost table cell: table index, row, column, depth, table style id and conditional region.</summary>
    public (int Table, int Row, int Column, int Depth, string? StyleId, TableRegion Region)? Cell;

    /// <summary>Indices of the open content controls, outermost first.</summary>
    public readonly List<int> Controls = [];

    /// <summary>The current section index (body only).</summary>
    public int Section;
}
