using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The glossary document's placeholder entries (<c>w:docPart</c> in the <c>placeholder</c> gallery, ECMA-376 §17.12)
/// that the bound controls of blank fields point at with <c>w:placeholder</c>: what Word shows while the bound element of
/// the custom XML part is empty — the blank itself (<c>     </c>, <c>ngày      tháng      năm 2024</c>).
/// </summary>
internal static class PlaceholderParts
{
    /// <summary>Adds the entries of <paramref name="placeholders"/> (name → text) that the document's glossary lacks.</summary>
    public static void Write(MainDocumentPart main, IReadOnlyDictionary<string, string> placeholders)
    {
        if (placeholders.Count == 0) return;
        var part = main.GlossaryDocumentPart ?? main.AddNewPart<GlossaryDocumentPart>();
        part.GlossaryDocument ??= new GlossaryDocument(new DocParts());
        var parts = part.GlossaryDocument.DocParts ??= new DocParts();
        var existing = parts.Elements<DocPart>().Select(d => d.DocPartProperties?.DocPartName?.Val?.Value).ToHashSet();
        foreach (var (name, text) in placeholders.Where(p => !existing.Contains(p.Key)))
            parts.Append(new DocPart(
                new DocPartProperties(
                    new DocPartName { Val = name },
                    new Category(new Name { Val = "General" }, new Gallery { Val = DocPartGalleryValues.Placeholder }),
                    new Behaviors(new Behavior { Val = DocPartBehaviorValues.Content }),
                    new DocPartId { Val = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}" }),
                new DocPartBody(new Paragraph(Paragraphs.Run(text)))));
    }
}
