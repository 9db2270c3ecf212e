using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// Character properties as one level of the style hierarchy states them (every member null = not stated at this level).
/// Read from any <c>w:rPr</c>-shaped element: direct <c>w:rPr</c>, a style's <c>w:rPr</c>, <c>w:rPrDefault</c>, a numbering
/// level's <c>w:rPr</c>.
/// </summary>
internal sealed class RunProps
{
    public string? Ascii, HAnsi, EastAsia, Cs;
    public string? AsciiTheme, HAnsiTheme, EastAsiaTheme, CsTheme;
    public int? Size;
    public bool? Bold, Italic, Caps, SmallCaps, Strike, DStrike, Vanish;
    public string? Underline, Color, Highlight, ShadingFill, VertAlign;
    public string? CharStyleId;

    public static readonly RunProps Empty = new();

    /// <summary>Reads the children of an <c>rPr</c>-shaped element; null gives <see cref="Empty"/>.</summary>
    public static RunProps From(OpenXmlElement? rPr)
    {
        if (rPr is null) return Empty;
        var p = new RunProps();
        foreach (var e in rPr.ChildElements)
        {
            switch (e)
            {
                case RunFonts f:
                    p.Ascii = f.Ascii?.Value; p.HAnsi = f.HighAnsi?.Value; p.EastAsia = f.EastAsia?.Value; p.Cs = f.ComplexScript?.Value;
                    p.AsciiTheme = f.AsciiTheme?.InnerText; p.HAnsiTheme = f.HighAnsiTheme?.InnerText;
                    p.EastAsiaTheme = f.EastAsiaTheme?.InnerText; p.CsTheme = f.ComplexScriptTheme?.InnerText;
                    break;
                case FontSize s when Numbers.HalfPoints(s.Val) is { } sz: p.Size = sz; break;
                case Bold b: p.Bold = OnOff.Of(b); break;
                case Italic i: p.Italic = OnOff.Of(i); break;
                case Caps c: p.Caps = OnOff.Of(c); break;
                case SmallCaps sc: p.SmallCaps = OnOff.Of(sc); break;
                case Strike st: p.Strike = OnOff.Of(st); break;
                case DoubleStrike ds: p.DStrike = OnOff.Of(ds); break;
                case Vanish v: p.Vanish = OnOff.Of(v); break;
                case Underline u: p.Underline = u.Val?.InnerText ?? "single"; break;
                case Color col: p.Color = col.Val?.Value ?? "auto"; break;
                case Highlight h: p.Highlight = h.Val?.InnerText ?? "none"; break;
                case Shading shd: p.ShadingFill = shd.Fill?.Value; break;
                case VerticalTextAlignment va: p.VertAlign = va.Val?.InnerText; break;
                case RunStyle rs: p.CharStyleId = rs.Val?.Value; break;
            }
        }
        return p;
    }

    /// <summary>Compares run properties member by member (for caching the formats they resolve to).</summary>
    public static readonly IEqualityComparer<RunProps> ValueComparer = new ByValue();

    private sealed class ByValue : IEqualityComparer<RunProps>
    {
        public bool Equals(RunProps? x, RunProps? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null
            && x.Ascii == y.Ascii && x.HAnsi == y.HAnsi && x.EastAsia == y.EastAsia && x.Cs == y.Cs
            && x.AsciiTheme == y.AsciiTheme && x.HAnsiTheme == y.HAnsiTheme && x.EastAsiaTheme == y.EastAsiaTheme && x.CsTheme == y.CsTheme
            && x.Size == y.Size && x.Bold == y.Bold && x.Italic == y.Italic && x.Caps == y.Caps && x.SmallCaps == y.SmallCaps
            && x.Strike == y.Strike && x.DStrike == y.DStrike && x.Vanish == y.Vanish
            && x.Underline == y.Underline && x.Color == y.Color && x.Highlight == y.Highlight && x.ShadingFill == y.ShadingFill
            && x.VertAlign == y.VertAlign && x.CharStyleId == y.CharStyleId;

        public int GetHashCode(RunProps p)
        {
            var h = new HashCode();
            h.Add(p.Ascii); h.Add(p.HAnsi); h.Add(p.EastAsia); h.Add(p.Cs);
            h.Add(p.AsciiTheme); h.Add(p.HAnsiTheme); h.Add(p.EastAsiaTheme); h.Add(p.CsTheme);
            h.Add(p.Size); h.Add(p.Bold); h.Add(p.Italic); h.Add(p.Caps); h.Add(p.SmallCaps);
            h.Add(p.Strike); h.Add(p.DStrike); h.Add(p.Vanish);
            h.Add(p.Underline); h.Add(p.Color); h.Add(p.Highlight); h.Add(p.ShadingFill); h.Add(p.VertAlign); h.Add(p.CharStyleId);
            return h.ToHashCode();
        }
    }

    /// <summary>Overlays <paramref name="top"/> on this level: members <paramref name="top"/> states win. Toggle properties are replaced, not toggled (used along one <c>basedOn</c> chain).</summary>
    public RunProps Overlay(RunProps top)
    {
        if (ReferenceEquals(top, Empty)) return this;
        var r = (RunProps)MemberwiseClone();
        // w:rFonts: a theme attribute and an explicit name at the same level are one statement for that slot.
        if (top.Ascii is not null || top.AsciiTheme is not null) { r.Ascii = top.Ascii; r.AsciiTheme = top.AsciiTheme; }
        if (top.HAnsi is not null || top.HAnsiTheme is not null) { r.HAnsi = top.HAnsi; r.HAnsiTheme = top.HAnsiTheme; }
        if (top.EastAsia is not null || top.EastAsiaTheme is not null) { r.EastAsia = top.EastAsia; r.EastAsiaTheme = top.EastAsiaTheme; }
        if (top.Cs is not null || top.CsTheme is not null) { r.Cs = top.Cs; r.CsTheme = top.CsTheme; }
        r.Size = top.Size ?? Size;
        r.Bold = top.Bold ?? Bold; r.Italic = top.Italic ?? Italic; r.Caps = top.Caps ?? Caps;
        r.SmallCaps = top.SmallCaps ?? SmallCaps; r.Strike = top.Strike ?? Strike; r.DStrike = top.DStrike ?? DStrike;
        r.Vanish = top.Vanish ?? Vanish; r.Underline = top.Underline ?? Underline; r.Color = top.Color ?? Color;
        r.Highlight = top.Highlight ?? Highlight; r.ShadingFill = top.ShadingFill ?? ShadingFill; r.VertAlign = top.VertAlign ?? VertAlign;
        r.CharStyleId = top.CharStyleId ?? CharStyleId;
        return r;
    }

    /// <summary>
    /// Applies a style level (table, paragraph or character style) over the levels below it with the toggle semantics of
    /// ECMA-376 §17.7.3: a toggle property a style turns on inverts the value reached so far; one it turns off leaves it.
    /// Non-toggle properties are overlaid.
    /// </summary>
    public RunProps ApplyStyleLevel(RunProps style)
    {
        if (ReferenceEquals(style, Empty)) return this;
        var r = Overlay(style);
        r.Bold = Toggle(Bold, style.Bold); r.Italic = Toggle(Italic, style.Italic); r.Caps = Toggle(Caps, style.Caps);
        r.SmallCaps = Toggle(SmallCaps, style.SmallCaps); r.Strike = Toggle(Strike, style.Strike);
        r.DStrike = Toggle(DStrike, style.DStrike); r.Vanish = Toggle(Vanish, style.Vanish);
        return r;
    }

    private static bool? Toggle(bool? below, bool? style) => style == true ? !(below ?? false) : below;
}
