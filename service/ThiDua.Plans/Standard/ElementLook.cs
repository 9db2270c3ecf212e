using System.Globalization;
using ThiDua.Docx.Formatting;

namespace ThiDua.Plans.Standard;

/// <summary>The letter case an element must be written in (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục V: <em>chữ in hoa</em> / <em>chữ in thường</em>).</summary>
public enum TextCase
{
    /// <summary>Not prescribed.</summary>
    Any,
    /// <summary><em>Chữ in hoa</em>: every letter upper-case (Quốc hiệu, cơ quan, tên loại, quyền hạn người ký).</summary>
    Upper,
    /// <summary><em>Chữ in thường</em> with initial capitals: not every letter upper-case (trích yếu, họ tên người ký).</summary>
    Lower,
}

/// <summary>
/// A range of type sizes, in pt (OOXML <c>w:sz</c> is half-points): the <em>cỡ chữ</em> column of Phụ lục I, Mục V.
/// </summary>
/// <param name="MinPt">Smallest size allowed, pt.</param>
/// <param name="MaxPt">Largest size allowed, pt.</param>
public sealed record SizeRange(double MinPt, double MaxPt)
{
    /// <summary>True when <paramref name="pt"/> lies in the range.</summary>
    public bool Contains(double pt) => pt >= MinPt && pt <= MaxPt;

    /// <summary>The nearest size in the range.</summary>
    public double Clamp(double pt) => Math.Clamp(pt, MinPt, MaxPt);

    /// <summary>
    /// The part of this range inside <paramref name="min"/>–<paramref name="max"/>, as a rule profile narrows a range the
    /// decree leaves open (a body at 14 pt only).
    /// </summary>
    /// <exception cref="ArgumentException">The two ranges do not meet: a profile never widens what the decree fixes.</exception>
    public SizeRange Narrow(double min, double max)
    {
        var narrowed = new SizeRange(Math.Max(MinPt, min), Math.Min(MaxPt, max));
        if (narrowed.MinPt > narrowed.MaxPt)
            throw new ArgumentException($"{min}–{max} pt lies outside {MinPt}–{MaxPt} pt: a profile may only narrow the range.");
        return narrowed;
    }

    /// <summary><c>13 pt</c> or <c>12–13 pt</c>, Vietnamese decimal comma.</summary>
    public string Describe() => MinPt.Equals(MaxPt) ? Pt(MinPt) : $"{MinPt.ToString("0.#", Vi)}–{Pt(MaxPt)}";

    /// <summary>A size in pt as a Vietnamese reader writes it: <c>13,5 pt</c>.</summary>
    public static string Pt(double pt) => pt.ToString("0.#", Vi) + " pt";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
}

/// <summary>What a line under an element is measured against.</summary>
public enum LineReference
{
    /// <summary>The element's longest line of text (cơ quan ban hành, Mục II.2b).</summary>
    LongestLine,
    /// <summary>The element's text, at most the page's text width (Tiêu ngữ, trích yếu, Mục II.1c, II.5b).</summary>
    Text,
}

/// <summary>
/// The solid horizontal line Nghị định 30 draws under an element (Phụ lục I, Mục II.1c Tiêu ngữ, II.2b cơ quan ban hành,
/// II.5b trích yếu): how long it may be, as a share of <see cref="Reference"/>.
/// </summary>
/// <param name="MinShare">Shortest length accepted, as a share of the reference (0.30 = 30 %).</param>
/// <param name="MaxShare">Longest length accepted.</param>
/// <param name="AuthoredShare">The share authoring draws.</param>
/// <param name="Reference">What the share is of.</param>
/// <param name="Expected">The length the decree asks for, in Vietnamese (<c>từ 1/3 đến 1/2 dòng chữ</c>).</param>
public sealed record LineUnder(double MinShare, double MaxShare, double AuthoredShare, LineReference Reference, string Expected);

/// <summary>
/// How one element of a plan looks under Nghị định 30/2020/NĐ-CP, Phụ lục I (Mục II element by element, the table of
/// Mục V): the size range, weight, slant, alignment, letter case and the line under it that the rules check, and the
/// values authoring writes. A null member is not prescribed. A rule profile (rules.md § Rule profiles) overlays a look
/// with <c>with</c> or <see cref="Narrow"/>; it never widens what the decree fixes.
/// </summary>
/// <param name="Size">Cỡ chữ allowed, pt.</param>
/// <param name="AuthoredPt">The size authoring writes, pt (in <paramref name="Size"/>).</param>
/// <param name="Bold">Đậm (true) or not đậm (false); null when not prescribed.</param>
/// <param name="Italic">Nghiêng (true) or đứng (false); null when not prescribed.</param>
/// <param name="Alignment">Căn giữa or căn trái (a left look also accepts a justified paragraph, drawn flush left on
/// one line); null when not prescribed.</param>
/// <param name="Case">Letter case.</param>
/// <param name="Line">The line under the element, or null when it has none.</param>
public sealed record ElementLook(SizeRange Size, double AuthoredPt, bool? Bold, bool? Italic, Alignment? Alignment,
    TextCase Case = TextCase.Any, LineUnder? Line = null)
{
    /// <summary>This look with its size range narrowed to <paramref name="min"/>–<paramref name="max"/> pt, the authored size moved into it.</summary>
    /// <exception cref="ArgumentException">The ranges do not meet.</exception>
    public ElementLook Narrow(double min, double max)
    {
        var size = Size.Narrow(min, max);
        return this with { Size = size, AuthoredPt = size.Clamp(AuthoredPt) };
    }

    /// <summary>True when a paragraph aligned <paramref name="actual"/> meets the prescribed alignment.</summary>
    public bool Accepts(Alignment actual) =>
        Alignment is not { } want || want == actual || (want == Docx.Formatting.Alignment.Left && actual == Docx.Formatting.Alignment.Justified);

    /// <summary>The prescription in Vietnamese: <c>in hoa, cỡ 12–13 pt, đứng, đậm, căn giữa</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Case == TextCase.Upper) parts.Add("in hoa");
        if (Case == TextCase.Lower) parts.Add("in thường (viết hoa chữ đầu)");
        parts.Add("cỡ " + Size.Describe());
        if (Italic is { } i) parts.Add(i ? "nghiêng" : "đứng");
        if (Bold is { } b) parts.Add(b ? "đậm" : "không đậm");
        if (Alignment is { } a) parts.Add(AlignmentName(a));
        return string.Join(", ", parts);
    }

    /// <summary>The alignment's Vietnamese name (<c>căn giữa</c>).</summary>
    public static string AlignmentName(Alignment a) => a switch
    {
        Docx.Formatting.Alignment.Center => "căn giữa",
        Docx.Formatting.Alignment.Right => "căn phải",
        Docx.Formatting.Alignment.Justified => "căn đều hai lề",
        Docx.Formatting.Alignment.Distributed => "căn phân bố",
        _ => "căn trái",
    };
}

