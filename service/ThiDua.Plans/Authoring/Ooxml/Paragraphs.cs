using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>Builds the paragraphs and runs of an authored plan with the Open XML SDK's typed elements.</summary>
internal static class Paragraphs
{
    /// <summary>A paragraph in <paramref name="styleId"/> holding <paramref name="content"/> (runs, content controls).</summary>
    public static Paragraph Styled(string styleId, params OpenXmlElement[] content)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        p.Append(content);
        return p;
    }

    /// <summary>A paragraph in <paramref name="styleId"/> with one run of <paramref name="text"/>.</summary>
    public static Paragraph Text(string styleId, string text) => Styled(styleId, Run(text));

    /// <summary>A run of text, spaces kept.</summary>
    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A run whose weight differs from its paragraph's style (the cơ quan chủ quản line above the bold cơ quan ban hành).</summary>
    public static Run Run(string text, bool bold) =>
        new(new RunProperties(new Bold { Val = OnOffValue.FromBoolean(bold) }, new BoldComplexScript { Val = OnOffValue.FromBoolean(bold) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>
    /// Runs for several lines separated by manual line breaks (<c>w:br</c>), as one paragraph shows them; a line's
    /// <c>Bold</c> set overrides the paragraph style's weight.
    /// </summary>
    public static IEnumerable<Run> Lines(IEnumerable<(string Text, bool? Bold)> lines)
    {
        var first = true;
        foreach (var (text, bold) in lines)
        {
            var run = bold is { } b ? Run(text, b) : Run(text);
            if (!first) run.InsertAt(new Break(), run.RunProperties is null ? 0 : 1);
            first = false;
            yield return run;
        }
    }

    /// <summary>
    /// A line drawn under a header element as the bottom border of an empty paragraph (Phụ lục I, Mục II.1c, 2b, 5b):
    /// a solid ½ pt line of <paramref name="lineWidth"/> twips centred in an area <paramref name="areaWidth"/> wide
    /// (a table cell's text area or the text width), made by equal left and right indents.
    /// </summary>
    public static Paragraph Rule(int lineWidth, int areaWidth, int spaceAfter = 0)
    {
        var indent = Math.Max(0, (areaWidth - lineWidth) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var props = new ParagraphProperties(
            new ParagraphStyleId { Val = PlanStyles.Rule },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "000000" }));
        if (spaceAfter > 0) props.Append(new SpacingBetweenLines { After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        props.Append(new Indentation { Left = indent, Right = indent });
        return new Paragraph(props);
    }

    /// <summary>Drawn width of <paramref name="text"/> in twips (Times New Roman metrics).</summary>
    public static int Width(string text, int sizeHalfPoints, bool bold) => TextMeasure.WidthTwips(text, sizeHalfPoints, bold);
}
