using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// Writes authored content as a Word package: the main document with the given body content, the plan's styles, settings
/// (Word 2013+ compatibility, Vietnamese decimal and list separators) and the plan's custom XML part; a whole plan also
/// gets its page set up with page numbers, a section only the A4 page.
/// </summary>
internal static class PlanPackage
{
    /// <summary>What to write.</summary>
    /// <param name="Body">Block-level content (paragraphs, tables, content controls) in order.</param>
    /// <param name="PlanXml">The custom XML part's content.</param>
    /// <param name="StoreItemId">Its datastore item id, which the content controls' bindings use.</param>
    /// <param name="WholePlan">True for a complete plan (page numbers from page 2, a final paragraph after the closing table).</param>
    /// <param name="Placeholders">Placeholder texts of blank bound fields (docPart name → text), for the glossary part.</param>
    public sealed record Content(IReadOnlyList<OpenXmlElement> Body, XDocument PlanXml, string StoreItemId, bool WholePlan, IReadOnlyDictionary<string, string> Placeholders);

    /// <summary>The package as .docx bytes.</summary>
    public static byte[] ToDocx(Content content)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document)) Fill(doc, content, withPage: true);
        return stream.ToArray();
    }

    /// <summary>
    /// The package in Flat OPC form (<c>pkg:package</c>, one XML string) as Word's <c>insertOoxml</c> takes it: no section
    /// properties, so the insertion leaves the target's page setup alone.
    /// </summary>
    public static string ToFlatOpc(Content content)
    {
        using var stream = new MemoryStream();
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        Fill(doc, content, withPage: false);
        doc.Save();
        // Compact: no indentation is added between the package's elements.
        return string.Concat(doc.ToFlatOpcDocument().Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }

    private static void Fill(WordprocessingDocument doc, Content content, bool withPage)
    {
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = PlanStyles.Build();
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
        PlanDataPart.Write(main, content.PlanXml, content.StoreItemId);
        PlaceholderParts.Write(main, content.Placeholders);

        var body = new Body(content.Body.Select(e => e.CloneNode(true)));
        if (withPage)
        {
            // A document's last block is a paragraph in Word (a plan ends with the closing table); an inserted fragment
            // needs none, it lands in the target's paragraph.
            if (body.LastChild is not Paragraph) body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = PlanStyles.Rule })));
            body.Append(content.WholePlan ? PageSetup.Build(main) : PageSetup.PageOnly());
        }
        main.Document = new Document(body);
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "vi-VN" },
        new DecimalSymbol { Val = "," },
        new ListSeparator { Val = ";" });
}
