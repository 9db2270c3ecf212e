using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Rules.Tests.Support;

/// <summary>Small Open XML edits for making the failing twin of a corpus plan: find a body paragraph by its text, change its text or formatting.</summary>
public static class ParagraphEdits
{
    /// <summary>The first body paragraph whose text starts with <paramref name="prefix"/>.</summary>
    public static Paragraph Find(WordprocessingDocument doc, string prefix) =>
        doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Replaces the first <paramref name="oldText"/> of the paragraph's text (split runs joined into the first run).</summary>
    public static void ReplaceText(Paragraph p, string oldText, string newText)
    {
        var texts = p.Descendants<Text>().ToList();
        var full = string.Concat(texts.Select(t => t.Text));
        var at = full.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"«{oldText}» not in «{full}»");
        texts[0].Text = full[..at] + newText + full[(at + oldText.Length)..];
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var t in texts.Skip(1)) t.Text = "";
    }

    /// <summary>Direct run properties on every run of the paragraph (created when missing), for <paramref name="set"/> to change.</summary>
    public static void Runs(Paragraph p, Action<RunProperties> set)
    {
        foreach (var r in p.Descendants<Run>()) set(r.RunProperties ??= new RunProperties());
    }

    /// <summary>The paragraph's direct properties (created when missing), for <paramref name="set"/> to change.</summary>
    public static void Properties(Paragraph p, Action<ParagraphProperties> set) => set(p.ParagraphProperties ??= new ParagraphProperties());

    /// <summary>Inserts <paramref name="count"/> empty paragraphs after <paramref name="p"/>.</summary>
    public static void InsertEmptyAfter(Paragraph p, int count)
    {
        for (var i = 0; i < count; i++) p.InsertAfterSelf(new Paragraph());
    }

    /// <summary>Rewrites every text of the paragraph in decomposed Unicode (NFD).</summary>
    public static void Decompose(Paragraph p)
    {
        foreach (var t in p.Descendants<Text>()) t.Text = t.Text.Normalize(NormalizationForm.FormD);
    }
}
