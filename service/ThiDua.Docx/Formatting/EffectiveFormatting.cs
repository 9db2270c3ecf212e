using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// Effective formatting of one Open XML run in place, for code that edits a package (the fixes): the same resolution as
/// <see cref="Reading.DocxReader"/> — docDefaults, the table style of the enclosing table, the paragraph and character
/// style chains, direct formatting — without reading the whole document. Table conditional formatting is not applied
/// (the whole-table properties are).
/// </summary>
public sealed class EffectiveFormatting(MainDocumentPart main)
{
    private readonly StyleSheet styles = new(main);

    /// <summary>The effective format of <paramref name="run"/>, which sits in <paramref name="paragraph"/>.</summary>
    public RunFormat Of(Paragraph paragraph, Run run)
    {
        var pStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var tableStyle = paragraph.Ancestors<Table>().FirstOrDefault()?.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
        return styles.ResolveRun(pStyle, RunProps.From(run.RunProperties), tableStyle, default);
    }
}
