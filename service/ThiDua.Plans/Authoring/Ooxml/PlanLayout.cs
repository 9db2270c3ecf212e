using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The page and the fixed geometry of an authored plan (Nghị định 30/2020/NĐ-CP Phụ lục I, Phần I Mục I.1–3, Mục V).
/// Lengths in twips (1 mm = 56.7 twips, 1 cm = 567), font sizes in half-points (<c>w:sz</c>: 14 pt = 28).
/// </summary>
internal static class PlanLayout
{
    /// <summary>A4 width, 210 mm (<see cref="PageGeometry"/> of <see cref="PlanStandard.Nd30"/>).</summary>
    public static readonly int PageWidth = PlanStandard.Nd30.Page.WidthTwips;
    /// <summary>A4 height, 297 mm.</summary>
    public static readonly int PageHeight = PlanStandard.Nd30.Page.HeightTwips;
    /// <summary>Lề trên as authored (20 mm).</summary>
    public static readonly int MarginTop = PlanStandard.Nd30.Page.Top.AuthoredTwips;
    /// <summary>Lề dưới as authored (20 mm).</summary>
    public static readonly int MarginBottom = PlanStandard.Nd30.Page.Bottom.AuthoredTwips;
    /// <summary>Lề trái as authored (30 mm).</summary>
    public static readonly int MarginLeft = PlanStandard.Nd30.Page.Left.AuthoredTwips;
    /// <summary>Lề phải as authored (15 mm).</summary>
    public static readonly int MarginRight = PlanStandard.Nd30.Page.Right.AuthoredTwips;
    /// <summary>Distance of the page-number header from the top edge, 10 mm.</summary>
    public const int HeaderDistance = 567;
    /// <summary>Width between the margins: 9354 twips (165 mm).</summary>
    public static readonly int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Width of the header table, 170 mm: the text width and the table's negative indent on each side.</summary>
    public const int HeaderTableWidth = 9639;
    /// <summary>Left cell of the header table (cơ quan, số), 60 mm; wider when a cơ quan line needs it (<see cref="HeaderLeftColumnMax"/>).</summary>
    public const int HeaderLeftColumn = 3402;
    /// <summary>The widest the left cell may grow: the right cell must keep the 13 pt bold Quốc hiệu (5 424 twips) on one line.</summary>
    public const int HeaderLeftColumnMax = HeaderTableWidth - 5640;
    /// <summary>The header table starts this far left of the margin so its text lines up with the cell margin (twips).</summary>
    public const int HeaderTableIndent = -113;
    /// <summary>Default left and right cell margins of a table (108 twips each).</summary>
    public const int CellMargins = 216;

    /// <summary>Left cell of the closing table (Nơi nhận).</summary>
    public const int ClosingLeftColumn = 4209;
    /// <summary>Right cell of the closing table (chữ ký).</summary>
    public static readonly int ClosingRightColumn = TextWidth - ClosingLeftColumn;

    /// <summary>First-line indent of body paragraphs and headings, twips (<see cref="BodyGeometry.AuthoredFirstLineTwips"/>: 1.27 cm, Mục II.6e).</summary>
    public static readonly int FirstLineIndent = PlanStandard.Nd30.Body.AuthoredFirstLineTwips;
    /// <summary>Space after a body paragraph, twentieths of a point (<see cref="BodyGeometry.AuthoredSpaceAfterTwips"/>: 6 pt).</summary>
    public static readonly int SpaceAfter = PlanStandard.Nd30.Body.AuthoredSpaceAfterTwips;
    /// <summary>Line spacing of body text, 240ths of a line (<see cref="BodyGeometry.AuthoredAutoLine"/>: 1.2 lines).</summary>
    public static readonly int BodyLineSpacing = PlanStandard.Nd30.Body.AuthoredAutoLine;
    /// <summary>Space above the signer's name, left for the signature and seal (84 pt).</summary>
    public const int SignatureSpace = 1680;

}
