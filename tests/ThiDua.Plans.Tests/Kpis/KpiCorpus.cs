using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

/// <summary>
/// The expectations and inputs of the public corpus (<c>../shared</c>) for KPI extraction: <c>corpus/expected.json</c>
/// (<c>kpis</c>), the README table "Trí Yên: the 16 chỉ tiêu as KPI records", the custom XML part of
/// <c>tri-yen-2024-tagged.docx</c>, and the paragraphs of the seeds and of the .docx files as a plan model would give them.
/// </summary>
public static class KpiCorpus
{
    /// <summary>One expected KPI record; <see cref="Value"/> null and <see cref="Unit"/> empty for a qualitative one.</summary>
    public sealed record Expected(int Line, string Code, string Label, string Comparator, decimal? Value, string Unit, string Sector = "")
    {
        public override string ToString() => $"{Line}: {Code}";
    }

    /// <summary>The Trí Yên seed, whose chỉ tiêu list the README table describes.</summary>
    public const string TriYenSeed = "001_ac1045d9ce8209bd.txt";

    /// <summary>The files of expected.json that list kpis.</summary>
    public static IReadOnlyList<string> FilesWithKpis()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Corpus.File("expected.json")));
        return doc.RootElement.EnumerateObject().Where(f => f.Value.TryGetProperty("kpis", out _)).Select(f => f.Name).ToList();
    }

    /// <summary>The <c>kpis</c> of <paramref name="file"/> in expected.json (the numeric records), in order.</summary>
    public static IReadOnlyList<Expected> ExpectedJson(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Corpus.File("expected.json")));
        return doc.RootElement.GetProperty(file).GetProperty("kpis").EnumerateArray()
            .Select(k => new Expected(0, k.GetProperty("code").GetString()!, k.GetProperty("label").GetString()!,
                k.GetProperty("comparator").GetString()!, k.GetProperty("value").GetDecimal(), k.GetProperty("unit").GetString()!))
            .ToList();
    }

    /// <summary>The rows of the README table "Trí Yên: the 16 chỉ tiêu as KPI records" (24 records, 6 qualitative).</summary>
    public static IReadOnlyList<Expected> ReadmeTable()
    {
        var readme = File.ReadAllText(Corpus.File("README.md"));
        var section = readme[readme.IndexOf("## Trí Yên: the 16 chỉ tiêu", StringComparison.Ordinal)..];
        var rows = new List<Expected>();
        foreach (Match m in Regex.Matches(section, @"^\| (\d+) \| `([^`]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|\s*$", RegexOptions.Multiline))
        {
            string Cell(int g) => m.Groups[g].Value.Trim().Trim('`') is var c && c == "—" ? string.Empty : m.Groups[g].Value.Trim().Trim('`');
            rows.Add(new Expected(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Cell(2), Cell(3), Cell(4),
                Cell(5).Length == 0 ? null : decimal.Parse(Cell(5), CultureInfo.InvariantCulture), Cell(6)));
        }
        return rows;
    }

    /// <summary>The <c>kpis/kpi</c> records of the custom XML part of <c>tri-yen-2024-tagged.docx</c>, with their row and sector.</summary>
    public static IReadOnlyList<Expected> TaggedCustomXml()
    {
        using var zip = ZipFile.OpenRead(Corpus.File("tri-yen-2024-tagged.docx"));
        XNamespace ns = "urn:thidua:plan:1";
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("customXml/item", StringComparison.Ordinal) && !e.FullName.Contains("Props")))
        {
            using var stream = entry.Open();
            var root = XDocument.Load(stream).Root!;
            if (root.Name != ns + "plan") continue;
            return root.Element(ns + "kpis")!.Elements(ns + "kpi").Select(k => new Expected(
                int.Parse(k.Element(ns + "source")!.Attribute("row")!.Value, CultureInfo.InvariantCulture),
                k.Element(ns + "code")!.Value, k.Element(ns + "label")!.Value, k.Element(ns + "comparator")!.Value,
                k.Element(ns + "value")!.Value is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null,
                k.Element(ns + "unit")!.Value, k.Element(ns + "sector")!.Value)).ToList();
        }
        throw new InvalidDataException("tri-yen-2024-tagged.docx has no urn:thidua:plan:1 part");
    }

    /// <summary>
    /// A seed as body paragraphs: each non-empty line one paragraph; <c>#</c> lines and short numbered lines without a
    /// final period are headings, their level read from the label (<c>I.</c> 1, <c>1.</c> 2, <c>1.1.</c> 3).
    /// </summary>
    public static IReadOnlyList<TargetLine> SeedParagraphs(string seed)
    {
        var lines = new List<TargetLine>();
        foreach (var raw in File.ReadAllLines(Corpus.SeedFile(seed)))
        {
            var text = Regex.Replace(raw, "<[^>]+>", " ").Replace("**", "", StringComparison.Ordinal).Trim();
            if (text.Length == 0) continue;
            var marked = text.StartsWith('#');
            text = text.TrimStart('#').Trim();
            var level = LevelOf(text);
            var heading = marked || (level > 0 && text.Length < 120 && !text.EndsWith('.'));
            lines.Add(new TargetLine(text, lines.Count, $"đoạn {lines.Count + 1}", "", heading, heading ? level : 0));
        }
        return lines;
    }

    /// <summary>
    /// A corpus .docx as body paragraphs and tables (read from <c>word/document.xml</c>): a paragraph with a typed or
    /// automatic label, short and without a final period, is a heading.
    /// </summary>
    public static (IReadOnlyList<TargetLine> Paragraphs, IReadOnlyList<TargetTable> Tables) Docx(string file)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(Corpus.File(file));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream).Root!.Element(w + "body")!;
        string Text(XElement p) => string.Concat(p.Descendants().Where(e => e.Name == w + "t" || e.Name == w + "tab")
            .Select(e => e.Name == w + "tab" ? "\t" : e.Value));

        var paragraphs = new List<TargetLine>();
        var tables = new List<TargetTable>();
        foreach (var element in body.Descendants().Where(e => e.Name == w + "p" || e.Name == w + "tbl"))
        {
            if (element.Name == w + "tbl")
            {
                if (element.Ancestors(w + "tbl").Any()) continue;
                var rows = element.Elements(w + "tr").Select((tr, r) => new TargetTableRow(
                    tr.Elements(w + "tc").Select(tc => string.Join(" ", tc.Elements(w + "p").Select(Text))).ToList(),
                    -1, $"bảng {tables.Count + 1}, hàng {r + 1}")).ToList();
                tables.Add(new TargetTable(tables.Count, rows));
                continue;
            }
            var text = Text(element);
            var numbered = element.Element(w + "pPr")?.Element(w + "numPr") is not null;
            var level = LevelOf(text);
            if (level == 0 && numbered) level = 2;
            var heading = level > 0 && text.Trim().Length is > 0 and < 150 && !text.TrimEnd().EndsWith('.');
            paragraphs.Add(new TargetLine(text, paragraphs.Count, $"đoạn {paragraphs.Count + 1}", numbered ? "1." : "", heading, heading ? level : 0));
        }
        return (paragraphs, tables);
    }

    private static int LevelOf(string text)
    {
        var m = Regex.Match(text, @"^\s*(?:([IVX]+)|(\d+\.\d+)|(\d+))\.\s");
        return !m.Success ? 0 : m.Groups[1].Success ? 1 : m.Groups[2].Success ? 3 : 2;
    }
}
