using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Reading;

/// <summary>Where the walker stands while reading one story: the table cell (if any) and the open content controls.</summary>
internal sealed class StoryContext
{
    private readonly List<int> controls = [];
    private int[]? enclosing;

    /// <summary>Innermost table cell: table index, row, column, depth, table style id and conditional region.</summary>
    public (int Table, int Row, int Column, int Depth, string? StyleId, TableRegion Region)? Cell;

    /// <summary>Indices of the open content controls, outermost first.</summary>
    public IReadOnlyList<int> Controls => controls;

    /// <summary>
    /// <see cref="Controls"/> as one shared array, copied only when a control opens or closes: the paragraphs between share
    /// it, so deep nesting costs each paragraph nothing more.
    /// </summary>
    public IReadOnlyList<int> Enclosing => enclosing ??= controls.ToArray();

    /// <summary>The current section index (body only).</summary>
    public int Section;

    /// <summary>Opens the control <paramref name="id"/> inside the current ones.</summary>
    public void Enter(int id)
    {
        controls.Add(id);
        enclosing = null;
    }

    /// <summary>Closes the innermost control and returns its id.</summary>
    public int Leave()
    {
        var id = controls[^1];
        controls.RemoveAt(controls.Count - 1);
        enclosing = null;
        return id;
    }
}
