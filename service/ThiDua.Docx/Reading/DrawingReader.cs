using System.Globalization;
using DocumentFormat.OpenXml;
using ThiDua.Docx.Model;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Reads drawings: DrawingML (<c>w:drawing</c> with <c>wp:inline</c>/<c>wp:anchor</c>) and VML (<c>w:pict</c> with
/// <c>v:line</c>, <c>v:shape</c>, <c>v:rect</c>, <c>v:textbox</c>). Works on local names so that shapes from any Office
/// version's namespaces are recognised.
/// </summary>
internal static class DrawingReader
{
    private const long EmuPerPt = 12700;

    /// <summary>Reads a <c>w:drawing</c> element.</summary>
    public static DocDrawing? FromDrawingMl(OpenXmlElement drawing)
    {
        var frame = drawing.ChildElements.FirstOrDefault(e => e.LocalName is "inline" or "anchor");
        if (frame is null) return null;
        var extent = frame.ChildElements.FirstOrDefault(e => e.LocalName == "extent");
        long cx = Long(extent?.GetAttribute("cx", "").Value), cy = Long(extent?.GetAttribute("cy", "").Value);
        long? offX = null, offY = null;
        var relH = "";
        if (frame.LocalName == "anchor")
        {
            var posH = frame.ChildElements.FirstOrDefault(e => e.LocalName == "positionH");
            var posV = frame.ChildElements.FirstOrDefault(e => e.LocalName == "positionV");
            relH = posH?.GetAttribute("relativeFrom", "").Value ?? "";
            offX = OffsetOf(posH);
            offY = OffsetOf(posV);
        }
        var descendants = frame.Descendants().ToList();
        var geometry = descendants.FirstOrDefault(e => e.LocalName == "prstGeom")?.GetAttribute("prst", "").Value ?? "";
        var textBox = descendants.FirstOrDefault(e => e.LocalName == "txbxContent");
        var kind = textBox is not null ? DrawingKind.TextBox
            : descendants.Any(e => e.LocalName == "pic") ? DrawingKind.Picture
            : geometry is "line" or "straightConnector1" || descendants.Any(e => e.LocalName == "cNvCnPr") && cy == 0 ? DrawingKind.Line
            : DrawingKind.Shape;
        return new DocDrawing(kind, cx, cy, offX, offY, relH, textBox is null ? "" : TextOf(textBox));
    }

    /// <summary>Reads a VML <c>w:pict</c> element (legacy shapes: lines as <c>v:line from/to</c>, boxes with <c>v:textbox</c>).</summary>
    public static DocDrawing? FromVml(OpenXmlElement pict)
    {
        var shape = pict.ChildElements.FirstOrDefault(e => e.LocalName is "line" or "shape" or "rect" or "roundrect" or "group");
        if (shape is null) return null;
        var textBox = shape.Descendants().FirstOrDefault(e => e.LocalName == "txbxContent");
        if (shape.LocalName == "line")
        {
            var (x1, y1) = Point(shape.GetAttribute("from", "").Value);
            var (x2, y2) = Point(shape.GetAttribute("to", "").Value);
            return new DocDrawing(DrawingKind.Line, Math.Abs(x2 - x1), Math.Abs(y2 - y1), null, null, "", "");
        }
        var style = shape.GetAttribute("style", "").Value ?? "";
        var width = StyleLength(style, "width");
        var height = StyleLength(style, "height");
        var kind = textBox is not null ? DrawingKind.TextBox
            : shape.Descendants().Any(e => e.LocalName == "imagedata") ? DrawingKind.Picture
            : height == 0 && width > 0 ? DrawingKind.Line : DrawingKind.Shape;
        return new DocDrawing(kind, width, height, StyleLength(style, "margin-left"), StyleLength(style, "margin-top"), "", textBox is null ? "" : TextOf(textBox));
    }

    private static long? OffsetOf(OpenXmlElement? position)
    {
        var off = position?.ChildElements.FirstOrDefault(e => e.LocalName == "posOffset");
        return off is null ? null : Long(off.InnerText);
    }

    private static string TextOf(OpenXmlElement textBox) =>
        string.Join("\n", textBox.ChildElements.Where(e => e.LocalName == "p")
            .Select(p => string.Concat(p.Descendants().Where(e => e.LocalName == "t").Select(t => t.InnerText))));

    private static long Long(string? s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static (long X, long Y) Point(string? value)
    {
        var parts = (value ?? "0,0").Split(',');
        return (Length(parts.ElementAtOrDefault(0)), Length(parts.ElementAtOrDefault(1)));
    }

    private static long StyleLength(string style, string property)
    {
        foreach (var decl in style.Split(';'))
        {
            var kv = decl.Split(':', 2);
            if (kv.Length == 2 && kv[0].Trim() == property) return Length(kv[1]);
        }
        return 0;
    }

    /// <summary>A VML/CSS length (<c>12pt</c>, <c>1in</c>, <c>2.5cm</c>, <c>10mm</c>, <c>96px</c>; bare numbers are px) in EMU.</summary>
    private static long Length(string? value)
    {
        var s = (value ?? "").Trim();
        if (s.Length == 0) return 0;
        var unit = new string(s.SkipWhile(c => char.IsDigit(c) || c is '.' or '-' or '+').ToArray());
        var number = s[..(s.Length - unit.Length)];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return 0;
        var pt = unit switch { "pt" => n, "in" => n * 72, "cm" => n * 72 / 2.54, "mm" => n * 72 / 25.4, "pc" => n * 12, "emu" => n / EmuPerPt, _ => n * 0.75 };
        return (long)Math.Round(pt * EmuPerPt);
    }
}
