using ThiDua.Docx.Model;

namespace ThiDua.Rules.Font;

/// <summary>A paragraph whose text a reader sees: a body paragraph (its index) or one of a header or footer (index -1).</summary>
/// <param name="Paragraph">The paragraph.</param>
/// <param name="BodyIndex">Body paragraph index, or -1 for a header/footer paragraph (findings cannot point into those stories).</param>
/// <param name="Place">Where it is, in Vietnamese, for header/footer paragraphs (<c>đầu trang</c>); null in the body.</param>
public sealed record VisibleParagraph(DocParagraph Paragraph, int BodyIndex, string? Place);

/// <summary>Every paragraph of visible text of a document: the body, then each header and footer story once.</summary>
public static class VisibleText
{
    /// <summary>The paragraphs holding visible text, in document order, then headers and footers.</summary>
    public static IEnumerable<VisibleParagraph> Paragraphs(DocxDocument document)
    {
        foreach (var p in document.Paragraphs)
            if (p.VisibleRuns.Any()) yield return new VisibleParagraph(p, p.Index, null);
        var seen = new HashSet<DocHeaderFooter>(ReferenceEqualityComparer.Instance);
        foreach (var s in document.Sections)
        {
            foreach (var story in s.Headers.Values.Where(seen.Add))
                foreach (var p in story.Paragraphs.Where(p => p.VisibleRuns.Any())) yield return new VisibleParagraph(p, -1, "đầu trang");
            foreach (var story in s.Footers.Values.Where(seen.Add))
                foreach (var p in story.Paragraphs.Where(p => p.VisibleRuns.Any())) yield return new VisibleParagraph(p, -1, "chân trang");
        }
    }
}
