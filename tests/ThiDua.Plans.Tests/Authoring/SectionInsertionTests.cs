using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Plans.Standard;

using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>
/// Stands in for Word's <c>insertOoxml</c> and the pane: a section rendered alone (Flat OPC) is inserted into a corpus
/// plan before one of its mục, its styles merged into the plan's, and the mục after it renumbered the way the plan
/// numbers them (typed labels rewritten; Word's automatic numbering joined by the inserted heading).
/// </summary>
public class SectionInsertionTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "tien-dong-2024.docx", "tri-yen-2024-compliant.docx", "hai-anh-2023.docx", "dak-ha-2024.docx", "duong-quang-2025.docx" })
            foreach (var section in SectionCatalogue.All.Where(s => s.Numbered))
                data.Add(file, section.Id);
        return data;
    }

    private static PlanDocument Recognize(WordprocessingDocument doc) => PlanRecognizer.Recognize(DocxReader.Read(doc));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Section_inserted_before_the_last_mục_keeps_the_numbering_in_sequence(string file, string id)
    {
        var bytes = File.ReadAllBytes(Corpus.File(file));
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using var doc = WordprocessingDocument.Open(stream, true);
        var plan = Recognize(doc);
        var parts = plan.Headings.Where(h => h.Level == HeadingLevel.Section).ToList();
        var before = parts[^1];
        var previous = parts[^2];

        var rendered = SectionRenderer.Render(id, CorpusUnits.Get("tri-yen-2024").Plan, previous.Label);
        var inserted = Insert(doc, rendered.FlatOpc, before.Paragraph);
        Renumber(doc, inserted, before);
        PackageAssert.Valid(doc);

        var after = Recognize(doc);
        var newParts = after.Headings.Where(h => h.Level == HeadingLevel.Section).ToList();
        Assert.Equal(parts.Count + 1, newParts.Count);
        Assert.Equal(Enumerable.Range(1, newParts.Count), newParts.Select(h => h.Value));
        var ours = newParts[^2];
        Assert.StartsWith("thidua:section:" + id, after.TagOf(ours.Paragraph));
        var clauses = after.Headings.SkipWhile(h => h != ours).Skip(1).TakeWhile(h => h.Level != HeadingLevel.Section)
            .Where(h => h.Level == HeadingLevel.Clause).Select(h => h.Value).ToList();
        Assert.Equal(Enumerable.Range(1, clauses.Count), clauses);
    }

    /// <summary>Puts the fragment's body before the block holding paragraph <paramref name="paragraph"/> and brings its styles along; returns the inserted blocks.</summary>
    private static List<OpenXmlElement> Insert(WordprocessingDocument doc, string flatOpc, int paragraph)
    {
        using var fragment = WordprocessingDocument.FromFlatOpcString(flatOpc);
        var main = doc.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var known = styles.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        foreach (var style in fragment.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Where(s => !known.Contains(s.StyleId?.Value)))
            styles.Append(style.CloneNode(true));

        var body = main.Document!.Body!;
        var target = body.Descendants<Paragraph>().Where(p => !p.Ancestors().Any(a => a is TextBoxContent or AlternateContentFallback)).ElementAt(paragraph);
        var anchor = target.Ancestors().Prepend(target).Last(e => e.Parent == body);
        var blocks = fragment.MainDocumentPart.Document!.Body!.ChildElements.Select(e => e.CloneNode(true)).ToList();
        foreach (var block in blocks) anchor.InsertBeforeSelf(block);
        return blocks;
    }

    /// <summary>
    /// Renumbers as Word and the pane would: when the plan's mục use automatic numbering, the inserted heading joins that
    /// list (its typed label removed) and Word renumbers the rest; typed labels after it go up by one.
    /// </summary>
    private static void Renumber(WordprocessingDocument doc, List<OpenXmlElement> inserted, Heading next)
    {
        var body = doc.MainDocumentPart!.Document!.Body!;
        var heading = inserted[0].Descendants<Paragraph>().First();
        var paragraphs = body.Descendants<Paragraph>().Where(p => !p.Ancestors().Any(a => a is TextBoxContent or AlternateContentFallback)).ToList();
        var nextParagraph = paragraphs.Where(p => !inserted.Any(b => b == p || p.Ancestors().Contains(b))).ElementAt(next.Paragraph);
        if (next.Source == LabelSource.Automatic)
        {
            var numbering = nextParagraph.ParagraphProperties?.NumberingProperties
                ?? throw new InvalidOperationException("automatic mục numbered through its style");
            heading.ParagraphProperties!.InsertAfter(numbering.CloneNode(true), heading.ParagraphProperties.ParagraphStyleId);
            var text = heading.Descendants<Text>().First();
            text.Text = Regex.Replace(text.Text, @"^[IVXL]+\.\s*", "");
            return;
        }
        var plan = PlanRecognizer.Recognize(DocxReader.Read(doc));
        var value = RomanNumeral.Parse(RunTextOf(heading))!.Value;
        foreach (var h in plan.Headings.Where(h => h.Level == HeadingLevel.Section && h.Source == LabelSource.Typed && h.Paragraph > paragraphs.IndexOf(heading)))
            Relabel(paragraphs[h.Paragraph], h.Label, $"{RomanNumeral.Format(++value)}.");
    }

    private static string RunTextOf(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    /// <summary>Replaces the typed label at the start of the paragraph, wherever its runs split it.</summary>
    private static void Relabel(Paragraph p, string oldLabel, string newLabel)
    {
        var texts = p.Descendants<Text>().ToList();
        var start = RunTextOf(p).IndexOf(oldLabel, StringComparison.Ordinal);
        var remaining = oldLabel.Length;
        var offset = 0;
        var written = false;
        foreach (var t in texts)
        {
            var s = Math.Max(0, start - offset);
            if (remaining > 0 && offset + t.Text.Length > start)
            {
                var take = Math.Min(remaining, t.Text.Length - s);
                offset += t.Text.Length;
                t.Text = t.Text[..s] + (written ? "" : newLabel) + t.Text[(s + take)..];
                t.Space = SpaceProcessingModeValues.Preserve;
                written = true;
                remaining -= take;
                continue;
            }
            offset += t.Text.Length;
        }
    }
}
