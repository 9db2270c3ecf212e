using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Markup;
using ThiDua.Docx.Model;
using ThiDua.Docx.Numbering;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Builds the sections from the <c>w:sectPr</c> elements (one ending each section in a paragraph's properties, the last one
/// at the end of the body): page size and margins, title page, and header/footer stories — inherited from the previous
/// section for each type a section does not name, as Word does (ECMA-376 §17.10.5).
/// </summary>
internal static class SectionReader
{
    /// <summary>The sections: one per paragraph-level <c>w:sectPr</c> in <paramref name="ends"/>, then the body's own <paramref name="final"/> one.</summary>
    public static IReadOnlyList<DocSection> Read(MainDocumentPart main, SectionProperties? final, IReadOnlyList<(int LastParagraph, SectionProperties Props)> ends,
        int paragraphCount, StyleSheet styles, NumberingDefinitions numbering, CancellationToken cancellationToken)
    {
        var all = ends.ToList();
        all.Add((paragraphCount - 1, final ?? new SectionProperties()));
        var sections = new List<DocSection>();
        var headers = new Dictionary<string, DocHeaderFooter>();
        var footers = new Dictionary<string, DocHeaderFooter>();
        var stories = new Dictionary<string, DocHeaderFooter>();
        var first = 0;
        for (var i = 0; i < all.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (last, sect) = all[i];
            var size = sect.GetFirstChild<PageSize>();
            var margin = sect.GetFirstChild<PageMargin>();
            var width = Numbers.Twips(size?.Width) ?? 12240;
            var height = Numbers.Twips(size?.Height) ?? 15840;
            headers = new Dictionary<string, DocHeaderFooter>(headers);
            footers = new Dictionary<string, DocHeaderFooter>(footers);
            foreach (var r in sect.Elements<HeaderReference>())
                if (r.Id?.Value is { } rid && main.TryGetPartById(rid, out var part) && part is HeaderPart hp)
                    headers[r.Type?.InnerText ?? "default"] = Story(rid, r.Type?.InnerText ?? "default", hp.Header, stories, styles, numbering, cancellationToken);
            foreach (var r in sect.Elements<FooterReference>())
                if (r.Id?.Value is { } rid && main.TryGetPartById(rid, out var part) && part is FooterPart fp)
                    footers[r.Type?.InnerText ?? "default"] = Story(rid, r.Type?.InnerText ?? "default", fp.Footer, stories, styles, numbering, cancellationToken);
            sections.Add(new DocSection(
                i, width, height,
                size?.Orient?.InnerText == "landscape" || width > height,
                Math.Abs(Numbers.Twips(margin?.Top) ?? 1440), Math.Abs(Numbers.Twips(margin?.Bottom) ?? 1440),
                Numbers.Twips(margin?.Left) ?? 1440, Numbers.Twips(margin?.Right) ?? 1440,
                OnOff.Of(sect.GetFirstChild<TitlePage>()) == true,
                headers, footers, first, Math.Max(first - 1, last),
                sect.GetFirstChild<PageNumberType>()?.Format?.InnerText ?? "decimal"));
            first = last + 1;
        }
        return sections;
    }

    private static DocHeaderFooter Story(string relId, string type, DocumentFormat.OpenXml.OpenXmlCompositeElement? root,
        Dictionary<string, DocHeaderFooter> cache, StyleSheet styles, NumberingDefinitions numbering, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(relId + "|" + type, out var hit)) return hit;
        var walker = new DocxReader.BodyWalker(styles, numbering, cancellationToken);
        if (root is not null) walker.Walk(root.ChildElements);
        return cache[relId + "|" + type] = new DocHeaderFooter(type, walker.Paragraphs);
    }
}