/// <summary>A page margin (<em>lề</em>): the range the rules accept and the width authoring sets, mm (1 mm = 56.7 twips).</summary>
/// <param name="MinMm">Narrowest margin allowed, mm.</param>
/// <param name="MaxMm">Widest margin allowed, mm.</param>
/// <param name="AuthoredMm">The margin authoring sets, mm.</param>
public sealed record MarginRange(double MinMm, double MaxMm, double AuthoredMm)
{
    /// <summary>The authored margin in twips (OOXML <c>w:pgMar</c>).</summary>
    public int AuthoredTwips => Twips(AuthoredMm);

    /// <summary>Millimetres as twips, rounded half away from zero (15 mm → 851).</summary>
    public static int Twips(double mm) => (int)Math.Round(mm * 56.7, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The page (Phụ lục I, Phần I, Mục I.1–3): A4 portrait and the four margins. Page size in twips (A4 = 11 906 × 16 838).
/// </summary>
/// <param name="WidthTwips">Page width, twips (210 mm).</param>
/// <param name="HeightTwips">Page height, twips (297 mm).</param>
/// <param name="ToleranceTwips">How far a page may be from A4 and still be A4, twips (1 mm).</param>
/// <param name="Top">Lề trên.</param>
/// <param name="Bottom">Lề dưới.</param>
/// <param name="Left">Lề trái.</param>
/// <param name="Right">Lề phải.</param>
public sealed record PageGeometry(int WidthTwips, int HeightTwips, int ToleranceTwips, MarginRange Top, MarginRange Bottom, MarginRange Left, MarginRange Right);

/// <summary>
/// The paragraph geometry of running text (Phụ lục I, Mục II.6e): first-line indent, space between paragraphs and line
/// spacing, the ranges the rules accept and the values authoring writes. Lengths in twips (1 cm = 567, 1 pt = 20); auto
/// line spacing in 240ths of a line (OOXML <c>w:spacing/@w:line</c> with <c>w:lineRule="auto"</c>).
/// </summary>
/// <param name="MinFirstLineTwips">Smallest first-line indent, twips (1 cm = 567).</param>
/// <param name="MaxFirstLineTwips">Largest first-line indent, twips (1,27 cm = 720).</param>
/// <param name="MinParagraphSpaceTwips">Least space between paragraphs, twips (6 pt = 120).</param>
/// <param name="MinAutoLine">Tightest auto line spacing, 240ths (single = 240).</param>
/// <param name="MaxAutoLine">Loosest auto line spacing, 240ths (1.5 lines = 360).</param>
/// <param name="MinExactLine">Smallest exact line height, twips (15 pt = 300).</param>
/// <param name="MaxExactLine">Largest exact or at-least line height, twips (22 pt = 440).</param>
/// <param name="AuthoredFirstLineTwips">First-line indent authoring writes, twips.</param>
/// <param name="AuthoredSpaceAfterTwips">Space after a paragraph authoring writes, twips.</param>
/// <param name="AuthoredAutoLine">Line spacing authoring writes, 240ths of a line.</param>
/// <param name="AcceptsMultiple">False when a rule profile accepts only exact line heights (the decree accepts both).</param>
/// <param name="AcceptsExact">False when a rule profile accepts only multiples of single spacing (<c>exactly 1,2 lines</c>):
/// then exact and at-least heights are out of range.</param>
public sealed record BodyGeometry(
    int MinFirstLineTwips, int MaxFirstLineTwips, int MinParagraphSpaceTwips,
    int MinAutoLine, int MaxAutoLine, int MinExactLine, int MaxExactLine,
    int AuthoredFirstLineTwips, int AuthoredSpaceAfterTwips, int AuthoredAutoLine,
    bool AcceptsMultiple = true, bool AcceptsExact = true)
{
    /// <summary>True when a first-line indent of <paramref name="twips"/> is in range.</summary>
    public bool IndentInRange(int twips) => twips >= MinFirstLineTwips && twips <= MaxFirstLineTwips;
}
