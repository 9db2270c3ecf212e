using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Docx.Numbering;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Reads a <see cref="WordprocessingDocument"/> into a <see cref="DocxDocument"/>: every body paragraph in document order
/// (inside tables, block content controls and custom XML blocks too) with effective formatting and rendered numbering,
/// tables with cell positions, content controls, sections with their headers and footers, and custom XML parts.
/// </summary>
public static class DocxReader
{
    /// <summary>
    /// Reads the document. Never throws on odd but valid OOXML: missing parts read as Word's defaults. The body is read one
    /// block (<c>w:p</c>, <c>w:tbl</c>, <c>w:sdt</c>…) at a time from the part's XML, never as one tree: a block's elements
    /// are garbage as soon as it is read, so a long plan costs the reader its model, not the SDK's tree of the whole part.
    /// When the main part's tree is already loaded (a document opened for editing), that tree is read instead.
    /// </summary>
    /// <exception cref="InvalidDataException">The package has no main document part.</exception>
    /// <exception cref="System.Xml.XmlException">The main part is not well-formed XML.</exception>
    public static DocxDocument Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var styles = new StyleSheet(main);
        var numbering = new NumberingDefinitions(main, styles);
        var walker = new BodyWalker(styles, numbering);
        var finalSection = main.IsRootElementLoaded ? WalkLoadedBody(main, walker) : WalkBodyBlocks(main, walker);
        var paragraphs = walker.Paragraphs;
        var sections = SectionReader.Read(main, finalSection, walker.SectionEnds, paragraphs.Count, styles, numbering);
        return new DocxDocument(
            paragraphs,
            walker.Tables,
            walker.Controls.Build(paragraphs),
            sections,
            ReadCustomXml(main),
            walker.TextBoxTexts);
    }

    /// <summary>Walks the body of a main part whose tree is loaded; returns the body's own <c>w:sectPr</c> (the first, should there be more).</summary>
    private static SectionProperties? WalkLoadedBody(MainDocumentPart main, BodyWalker walker)
    {
        var body = main.Document?.Body;
        if (body is null) return null;
        walker.WalkBlocks(body.ChildElements, new StoryContext());
        return body.GetFirstChild<SectionProperties>();
    }

    /// <summary>Walks the body block by block from the part's XML; returns the body's own <c>w:sectPr</c> (the first, should there be more).</summary>
    private static SectionProperties? WalkBodyBlocks(MainDocumentPart main, BodyWalker walker)
    {
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read() && !(reader.IsStartElement && reader.ElementType == typeof(Body))) { }
        if (reader.EOF || !reader.ReadFirstChild()) return null;
        var ctx = new StoryContext();
        SectionProperties? final = null;
        var block = new OpenXmlElement[1];
        while (!reader.EOF)
        {
            if (reader.IsStartElement)
            {
                // Loading the block leaves the reader past it, on what follows.
                block[0] = reader.LoadCurrentElement()!;
                if (block[0] is SectionProperties sect) final ??= sect;
                else walker.WalkBlocks(block, ctx);
            }
            else if (reader.ElementType == typeof(Body) || !reader.Read())
            {
                break; // the end of w:body
            }
        }
        return final;
    }

    private static List<(string, XDocument)> ReadCustomXml(MainDocumentPart main)
    {
        var list = new List<(string, XDocument)>();
        foreach (var part in main.CustomXmlParts)
        {
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                var xml = XDocument.Load(stream);
                var id = part.CustomXmlPropertiesPart?.DataStoreItem?.ItemId?.Value ?? "";
                list.Add((id, xml));
            }
            catch (System.Xml.XmlException)
            {
                // A custom XML part that is not well-formed is skipped: the plan text stays the truth (plan-schema.md).
            }
        }
        return list;
    }

    /// <summary>Walks block-level content of one story, numbering paragraphs and collecting tables and controls.</summary>
    internal sealed class BodyWalker
    {
        private readonly ParagraphReader reader;
        private readonly StyleSheet styles;
        public readonly List<DocParagraph> Paragraphs = [];
        public readonly List<DocTable> Tables = [];
        public readonly ContentControlCollector Controls = new();
        public readonly List<(int LastParagraph, SectionProperties Props)> SectionEnds = [];
        public readonly List<string> TextBoxTexts = [];

        public BodyWalker(StyleSheet styles, NumberingDefinitions numbering)
        {
            this.styles = styles;
            reader = new ParagraphReader(styles, numbering, new NumberingCounter(numbering), Controls);
        }

        public void WalkBlocks(IEnumerable<OpenXmlElement> children, StoryContext ctx)
        {
            foreach (var child in children)
            {
                switch (child)
                {
                    case Paragraph p:
                        var para = reader.Read(p, Paragraphs.Count, ctx);
                        Paragraphs.Add(para);
                        foreach (var c in ctx.Controls) Controls.Touch(c, para.Index);
                        foreach (var d in para.Drawings)
                            if (d.Kind == DrawingKind.TextBox) TextBoxTexts.Add(d.Text);
                        if (p.ParagraphProperties?.SectionProperties is { } sect)
                        {
                            SectionEnds.Add((para.Index, sect));
                            ctx.Section++;
                        }
                        break;
                    case Table t: WalkTable(t, ctx); break;
                    case SdtBlock sdt:
                        var id = Controls.Open(sdt, ContentControlScope.Block, ctx, -1);
                        ctx.Controls.Add(id);
                        if (sdt.SdtContentBlock?.Descendants<Table>().Any() == true) Controls.NoteTable(id);
                        WalkBlocks(sdt.SdtContentBlock?.ChildElements ?? [], ctx);
                        ctx.Controls.RemoveAt(ctx.Controls.Count - 1);
                        break;
                    case AlternateContent ac:
                        var choice = ac.ChildElements.FirstOrDefault(x => x is AlternateContentChoice) ?? ac.ChildElements.FirstOrDefault();
                        WalkBlocks(choice?.ChildElements ?? [], ctx);
                        break;
                    default:
                        // w:customXml block, w:ins/w:moveTo around blocks: their children are content.
                        if (child.LocalName is "customXml" or "ins" or "moveTo") WalkBlocks(child.ChildElements, ctx);
                        break;
                }
            }
        }

        private void WalkTable(Table table, StoryContext ctx)
        {
            var index = Tables.Count;
            Tables.Add(null!); // reserve the index: nested tables come after their parent
            var styleId = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value ?? styles.DefaultTableStyleId;
            var look = Look(table.GetFirstChild<TableProperties>()?.TableLook);
            var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(g => int.TryParse(g.Width?.Value, out var w) ? w : 0).ToList() ?? [];
            var rows = table.ChildElements.SelectMany(RowsOf).ToList();
            var outer = ctx.Cell;
            var first = Paragraphs.Count;
            var docRows = new List<DocTableRow>();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } th && (th.Val is null || th.Val.Value == OnOffOnlyValues.On);
                var cells = new List<DocTableCell>();
                var column = 0;
                var cellElements = row.ChildElements.SelectMany(CellsOf).ToList();
                for (var c = 0; c < cellElements.Count; c++)
                {
                    var (cell, cellControl) = cellElements[c];
                    var tcPr = cell.TableCellProperties;
                    var span = tcPr?.GridSpan?.Val?.Value ?? 1;
                    var vMerge = tcPr?.VerticalMerge is { } vm && vm.Val?.InnerText != "restart";
                    var width = tcPr?.TableCellWidth is { Type.InnerText: "dxa" } tw && int.TryParse(tw.Width?.Value, out var w) ? w
                        : grid.Skip(column).Take(span).Sum();
                    var region = new TableRegion(
                        FirstRow: look.FirstRow && (r == 0 || isHeader && docRows.All(x => x.IsHeader)),
                        LastRow: look.LastRow && r == rows.Count - 1,
                        FirstColumn: look.FirstColumn && column == 0,
                        LastColumn: look.LastColumn && c == cellElements.Count - 1,
                        HorizontalBand: look.HorizontalBanding ? (r - (look.FirstRow ? 1 : 0)) % 2 == 0 ? 1 : 2 : 0,
                        VerticalBand: look.VerticalBanding ? (column - (look.FirstColumn ? 1 : 0)) % 2 == 0 ? 1 : 2 : 0);
                    ctx.Cell = (index, r, column, (outer?.Depth ?? 0) + 1, styleId, region);
                    var before = Paragraphs.Count;
                    if (cellControl is { } sdt) ctx.Controls.Add(Controls.Open(sdt, ContentControlScope.Cell, ctx, -1));
                    WalkBlocks(cell.ChildElements, ctx);
                    if (cellControl is not null) ctx.Controls.RemoveAt(ctx.Controls.Count - 1);
                    ctx.Cell = outer;
                    cells.Add(new DocTableCell(r, column, span, vMerge, width, Enumerable.Range(before, Paragraphs.Count - before).ToList()));
                    column += span;
                }
                docRows.Add(new DocTableRow(r, isHeader, cells));
            }
            var borders = HasBorders(table.GetFirstChild<TableProperties>()?.TableBorders) ?? StyleHasBorders(styleId);
            Tables[index] = new DocTable(index, styleId ?? "", docRows, grid, borders, outer?.Table, first, Paragraphs.Count - 1);
            foreach (var c in ctx.Controls) Controls.NoteTable(c);
        }

        private IEnumerable<TableRow> RowsOf(OpenXmlElement e) => e switch
        {
            TableRow row => [row],
            SdtRow sdt => sdt.SdtContentRow?.Elements<TableRow>() ?? [],
            _ when e.LocalName == "customXml" => e.Elements<TableRow>(),
            _ => [],
        };

        private static IEnumerable<(TableCell Cell, SdtCell? Control)> CellsOf(OpenXmlElement e) => e switch
        {
            TableCell cell => [(cell, null)],
            SdtCell sdt => sdt.SdtContentCell?.Elements<TableCell>().Select(c => (c, (SdtCell?)sdt)) ?? [],
            _ when e.LocalName == "customXml" => e.Elements<TableCell>().Select(c => (c, (SdtCell?)null)),
            _ => [],
        };

        private bool StyleHasBorders(string? styleId)
        {
            // Table styles keep their borders in w:tblPr/w:tblBorders of the style; follow basedOn by asking the resolver's raw style.
            return styleId is not null && styles.TableStyleBorders(styleId) is true;
        }

        internal static bool? HasBorders(TableBorders? b)
        {
            if (b is null) return null;
            return b.ChildElements.OfType<BorderType>().Any(e => e.Val?.InnerText is { } v && v is not ("none" or "nil"));
        }

        private static (bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, bool HorizontalBanding, bool VerticalBanding) Look(TableLook? look)
        {
            if (look is null) return (true, false, true, false, true, false); // Word's default tblLook 04A0
            var hex = int.TryParse(look.Val?.Value, System.Globalization.NumberStyles.HexNumber, null, out var v) ? v : 0x04A0;
            bool Attr(OnOffValue? a, int mask) => a is not null ? a.Value : (hex & mask) != 0;
            return (Attr(look.FirstRow, 0x20), Attr(look.LastRow, 0x40), Attr(look.FirstColumn, 0x80), Attr(look.LastColumn, 0x100),
                !Attr(look.NoHorizontalBand, 0x200), !Attr(look.NoVerticalBand, 0x400));
        }
    }
}
