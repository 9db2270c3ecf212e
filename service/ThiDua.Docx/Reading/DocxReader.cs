using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Markup;
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
    /// Reads the document. Never throws on odd but valid OOXML: missing parts read as Word's defaults, values the SDK's types
    /// cannot hold read as unstated (<see cref="OnOff"/>, <see cref="Numbers"/>). The body is read one block (<c>w:p</c>,
    /// <c>w:tbl</c>, <c>w:sdt</c>…) at a time from the part's XML, never as one tree: a block's elements are garbage as soon as
    /// it is read, so a long plan costs the reader its model, not the SDK's tree of the whole part. When the main part's tree
    /// is already loaded (a document opened for editing), that tree is read instead. The walk is iterative: the depth it can
    /// meet is bounded only by what <see cref="Package.PackageGuard"/> let through (the SDK's own loading of a block is not).
    /// </summary>
    /// <param name="document">An open package.</param>
    /// <param name="cancellationToken">Checked before every block (paragraph, table, cell, content control) of every story.</param>
    /// <exception cref="InvalidDataException">The package has no main document part.</exception>
    /// <exception cref="System.Xml.XmlException">The main part is not well-formed XML.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocxDocument Read(WordprocessingDocument document, CancellationToken cancellationToken = default)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var styles = new StyleSheet(main);
        var numbering = new NumberingDefinitions(main, styles);
        var walker = new BodyWalker(styles, numbering, cancellationToken);
        var finalSection = main.IsRootElementLoaded ? WalkLoadedBody(main, walker) : WalkBodyBlocks(main, walker, cancellationToken);
        var paragraphs = walker.Paragraphs;
        var sections = SectionReader.Read(main, finalSection, walker.SectionEnds, paragraphs.Count, styles, numbering, cancellationToken);
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
        walker.Walk(body.ChildElements);
        return body.GetFirstChild<SectionProperties>();
    }

    /// <summary>Walks the body block by block from the part's XML; returns the body's own <c>w:sectPr</c> (the first, should there be more).</summary>
    private static SectionProperties? WalkBodyBlocks(MainDocumentPart main, BodyWalker walker, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read() && !(reader.IsStartElement && reader.ElementType == typeof(Body))) { }
        if (reader.EOF || !reader.ReadFirstChild()) return null;
        SectionProperties? final = null;
        var block = new OpenXmlElement[1];
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.IsStartElement)
            {
                // Loading the block leaves the reader past it, on what follows.
                block[0] = reader.LoadCurrentElement()!;
                if (block[0] is SectionProperties sect) final ??= sect;
                else walker.Walk(block);
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

    /// <summary>
    /// Walks block-level content of one story, numbering paragraphs and collecting tables and controls. Iterative: tables in
    /// cells and controls in controls are frames on a heap stack, so nesting costs memory, never call stack, and the
    /// cancellation token is checked at every block.
    /// </summary>
    internal sealed class BodyWalker
    {
        /// <summary>Most grid columns a cell spans: Word's limit of 63 columns to a table.</summary>
        private const int MaxGridSpan = 63;

        private readonly ParagraphReader reader;
        private readonly StyleSheet styles;
        private readonly CancellationToken cancellationToken;
        private readonly Stack<Frame> frames = new();
        private readonly StoryContext ctx = new();
        public readonly List<DocParagraph> Paragraphs = [];
        public readonly List<DocTable> Tables = [];
        public readonly ContentControlCollector Controls = new();
        public readonly List<(int LastParagraph, SectionProperties Props)> SectionEnds = [];
        public readonly List<string> TextBoxTexts = [];

        public BodyWalker(StyleSheet styles, NumberingDefinitions numbering, CancellationToken cancellationToken)
        {
            this.styles = styles;
            this.cancellationToken = cancellationToken;
            reader = new ParagraphReader(styles, numbering, new NumberingCounter(numbering), Controls);
        }

        /// <summary>Walks <paramref name="blocks"/> (and everything inside them) in document order.</summary>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public void Walk(IEnumerable<OpenXmlElement> blocks)
        {
            frames.Push(new BlocksFrame(blocks, null));
            while (frames.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var top = frames.Peek();
                if (top.Step(this)) continue;
                frames.Pop();
                top.Exit(this);
            }
        }

        /// <summary>Reads one block: a paragraph at once; a table or a container as a new frame.</summary>
        private void Visit(OpenXmlElement block)
        {
            switch (block)
            {
                case Paragraph p: ReadParagraph(p); break;
                case Table t: frames.Push(new TableFrame(this, t)); break;
                case SdtBlock sdt:
                    ctx.Enter(Controls.Open(sdt, ContentControlScope.Block, ctx, -1));
                    frames.Push(new BlocksFrame(BlockContent.Children(sdt)!, static w => w.LeaveControl()));
                    break;
                default:
                    if (BlockContent.Children(block) is { } children) frames.Push(new BlocksFrame(children, null));
                    break;
            }
        }

        private void ReadParagraph(Paragraph p)
        {
            var para = reader.Read(p, Paragraphs.Count, ctx);
            Paragraphs.Add(para);
            if (ctx.Controls.Count > 0) Controls.Touch(ctx.Controls[^1], para.Index);
            foreach (var d in para.Drawings)
                if (d.Kind == DrawingKind.TextBox) TextBoxTexts.Add(d.Text);
            if (p.ParagraphProperties?.SectionProperties is { } sect)
            {
                SectionEnds.Add((para.Index, sect));
                ctx.Section++;
            }
        }

        /// <summary>Closes the innermost open control; what it spans and holds counts for the control around it.</summary>
        private void LeaveControl()
        {
            var id = ctx.Leave();
            if (ctx.Controls.Count > 0) Controls.MergeInto(ctx.Controls[^1], id);
        }

        /// <summary>One level of the walk.</summary>
        private abstract class Frame
        {
            /// <summary>Does the next piece of work; false when the frame is finished.</summary>
            public abstract bool Step(BodyWalker walker);

            /// <summary>Called once when the frame is finished.</summary>
            public virtual void Exit(BodyWalker walker) { }
        }

        /// <summary>A list of blocks (a story, a content control's content, a cell), with what to do when it ends.</summary>
        private sealed class BlocksFrame(IEnumerable<OpenXmlElement> blocks, Action<BodyWalker>? exit) : Frame
        {
            private readonly IEnumerator<OpenXmlElement> blocks = blocks.GetEnumerator();

            public override bool Step(BodyWalker walker)
            {
                if (!blocks.MoveNext()) return false;
                walker.Visit(blocks.Current);
                return true;
            }

            public override void Exit(BodyWalker walker)
            {
                blocks.Dispose();
                exit?.Invoke(walker);
            }
        }

        /// <summary>A table, walked cell by cell: each step opens the next cell as a <see cref="BlocksFrame"/>.</summary>
        private sealed class TableFrame : Frame
        {
            private readonly int index;
            private readonly string? styleId;
            private readonly (bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, bool HorizontalBanding, bool VerticalBanding) look;
            private readonly List<int> grid;
            private readonly List<TableRow> rows;
            private readonly (int Table, int Row, int Column, int Depth, string? StyleId, TableRegion Region)? outer;
            private readonly int first;
            private readonly List<DocTableRow> docRows = [];
            private readonly Table table;
            private int row;
            private List<(TableCell Cell, SdtCell? Control)>? cells;
            private List<DocTableCell> docCells = [];
            private bool isHeader, headersSoFar = true;
            private int cell, column, span, width, before;
            private bool vMerge, inControl;
            /// <summary>The table's border edges: its style's, overridden edge by edge by its own <c>w:tblBorders</c>.</summary>
            private readonly Dictionary<string, bool> tableEdges;
            /// <summary>Whether any cell seen so far draws an edge (its <c>w:tcBorders</c> over the table's edges).</summary>
            private bool drawsBorder;

            public TableFrame(BodyWalker walker, Table table)
            {
                this.table = table;
                index = walker.Tables.Count;
                walker.Tables.Add(null!); // reserve the index: nested tables come after their parent
                var tblPr = table.GetFirstChild<TableProperties>();
                styleId = tblPr?.TableStyle?.Val?.Value ?? walker.styles.DefaultTableStyleId;
                look = Look(tblPr?.TableLook);
                tableEdges = new Dictionary<string, bool>(styleId is null ? [] : walker.styles.TableStyleBorderEdges(styleId), StringComparer.Ordinal);
                foreach (var (edge, draws) in BorderEdges.Of(tblPr?.TableBorders)) tableEdges[edge] = draws;
                grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(g => Numbers.Twips(g.Width) ?? 0).ToList() ?? [];
                rows = BlockContent.Rows(table);
                outer = walker.ctx.Cell;
                first = walker.Paragraphs.Count;
            }

            public override bool Step(BodyWalker walker)
            {
                while (true)
                {
                    if (cells is null)
                    {
                        if (row >= rows.Count) return false;
                        isHeader = OnOff.Of(rows[row].TableRowProperties?.GetFirstChild<TableHeader>()) == true;
                        cells = BlockContent.Cells(rows[row]);
                        docCells = [];
                        cell = column = 0;
                    }
                    if (cell < cells.Count) break;
                    docRows.Add(new DocTableRow(row, isHeader, docCells));
                    headersSoFar &= isHeader;
                    row++;
                    cells = null;
                }
                var (tc, control) = cells[cell];
                var tcPr = tc.TableCellProperties;
                span = Math.Clamp(Numbers.Int(tcPr?.GridSpan?.Val) ?? 1, 1, MaxGridSpan);
                drawsBorder |= CellDrawsBorder(tcPr?.TableCellBorders);
                vMerge = tcPr?.VerticalMerge is { } vm && vm.Val?.InnerText != "restart";
                width = tcPr?.TableCellWidth is { Type.InnerText: "dxa" } tw && Numbers.Twips(tw.Width) is { } w ? w : GridWidth(column, span);
                var region = new TableRegion(
                    FirstRow: look.FirstRow && (row == 0 || isHeader && headersSoFar),
                    LastRow: look.LastRow && row == rows.Count - 1,
                    FirstColumn: look.FirstColumn && column == 0,
                    LastColumn: look.LastColumn && cell == cells.Count - 1,
                    HorizontalBand: look.HorizontalBanding ? (row - (look.FirstRow ? 1 : 0)) % 2 == 0 ? 1 : 2 : 0,
                    VerticalBand: look.VerticalBanding ? (column - (look.FirstColumn ? 1 : 0)) % 2 == 0 ? 1 : 2 : 0);
                var ctx = walker.ctx;
                ctx.Cell = (index, row, column, (outer?.Depth ?? 0) + 1, styleId, region);
                before = walker.Paragraphs.Count;
                inControl = control is not null;
                if (control is not null) ctx.Enter(walker.Controls.Open(control, ContentControlScope.Cell, ctx, -1));
                walker.frames.Push(new BlocksFrame(tc.ChildElements, EndCell));
                return true;
            }

            /// <summary>Closes the cell the last step opened.</summary>
            private void EndCell(BodyWalker walker)
            {
                if (inControl) walker.LeaveControl();
                walker.ctx.Cell = outer;
                docCells.Add(new DocTableCell(row, column, span, vMerge, width, new ParagraphRange(before, walker.Paragraphs.Count - before)));
                column += span;
                cell++;
            }

            public override void Exit(BodyWalker walker)
            {
                walker.Tables[index] = new DocTable(index, styleId ?? "", docRows, grid, drawsBorder, outer?.Table, first, walker.Paragraphs.Count - 1);
                if (walker.ctx.Controls.Count > 0) walker.Controls.NoteTable(walker.ctx.Controls[^1]);
            }

            /// <summary>
            /// Whether the current cell draws a line on any of its edges, as Word resolves it: the cell's own <c>w:tcBorders</c>
            /// edge when stated, else the table's outer edge (<c>top</c>/<c>bottom</c>/<c>left</c>/<c>right</c>) on the table's
            /// rim and its <c>insideH</c>/<c>insideV</c> inside; a diagonal the cell states draws too. A shared edge drawn by
            /// either neighbour is a line (ECMA-376 Part 1, 17.4.66): LibreOffice writes a borderless table as cells with
            /// <c>nil</c> edges over a bordered table style.
            /// </summary>
            private bool CellDrawsBorder(TableCellBorders? own)
            {
                var stated = BorderEdges.Of(own).ToDictionary(e => e.Edge, e => e.Draws, StringComparer.Ordinal);
                bool Edge(string side, string tableEdge) =>
                    stated.TryGetValue(side, out var d) ? d : tableEdges.TryGetValue(tableEdge, out var t) && t;
                var lastColumn = grid.Count == 0 ? cell == cells!.Count - 1 : column + span >= grid.Count;
                return Edge("top", row == 0 ? "top" : "insideH")
                    || Edge("bottom", row == rows.Count - 1 ? "bottom" : "insideH")
                    || Edge("left", column == 0 ? "left" : "insideV")
                    || Edge("right", lastColumn ? "right" : "insideV")
                    || stated.GetValueOrDefault("tl2br") || stated.GetValueOrDefault("tr2bl");
            }

            /// <summary>The width of <paramref name="span"/> grid columns from <paramref name="start"/>, twips.</summary>
            private int GridWidth(int start, int span)
            {
                var sum = 0;
                for (var i = start; i < start + span && i < grid.Count; i++) sum += grid[i];
                return sum;
            }
        }

        private static (bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, bool HorizontalBanding, bool VerticalBanding) Look(TableLook? look)
        {
            if (look is null) return (true, false, true, false, true, false); // Word's default tblLook 04A0
            var hex = int.TryParse(look.Val?.Value, System.Globalization.NumberStyles.HexNumber, null, out var v) ? v : 0x04A0;
            bool Attr(OnOffValue? a, int mask) => OnOff.Of(a) ?? (hex & mask) != 0;
            return (Attr(look.FirstRow, 0x20), Attr(look.LastRow, 0x40), Attr(look.FirstColumn, 0x80), Attr(look.LastColumn, 0x100),
                !Attr(look.NoHorizontalBand, 0x200), !Attr(look.NoVerticalBand, 0x400));
        }
    }
}
