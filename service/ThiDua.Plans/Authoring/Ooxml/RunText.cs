using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The text a paragraph's run-level content shows, element by element, with the conventions of the plan model
/// (<see cref="ThiDua.Docx.Model.DocParagraph.Text"/>): <c>\t</c> for a tab, <c>\n</c> for a line break, field codes and
/// deleted text left out.
/// </summary>
internal static class RunText
{
    /// <summary>The text of a paragraph or of any run-level element (run, hyperlink, inline control, simple field…).</summary>
    public static string Of(OpenXmlElement element) => element switch
    {
        Run run => string.Concat(run.ChildElements.Select(Piece)),
        DeletedRun or RunProperties or ParagraphProperties => "",
        _ => string.Concat(element.ChildElements.Select(Of)),
    };

    /// <summary>The text of one child of a run.</summary>
    public static string Piece(OpenXmlElement child) => child switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break b when b.Type?.InnerText is null or "textWrapping" => "\n",
        CarriageReturn => "\n",
        NoBreakHyphen => "-",
        _ => "",
    };

    /// <summary>
    /// True when two texts are the same up to case (the model shows <c>w:caps</c> text in capitals) and Unicode
    /// normalisation.
    /// </summary>
    public static bool SameText(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
