using ThiDua.Docx.Model;

namespace ThiDua.Rules.Engine;

/// <summary>How tall a paragraph's lines are drawn, in pt, from its line rule (<c>w:spacing/@w:line</c>, <c>@w:lineRule</c>) and its type.</summary>
public static class LineHeight
{
    /// <summary>Height of a single line of Times New Roman as a multiple of its size (ascent plus descent of the face).</summary>
    public const double SingleLineFactor = 1.15;

    /// <summary>The largest type size of the paragraph's text, pt; the paragraph mark's when it shows no text.</summary>
    public static double TypeSizePt(DocParagraph p) => p.VisibleRuns.Select(r => r.Format.SizePt).DefaultIfEmpty(p.MarkFormat.SizePt).Max();

    /// <summary>
    /// One line's height, pt: auto spacing is <see cref="SingleLineFactor"/> × the type size × the multiple (<c>w:line</c> ÷ 240);
    /// exact is <c>w:line</c> ÷ 20; at-least is the larger of that and a single line.
    /// </summary>
    public static double Pt(DocParagraph p)
    {
        var natural = TypeSizePt(p) * SingleLineFactor;
        return p.Format.LineRule switch
        {
            "auto" => natural * p.Format.Line / 240.0,
            "exact" => p.Format.Line / 20.0,
            _ => Math.Max(natural, p.Format.Line / 20.0),
        };
    }
}
