using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Rules.Fixing;

/// <summary>
/// Finds the <c>w:p</c> elements of the body in the order <see cref="ThiDua.Docx.Reading.DocxReader"/> numbers them:
/// document order through tables, content controls and custom XML, not into text boxes, and only the
/// <c>mc:Choice</c> branch of alternate content.
/// </summary>
internal static class ParagraphLocator
{
    /// <summary>The body's paragraphs; index i is <see cref="Finding.Paragraph"/> i.</summary>
    public static IReadOnlyList<Paragraph> BodyParagraphs(DocumentFormat.OpenXml.Wordprocessing.Body body) =>
        body.Descendants<Paragraph>().Where(p => !p.Ancestors().Any(IsOutsideStory)).ToList();

    private static bool IsOutsideStory(OpenXmlElement e) =>
        e is TextBoxContent or AlternateContentFallback || e.LocalName is "txbxContent" or "Fallback";
}
