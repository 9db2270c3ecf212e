namespace ThiDua.Docx.Formatting;

/// <summary>Paragraph alignment (<c>w:jc</c>), with the left/right (<c>start</c>/<c>end</c>) forms folded together.</summary>
public enum Alignment
{
    /// <summary>Left (<c>left</c>/<c>start</c>), Word's default.</summary>
    Left,
    /// <summary>Centred (<c>center</c>).</summary>
    Center,
    /// <summary>Right (<c>right</c>/<c>end</c>).</summary>
    Right,
    /// <summary>Justified (<c>both</c>) — <em>căn đều hai lề</em>.</summary>
    Justified,
    /// <summary>Distributed (<c>distribute</c>, <c>thaiDistribute</c>…).</summary>
    Distributed,
}

/// <summary>A paragraph border edge (<c>w:pBdr/w:bottom</c>…).</summary>
/// <param name="Style">Line style (<c>single</c>, <c>double</c>, <c>dotted</c>…).</param>
/// <param name="SizeEighthPoints">Line width in eighths of a point (<c>w:sz</c>).</param>
public sealed record BorderEdge(string Style, int SizeEighthPoints)
{
    /// <summary>True for a visible solid line (<c>single</c>, <c>thick</c>, <c>double</c>).</summary>
    public bool IsSolid => Style is "single" or "thick" or "double";
}

/// <summary>A tab stop (<c>w:tab</c> in <c>w:tabs</c>).</summary>
/// <param name="Kind"><c>left</c>, <c>center</c>, <c>right</c>, <c>decimal</c>, <c>bar</c>.</param>
/// <param name="PositionTwips">Position from the left indent's origin (the text margin), in twips.</param>
public sealed record TabStop(string Kind, int PositionTwips);

/// <summary>
/// The effective paragraph formatting after resolving direct formatting, numbering level properties, the paragraph style
/// <c>basedOn</c> chain, the table style and <c>w:docDefaults</c> (ECMA-376 §17.7.2).
/// Lengths are twips (1/20 pt; 567 twips = 1 cm); spacing before/after in twips too (<c>w:spacing/@w:before</c>).
/// </summary>
/// <param name="StyleId">The paragraph style id (the default paragraph style's when none is given).</param>
/// <param name="Alignment">Alignment.</param>
/// <param name="LeftIndent">Left (start) indent, twips.</param>
/// <param name="RightIndent">Right (end) indent, twips.</param>
/// <param name="FirstLineIndent">First-line indent, twips; negative for a hanging indent.</param>
/// <param name="SpacingBefore">Space before, twips (20 = 1 pt).</param>
/// <param name="SpacingAfter">Space after, twips.</param>
/// <param name="Line">Line spacing value: 240ths of a line when <paramref name="LineRule"/> is <c>auto</c>, else twips.</param>
/// <param name="LineRule"><c>auto</c>, <c>exact</c> or <c>atLeast</c>.</param>
/// <param name="BottomBorder">Bottom border, when any.</param>
/// <param name="TopBorder">Top border, when any.</param>
/// <param name="Tabs">Custom tab stops, in position order (cleared stops removed).</param>
/// <param name="OutlineLevel">Outline level 0–8 (<c>w:outlineLvl</c>), null for body text.</param>
/// <param name="KeepNext">Keep with next.</param>
/// <param name="PageBreakBefore">Page break before.</param>
/// <param name="ContextualSpacing">Ignore spacing between paragraphs of the same style.</param>
public sealed record ParagraphFormat(
    string StyleId,
    Alignment Alignment,
    int LeftIndent,
    int RightIndent,
    int FirstLineIndent,
    int SpacingBefore,
    int SpacingAfter,
    int Line,
    string LineRule,
    BorderEdge? BottomBorder,
    BorderEdge? TopBorder,
    IReadOnlyList<TabStop> Tabs,
    int? OutlineLevel,
    bool KeepNext,
    bool PageBreakBefore,
    bool ContextualSpacing)
{
    /// <summary>First-line indent in cm (negative when hanging).</summary>
    public double FirstLineIndentCm => FirstLineIndent / 567.0;

    /// <summary>Space before in pt.</summary>
    public double SpacingBeforePt => SpacingBefore / 20.0;

    /// <summary>Space after in pt.</summary>
    public double SpacingAfterPt => SpacingAfter / 20.0;

    /// <summary>Line spacing as a multiple of single when the rule is <c>auto</c> (240 = 1.0); null otherwise.</summary>
    public double? LineMultiple => LineRule == "auto" ? Line / 240.0 : null;
}
