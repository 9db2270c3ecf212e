using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Fixing;

namespace ThiDua.Rules.Tests.Fixing;

/// <summary>
/// Text replacements as <see cref="FixApplier"/> applies them: all those of one paragraph in one pass (issue 14: a long
/// paragraph with many findings once cost one pass per finding), through split runs, breaks and tabs, each matched from
/// where the previous one ended or else at its first occurrence that no earlier replacement touched.
/// </summary>
public sealed class TextReplacementTests
{
    private static string Apply(Paragraph paragraph, params (string Find, string With)[] replacements)
    {
        using var stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(paragraph));
        var fixes = replacements.Select(r => new Fix("sửa", 0, Replace: [new TextReplacement(r.Find, r.With)])).ToList();
        FixApplier.Apply(document, fixes);
        return string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => "" }));
    }

    private static Run R(string text, bool bold = false) =>
        new(new RunProperties(new Bold { Val = OnOffValue.FromBoolean(bold) }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    [Fact]
    public void Replacements_in_reading_order_each_take_the_next_occurrence_even_inside_the_previous_one()
    {
        var p = new Paragraph(R("a  b  c  d"));
        Assert.Equal("a b c d", Apply(p, ("a  b", "a b"), ("b  c", "b c"), ("c  d", "c d")));
    }

    [Fact]
    public void A_replacement_of_text_before_the_previous_one_is_still_found()
    {
        var p = new Paragraph(R("Ủy ban nhân dân xã Trí Yên, huyện Yên Dũng"));
        Assert.Equal("Ủy ban nhân dân xã Trí Yên, Huyện Yên Dũng", Apply(p, ("huyện", "Huyện")));
        var q = new Paragraph(R("một hai ba"));
        Assert.Equal("MỘT hai BA", Apply(q, ("ba", "BA"), ("một", "MỘT")));
    }

    [Fact]
    public void Each_replacement_reads_the_text_the_ones_before_it_left()
    {
        var p = new Paragraph(R("xx yy xx"));
        // The second "xx" is the one after the first; a third finds none left; "1 y" takes in what the first one wrote.
        Assert.Equal("zy 2", Apply(p, ("xx", "1"), ("xx", "2"), ("xx", "3"), ("1 y", "z")));
    }

    [Fact]
    public void Neighbouring_findings_that_quote_the_same_words_are_all_applied()
    {
        // Spacing findings quote the words around each gap: "b" is in both.
        var p = new Paragraph(R("a  "), R("b", bold: true), R("  c"));
        Assert.Equal("a b c", Apply(p, ("a  b", "a b"), ("b  c", "b c")));
    }

    [Fact]
    public void A_match_across_runs_breaks_and_tabs_goes_into_the_first_run_touched()
    {
        var p = new Paragraph(R("Nơi "), R("nhân", bold: true), new Run(new Break()), R(":\tx"));
        Assert.Equal("Nơi nhận:\tx", Apply(p, ("nhân\n:", "nhận:")));
        Assert.Equal(["Nơi ", "nhận:", "\tx"], p.Elements<Run>().Select(r => string.Concat(r.ChildElements.Select(e => e is TabChar ? "\t" : e.InnerText))).Where(t => t.Length > 0));
    }

    [Fact]
    public void Many_replacements_in_a_long_paragraph_are_all_applied()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => i % 10 == 9 ? $"từ{i}  " : $"từ{i} ").ToList();
        var p = new Paragraph(words.Select(w => R(w)));
        var replacements = Enumerable.Range(0, 20_000).Where(i => i % 10 == 9).Select(i => ($"từ{i}  từ{i + 1}", $"từ{i} từ{i + 1}")).ToArray();
        var text = Apply(p, replacements);
        Assert.DoesNotContain("  ", text.TrimEnd());
        Assert.StartsWith("từ0 từ1 từ2", text);
    }
}
