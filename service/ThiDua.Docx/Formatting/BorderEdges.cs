using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// The edges of a border set (<c>w:tblBorders</c>, <c>w:tcBorders</c>) and whether each draws a line: <c>w:val</c> other
/// than <c>none</c>/<c>nil</c> draws. Edge names are the elements' local names, <c>start</c>/<c>end</c> read as
/// <c>left</c>/<c>right</c> (ECMA-376 Part 1, 17.4.38 and 17.4.66).
/// </summary>
public static class BorderEdges
{
    /// <summary>Each edge the set states, with whether it draws a line; nothing for a null set.</summary>
    public static IEnumerable<(string Edge, bool Draws)> Of(OpenXmlElement? borders)
    {
        if (borders is null) yield break;
        foreach (var b in borders.ChildElements.OfType<BorderType>())
        {
            var edge = b.LocalName switch { "start" => "left", "end" => "right", var n => n };
            yield return (edge, b.Val?.InnerText is { } v && v is not ("none" or "nil"));
        }
    }
}
