using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Rules.Tests.Header;

/// <summary>Small Open XML edits that put one defect into the compliant corpus plan.</summary>
public static class DocEdits
{
    /// <summary>The first body paragraph whose text is <paramref name="text"/>.</summary>
    public static Paragraph Paragraph(WordprocessingDocument doc, string text) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().First(p => TextOf(p) == text);

    /// <summary>The paragraph's own text: its runs' <c>w:t</c>, without the text of drawings and fallback pictures anchored in it.</summary>
    private static string TextOf(Paragraph p) => string.Concat(p.Descendants<Text>()
        .Where(t => !t.Ancestors().Any(a => a is Drawing or DocumentFormat.OpenXml.AlternateContent or Picture))
        .Select(t => t.Text));

    /// <summary>Applies <paramref name="change"/> to the run properties of every run of the paragraph with <paramref name="text"/>.</summary>
    public static Action<WordprocessingDocument> Format(string text, Action<RunProperties> change) => doc =>
    {
        foreach (var run in Paragraph(doc, text).Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null))
        {
            var props = run.RunProperties ??= new RunProperties();
            change(props);
        }
    };

    /// <summary>Sets the size of the paragraph's runs, in pt.</summary>
    public static Action<WordprocessingDocument> Size(string text, double pt) =>
        Format(text, r => r.FontSize = new FontSize { Val = ((int)(pt * 2)).ToString(CultureInfo.InvariantCulture) });

    /// <summary>Replaces the paragraph's text, keeping the first run's formatting.</summary>
    public static Action<WordprocessingDocument> Retype(string text, string newText) => doc =>
    {
        var runs = Paragraph(doc, text).Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null).ToList();
        runs[0].GetFirstChild<Text>()!.Text = newText;
        runs[0].GetFirstChild<Text>()!.Space = SpaceProcessingModeValues.Preserve;
        foreach (var r in runs.Skip(1)) r.Remove();
    };

    /// <summary>Changes the body's last section properties.</summary>
    public static Action<WordprocessingDocument> Section(Action<SectionProperties> change) => doc =>
        change(doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Last());

    /// <summary>Bold on or off.</summary>
    public static Bold Bold(bool on) => new() { Val = OnOffValue.FromBoolean(on) };

    /// <summary>Italic on or off.</summary>
    public static Italic Italic(bool on) => new() { Val = OnOffValue.FromBoolean(on) };
}
