using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Cli.Bench;

/// <summary>
/// The bare baseline of the benchmark: the Open XML SDK opening the package from memory and reading all text
/// (<c>Descendants&lt;Text&gt;()</c> of the body, headers and footers) — nothing else.
/// </summary>
public static class BaselineReader
{
    /// <summary>Opens <paramref name="docx"/> and concatenates its text; returns the number of characters read.</summary>
    public static int ReadAllText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        var text = new StringBuilder();
        var main = document.MainDocumentPart!;
        Append(text, main.Document);
        foreach (var header in main.HeaderParts) Append(text, header.Header);
        foreach (var footer in main.FooterParts) Append(text, footer.Footer);
        return text.Length;
    }

    private static void Append(StringBuilder text, DocumentFormat.OpenXml.OpenXmlElement? root)
    {
        if (root is null) return;
        foreach (var t in root.Descendants<Text>()) text.Append(t.Text);
    }
}
