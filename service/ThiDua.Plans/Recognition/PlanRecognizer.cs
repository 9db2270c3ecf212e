using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Builds the <see cref="PlanDocument"/> of a read Word document: header, numbered parts, running text, Nơi nhận and
/// signature, each element parsed once into its typed value. Works on plans with no tags (recognised by position and
/// wording); where the <c>thidua:</c> content controls of plan-schema.md are present they are collected by tag so rules and
/// extraction can use them.
/// </summary>
public static class PlanRecognizer
{
    /// <summary>Recognises the plan in <paramref name="doc"/>.</summary>
    /// <param name="doc">The document as read.</param>
    /// <param name="standard">The standard whose open vocabularies (signers' titles) recognition reads; <see cref="PlanStandard.Nd30"/> when null.</param>
    public static PlanDocument Recognize(DocxDocument doc, PlanStandard? standard = null)
    {
        standard ??= PlanStandard.Nd30;
        var header = HeaderRecognizer.Recognize(doc);
        var bodyStart = header.LastParagraph + 1;
        var (recipients, signature, closingStart) = ClosingRecognizer.Recognize(doc, bodyStart, standard);
        // Under the closing part: the drafter line, the contacts, then the phụ lục.
        var closingEnd = new[] { signature?.LastParagraph ?? -1, recipients?.Items.LastOrDefault()?.EndParagraph ?? -1, recipients?.Label.Paragraph ?? -1 }.Max();
        if (closingEnd >= 0 && doc.Paragraphs[closingEnd].Cell is { } closingCell) closingEnd = doc.Tables[closingCell.Table].LastParagraph;
        IReadOnlyList<Appendix> appendices = closingEnd >= 0 ? AppendixRecognizer.Recognize(doc, closingEnd) : [];
        var footEnd = appendices.Count > 0 ? appendices[0].FirstParagraph - 1 : doc.Paragraphs.Count - 1;
        DrafterMark? drafter = null;
        IReadOnlyList<TextSegment> contacts = [];
        if (closingEnd >= 0) (drafter, contacts, recipients) = FootLinesRecognizer.Recognize(doc, recipients, closingEnd + 1, footEnd);
        var bodyEnd = closingStart - 1;
        var headings = HeadingRecognizer.Recognize(doc, bodyStart, bodyEnd);
        // Running text: every paragraph outside tables that is not empty and not a title — a numbered khoản that reads as
        // running text is body text with a label.
        var titles = headings.Where(h => h.IsTitle).Select(h => h.Paragraph).ToHashSet();
        var body = new List<int>();
        for (var i = bodyStart; i <= bodyEnd && i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            if (p.Cell is null && !titles.Contains(i) && !string.IsNullOrWhiteSpace(p.Text)) body.Add(i);
        }
        var tags = doc.ContentControls
            .Where(c => c.Tag.StartsWith(PlanTags.Prefix, StringComparison.Ordinal))
            .GroupBy(c => c.Tag)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DocContentControl>)g.ToList());
        var basis = BasisRecognizer.Recognize(doc, bodyStart, bodyEnd, headings.Count > 0 ? headings[0].Paragraph : -1);
        return new PlanDocument(doc, header, headings, body, bodyStart, bodyEnd, recipients, signature, tags)
        {
            Appendices = appendices, Drafter = drafter, ContactLines = contacts, Basis = basis,
        };
    }
}
