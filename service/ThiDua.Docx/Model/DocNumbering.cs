using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Model;

/// <summary>The automatic numbering of a paragraph (<c>w:numPr</c>, directly or from its style), rendered.</summary>
/// <param name="NumId">The numbering instance (<c>w:numId</c>).</param>
/// <param name="Level">The level, 0-based (<c>w:ilvl</c>).</param>
/// <param name="Label">The label as Word shows it, e.g. <c>II.</c>, <c>1.2.</c>, <c>a)</c>; for bullets the bullet character.</param>
/// <param name="Format">The level's number format (<c>upperRoman</c>, <c>decimal</c>, <c>lowerLetter</c>, <c>bullet</c>…).</param>
/// <param name="Suffix">What follows the label: <c>tab</c>, <c>space</c> or <c>nothing</c>.</param>
/// <param name="LabelFormat">Effective formatting of the label (the level's <c>w:rPr</c> over the paragraph mark's).</param>
public sealed record DocNumbering(int NumId, int Level, string Label, string Format, string Suffix, RunFormat LabelFormat)
{
    /// <summary>True for a bullet list rather than a numbered one.</summary>
    public bool IsBullet => Format == "bullet";
}
