using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// Paragraph properties as one level of the style hierarchy states them (null = not stated). Read from any
/// <c>w:pPr</c>-shaped element: direct <c>w:pPr</c>, a style's <c>w:pPr</c>, <c>w:pPrDefault</c>, a numbering level's <c>w:pPr</c>.
/// Lengths in twips.
/// </summary>
internal sealed class ParaProps
{
    public string? StyleId;
    public string? Jc;
    public int? Left, Right, FirstLine, Hanging;
    public int? Before, After, Line;
    public string? LineRule;
    public BorderEdge? Bottom, Top;
    public bool BottomStated, TopStated;
    public List<(string Kind, int Pos, bool Clear)>? Tabs;
    public int? OutlineLevel;
    public bool? KeepNext, PageBreakBefore, ContextualSpacing;
    public int? NumId, Ilvl;

    public static readonly ParaProps Empty = new();

    public static ParaProps From(OpenXmlElement? pPr)
    {
        if (pPr is null) return Empty;
        var p = new ParaProps();
        foreach (var e in pPr.ChildElements)
        {
            switch (e)
            {
                case ParagraphStyleId s: p.StyleId = s.Val?.Value; break;
                case Justification j: p.Jc = j.Val?.InnerText; break;
                case Indentation ind:
                    p.Left = Numbers.Twips(ind.Left) ?? Numbers.Twips(ind.Start);
                    p.Right = Numbers.Twips(ind.Right) ?? Numbers.Twips(ind.End);
                    p.FirstLine = Numbers.Twips(ind.FirstLine);
                    p.Hanging = Numbers.Twips(ind.Hanging);
                    break;
                case SpacingBetweenLines sp:
                    p.Before = Numbers.Twips(sp.Before); p.After = Numbers.Twips(sp.After);
                    p.Line = Numbers.Int(sp.Line); p.LineRule = sp.LineRule?.InnerText;
                    break;
                case ParagraphBorders b:
                    if (b.BottomBorder is { } bb) { p.BottomStated = true; p.Bottom = Edge(bb); }
                    if (b.TopBorder is { } tb) { p.TopStated = true; p.Top = Edge(tb); }
                    break;
                case Tabs tabs:
                    p.Tabs = tabs.Elements<DocumentFormat.OpenXml.Wordprocessing.TabStop>()
                        .Select(t => (t.Val?.InnerText ?? "left", Numbers.Twips(t.Position) ?? 0, t.Val?.InnerText == "clear"))
                        .ToList();
                    break;
                case OutlineLevel ol: p.OutlineLevel = Numbers.Int(ol.Val); break;
                case KeepNext kn: p.KeepNext = OnOff.Of(kn); break;
                case PageBreakBefore pb: p.PageBreakBefore = OnOff.Of(pb); break;
                case ContextualSpacing cs: p.ContextualSpacing = OnOff.Of(cs); break;
                case NumberingProperties np:
                    p.NumId = Numbers.Int(np.NumberingId?.Val); p.Ilvl = Numbers.Int(np.NumberingLevelReference?.Val);
                    break;
            }
        }
        return p;
    }

    private static BorderEdge? Edge(BorderType b)
    {
        var style = b.Val?.InnerText ?? "none";
        return style is "none" or "nil" ? null : new BorderEdge(style, Numbers.Int(b.Size) ?? 4);
    }

    /// <summary>A copy of this level with <see cref="StyleId"/> set to <paramref name="styleId"/>.</summary>
    public ParaProps WithStyleId(string? styleId)
    {
        var r = (ParaProps)MemberwiseClone();
        r.StyleId = styleId;
        return r;
    }

    /// <summary>Overlays <paramref name="top"/> on this level; members <paramref name="top"/> states win.</summary>
    public ParaProps Overlay(ParaProps top)
    {
        if (ReferenceEquals(top, Empty)) return this;
        var r = (ParaProps)MemberwiseClone();
        r.StyleId = top.StyleId ?? StyleId;
        r.Jc = top.Jc ?? Jc;
        r.Left = top.Left ?? Left; r.Right = top.Right ?? Right;
        // w:firstLine and w:hanging are one attribute pair: a level stating either replaces both.
        if (top.FirstLine is not null || top.Hanging is not null) { r.FirstLine = top.FirstLine; r.Hanging = top.Hanging; }
        r.Before = top.Before ?? Before; r.After = top.After ?? After;
        if (top.Line is not null) { r.Line = top.Line; r.LineRule = top.LineRule ?? "auto"; }
        if (top.BottomStated) { r.Bottom = top.Bottom; r.BottomStated = true; }
        if (top.TopStated) { r.Top = top.Top; r.TopStated = true; }
        if (top.Tabs is not null) r.Tabs = MergeTabs(Tabs, top.Tabs);
        r.OutlineLevel = top.OutlineLevel ?? OutlineLevel;
        r.KeepNext = top.KeepNext ?? KeepNext; r.PageBreakBefore = top.PageBreakBefore ?? PageBreakBefore;
        r.ContextualSpacing = top.ContextualSpacing ?? ContextualSpacing;
        r.NumId = top.NumId ?? NumId; r.Ilvl = top.Ilvl ?? Ilvl;
        return r;
    }

    private static List<(string Kind, int Pos, bool Clear)> MergeTabs(List<(string Kind, int Pos, bool Clear)>? below, List<(string Kind, int Pos, bool Clear)> top)
    {
        var merged = new Dictionary<int, (string Kind, int Pos, bool Clear)>();
        foreach (var t in below ?? []) merged[t.Pos] = t;
        foreach (var t in top)
        {
            if (t.Clear) merged.Remove(t.Pos); else merged[t.Pos] = t;
        }
        return merged.Values.OrderBy(t => t.Pos).ToList();
    }
}
