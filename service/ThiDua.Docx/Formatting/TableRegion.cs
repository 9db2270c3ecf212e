namespace ThiDua.Docx.Formatting;

/// <summary>
/// Where a cell sits in its table, for a table style's conditional formatting (<c>w:tblStylePr</c>, ECMA-376 §17.7.6),
/// already filtered by the table's <c>w:tblLook</c>.
/// </summary>
/// <param name="FirstRow">In a header row the table style formats (<c>firstRow</c>).</param>
/// <param name="LastRow">In the last row (<c>lastRow</c>).</param>
/// <param name="FirstColumn">In the first column (<c>firstCol</c>).</param>
/// <param name="LastColumn">In the last column (<c>lastCol</c>).</param>
/// <param name="HorizontalBand">1 or 2 for <c>band1Horz</c>/<c>band2Horz</c>, 0 when banding is off.</param>
/// <param name="VerticalBand">1 or 2 for <c>band1Vert</c>/<c>band2Vert</c>, 0 when banding is off.</param>
public readonly record struct TableRegion(bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, int HorizontalBand, int VerticalBand)
{
    /// <summary>The conditional format types that apply, in the order Word applies them (later wins).</summary>
    public IEnumerable<string> ConditionalTypes()
    {
        yield return "wholeTable";
        if (VerticalBand != 0) yield return VerticalBand == 1 ? "band1Vert" : "band2Vert";
        if (HorizontalBand != 0) yield return HorizontalBand == 1 ? "band1Horz" : "band2Horz";
        if (FirstColumn) yield return "firstCol";
        if (LastColumn) yield return "lastCol";
        if (FirstRow) yield return "firstRow";
        if (LastRow) yield return "lastRow";
        if (FirstRow && FirstColumn) yield return "nwCell";
        if (FirstRow && LastColumn) yield return "neCell";
        if (LastRow && FirstColumn) yield return "swCell";
        if (LastRow && LastColumn) yield return "seCell";
    }
}
