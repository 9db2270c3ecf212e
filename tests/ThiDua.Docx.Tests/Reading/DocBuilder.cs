using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Model;
using ThiDua.Docx.Reading;

namespace ThiDua.Docx.Tests.Reading;

/// <summary>Builds small Word documents in memory for reader tests: styles, numbering and body given as Open XML elements.</summary>
internal sealed class DocBuilder
{
    private readonly List<OpenXmlElement> body = [];
    private readonly List<OpenXmlElement> styles = [];
    private DocDefaults? defaults;
    private DocumentFormat.OpenXml.Wordprocessing.Numbering? numbering;
    private string? themeMinorLatin;

    public DocBuilder Defaults(RunPropertiesBaseStyle run, ParagraphPropertiesBaseStyle? para = null)
    {
        defaults = new DocDefaults(new RunPropertiesDefault(run), new ParagraphPropertiesDefault(para ?? new ParagraphPropertiesBaseStyle()));
        return this;
    }

    public DocBuilder Style(string id, string type, string? basedOn = null, StyleParagraphProperties? pPr = null, StyleRunProperties? rPr = null, bool isDefault = false)
    {
        var s = new Style { StyleId = id, Type = new EnumValue<StyleValues>(type switch { "character" => StyleValues.Character, "table" => StyleValues.Table, "numbering" => StyleValues.Numbering, _ => StyleValues.Paragraph }) };
        if (isDefault) s.Default = true;
        s.Append(new StyleName { Val = id });
        if (basedOn is not null) s.Append(new BasedOn { Val = basedOn });
        if (pPr is not null) s.Append(pPr);
        if (rPr is not null) s.Append(rPr);
        styles.Add(s);
        return this;
    }

    public DocBuilder RawStyle(Style style) { styles.Add(style); return this; }

    public DocBuilder Numbering(DocumentFormat.OpenXml.Wordprocessing.Numbering n) { numbering = n; return this; }

    public DocBuilder Theme(string minorLatin) { themeMinorLatin = minorLatin; return this; }

    public DocBuilder Add(params OpenXmlElement[] elements) { body.AddRange(elements); return this; }

    public byte[] Bytes()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(body.Select(e => e.CloneNode(true))));
            var stylePart = main.AddNewPart<StyleDefinitionsPart>();
            stylePart.Styles = new Styles();
            if (defaults is not null) stylePart.Styles.Append(defaults.CloneNode(true));
            foreach (var s in styles) stylePart.Styles.Append(s.CloneNode(true));
            if (numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = (DocumentFormat.OpenXml.Wordprocessing.Numbering)numbering.CloneNode(true);
            if (themeMinorLatin is not null)
            {
                var theme = main.AddNewPart<ThemePart>();
                theme.Theme = new DocumentFormat.OpenXml.Drawing.Theme(
                    new DocumentFormat.OpenXml.Drawing.ThemeElements(
                        new DocumentFormat.OpenXml.Drawing.ColorScheme { Name = "c" },
                        new DocumentFormat.OpenXml.Drawing.FontScheme(
                            new DocumentFormat.OpenXml.Drawing.MajorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = "Cambria" }, new DocumentFormat.OpenXml.Drawing.EastAsianFont { Typeface = "" }, new DocumentFormat.OpenXml.Drawing.ComplexScriptFont { Typeface = "" }),
                            new DocumentFormat.OpenXml.Drawing.MinorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = themeMinorLatin }, new DocumentFormat.OpenXml.Drawing.EastAsianFont { Typeface = "" }, new DocumentFormat.OpenXml.Drawing.ComplexScriptFont { Typeface = "" }))
                        { Name = "f" },
                        new DocumentFormat.OpenXml.Drawing.FormatScheme { Name = "s" }))
                { Name = "t" };
            }
        }
        return ms.ToArray();
    }

    public DocxDocument Read()
    {
        using var ms = new MemoryStream(Bytes());
        using var doc = WordprocessingDocument.Open(ms, false);
        return DocxReader.Read(doc);
    }

    public static Paragraph P(string text, ParagraphProperties? pPr = null, RunProperties? rPr = null)
    {
        var p = new Paragraph();
        if (pPr is not null) p.Append(pPr);
        var r = new Run();
        if (rPr is not null) r.Append(rPr);
        r.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        p.Append(r);
        return p;
    }

    public static Run R(string text, RunProperties? rPr = null)
    {
        var r = new Run();
        if (rPr is not null) r.Append(rPr);
        r.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return r;
    }

    public static ParagraphProperties Styled(string styleId) => new(new ParagraphStyleId { Val = styleId });

    public static ParagraphProperties Numbered(int numId, int ilvl) => new(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId }));
}
