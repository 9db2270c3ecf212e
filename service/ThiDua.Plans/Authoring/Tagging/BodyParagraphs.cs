using ThiDua.Plans.Authoring.Ooxml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Model;
using ThiDua.Docx.Reading;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>
/// The body's <c>w:p</c> elements in the order <see cref="ThiDua.Docx.Reading.DocxReader"/> numbers them (document order
/// through tables, content controls and custom XML blocks; not into text boxes; only the <c>mc:Choice</c> branch of
/// alternate content), so a paragraph index of the plan model names an element to wrap.
/// </summary>
internal static class BodyParagraphs
{
    /// <summary>
    /// The paragraphs, index i being the model's paragraph i; null when the two disagree (count or text), in which case
    /// nothing may be wrapped by index.
    /// </summary>
    public static IReadOnlyList<Paragraph>? Locate(Body body, DocxDocument model)
    {
        var list = ParagraphLocator.BodyParagraphs(body);
        if (list.Count != model.Paragraphs.Count) return null;
        for (var i = 0; i < list.Count; i++)
            if (!RunText.SameText(RunText.Of(list[i]), model.Paragraphs[i].Text)) return null;
        return list;
    }
}
