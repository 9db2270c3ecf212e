using ThiDua.Docx.Model;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Builds the <see cref="PlanDocument"/> of a read Word document: header, numbered parts, running text, Nơi nhận and
/// signature. Works on plans with no tags (recognised from text and layout); where the <c>thidua:</c> content controls of
/// plan-schema.md are present they are collected by tag so rules and extraction can use them.
/// </summary>
public static class PlanRecognizer
{
    /// <summary>Recognises the plan in <paramref name="doc"/>.</summary>
    public static PlanDocument Recognize(DocxDocument doc)
    {
        var header = HeaderRecognizer.Recognize(doc);
        var bodyStart = header.LastParagraph + 1;
        var (recipients, signature, closingStart) = ClosingRecognizer.Recognize(doc, bodyStart);
        var bodyEnd = closingStart - 1;
        var headings = HeadingRecognizer.Recognize(doc, bodyStart, bodyEnd);
        var headingSet = headings.Select(h => h.Paragraph).ToHashSet();
        var body = new List<int>();
        for (var i = bodyStart; i <= bodyEnd && i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            if (p.Cell is null && !headingSet.Contains(i) && !string.IsNullOrWhiteSpace(p.Text)) body.Add(i);
        }
        var tags = doc.ContentControls
            .Where(c => c.Tag.StartsWith("thidua:", StringComparison.Ordinal))
            .GroupBy(c => c.Tag)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DocContentControl>)g.ToList());
        return new PlanDocument(doc, header, headings, body, bodyStart, bodyEnd, recipients, signature, tags);
    }
}
