using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Finds the <c>w:p</c> elements of the body in the order <see cref="DocxReader"/> numbers them — document order through
/// tables, content controls and custom XML, not into text boxes, and only the <c>mc:Choice</c> branch of alternate
/// content — so that a paragraph index of the model (<see cref="Model.DocParagraph.Index"/>) names an element to edit.
/// </summary>
public static class ParagraphLocator
{
    /// <summary>The body's paragraphs; index i is the model's paragraph i.</summary>
    public static IReadOnlyList<Paragraph> BodyParagraphs(Body body) =>
        body.Descendants<Paragraph>().Where(p => !p.Ancestors().Any(IsOutsideStory)).ToList();

    private static bool IsOutsideStory(OpenXmlElement e) =>
        e is TextBoxContent or AlternateContentFallback || e.LocalName is "txbxContent" or "Fallback";
}
