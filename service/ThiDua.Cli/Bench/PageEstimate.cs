using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Cli.Bench;

/// <summary>
/// A rough page count without layout: A4 with Nghị định 30 margins (text width ≈ 16 cm) at 13–14 pt Times New Roman
/// holds ≈ 75 characters a line and ≈ 36 lines a page once paragraph spacing is counted. Checked against LibreOffice's
/// rendering of the corpus (Liberation Serif): the Trí Yên plans are estimated at 7.1 pages and render on 7, the plan
/// <c>thidua bench</c> generates for 300 pages renders on 301; plans whose header is a table come out up to 25 % long.
/// Used to size the generated plan and label the benchmark table.
/// </summary>
public static class PageEstimate
{
    /// <summary>Characters per line.</summary>
    public const int CharactersPerLine = 75;

    /// <summary>Lines per page, paragraph spacing included.</summary>
    public const int LinesPerPage = 36;

    /// <summary>Estimated lines of <paramref name="elements"/>: each paragraph takes at least one line.</summary>
    public static double Lines(IEnumerable<OpenXmlElement> elements) =>
        elements.SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>())
            .Sum(p => Math.Max(1, Math.Ceiling(p.InnerText.Length / (double)CharactersPerLine)));

    /// <summary>Estimated pages of <paramref name="body"/>.</summary>
    public static double Pages(Body body) => Lines(body.ChildElements) / LinesPerPage;
}
