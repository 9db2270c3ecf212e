using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Docx.Numbering;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Reads one <c>w:p</c>: resolves its effective paragraph format and numbering, then walks its inline content
/// (runs, hyperlinks, simple and complex fields, inline content controls, insertions, smart tags, custom XML, drawings,
/// <c>mc:AlternateContent</c>) into runs of displayed text with their effective format. Adjacent runs with the same
/// format are joined, so a word Word split into several <c>w:r</c> reads whole.
/// </summary>
internal sealed class ParagraphReader(StyleSheet styles, NumberingDefinitions numbering, NumberingCounter counter, ContentControlCollector controls)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public DocParagraph Read(Paragraph p, int index, StoryContext ctx)
    {
        var direct = ParaProps.From(p.ParagraphProperties);
        var tableStyle = ctx.Cell?.StyleId;
        var region = ctx.Cell?.Region ?? default;
        var styleId = direct.StyleId ?? styles.DefaultParagraphStyleId;

        // Numbering: direct w:numPr wins (numId 0 removes the style's); else the paragraph style's chain.
        var (styleNumId, styleIlvl) = styles.StyleNumbering(styleId);
        var numberingIsDirect = direct.NumId is not null;
        var numId = direct.NumId ?? styleNumId;
        var ilvl = direct.Ilvl ?? (numberingIsDirect ? styleIlvl : styleIlvl) ?? 0;
        LevelDefinition? level = numId is { } nid && numbering.Exists(nid) ? numbering.Level(nid, ilvl) : null;

        var resolved = styles.ResolveParagraph(direct, tableStyle, region, level?.Para ?? ParaProps.Empty, numberingIsDirect);
        var format = StyleSheet.ToFormat(resolved);
        var markProps = RunProps.From(p.ParagraphProperties?.ParagraphMarkRunProperties);
        var markFormat = styles.ResolveRun(format.StyleId, markProps, tableStyle, region);

        DocNumbering? docNumbering = null;
        if (level is not null && numId is { } n2 && counter.Next(n2, ilvl) is { } rendered)
        {
            var labelFormat = styles.ResolveLabel(format.StyleId, rendered.Level.Run, markProps, tableStyle, region);
            docNumbering = new DocNumbering(n2, ilvl, rendered.Label, rendered.Level.NumFmt, rendered.Level.Suffix, labelFormat);
        }

        var state = new InlineState(format.StyleId, tableStyle, region, index, ctx);
        foreach (var child in p.ChildElements) ReadInline(child, state);
        state.Flush();

        IReadOnlyList<int> enclosing = ctx.Controls.Count == 0 && state.InlineControls.Count == 0
            ? []
            : ctx.Controls.Concat(state.InlineControls).Distinct().ToList();
        return new DocParagraph(index, state.Text.ToString(), state.Runs, format, styles.StyleName(format.StyleId),
            docNumbering, ctx.Cell is { } c ? new CellLocation(c.Table, c.Row, c.Column, c.Depth) : null,
            enclosing, state.Drawings, ctx.Section, markFormat, state.HasPageField);
    }

    private void ReadInline(OpenXmlElement e, InlineState s)
    {
        switch (e)
        {
            case Run r: ReadRun(r, s); break;
            case SimpleField f:
                var isPage = IsPageInstruction(f.Instruction?.Value);
                s.HasPageField |= isPage;
                s.FieldDepthSimple++;
                foreach (var c in f.ChildElements) ReadInline(c, s);
                s.FieldDepthSimple--;
                break;
            case SdtRun sdt:
                var id = controls.Open(sdt, ContentControlScope.Inline, s.Context, s.ParagraphIndex);
                s.InlineControls.Add(id);
                var before = s.Mark();
                foreach (var c in sdt.SdtContentRun?.ChildElements ?? []) ReadInline(c, s);
                controls.Close(id, s.ParagraphIndex, s.PendingText(before));
                break;
            case DeletedRun or ParagraphProperties or BookmarkStart or BookmarkEnd or ProofError or PermStart or PermEnd: break;
            case AlternateContent ac:
                var choice = ac.ChildElements.FirstOrDefault(x => x is AlternateContentChoice) ?? ac.ChildElements.FirstOrDefault();
                foreach (var c in choice?.ChildElements ?? []) ReadInline(c, s);
                break;
            // Hyperlink, InsertedRun (w:ins), SmartTagRun, CustomXmlRun, MoveToRun, fldSimple children: descend.
            default:
                if (e.HasChildren && e.LocalName is "hyperlink" or "ins" or "smartTag" or "customXml" or "moveTo" or "dir" or "bdo")
                    foreach (var c in e.ChildElements) ReadInline(c, s);
                break;
        }
    }

    private void ReadRun(Run r, InlineState s)
    {
        RunFormat? format = null;
        RunFormat Format() => format ??= styles.ResolveRun(s.StyleId, RunProps.From(r.RunProperties), s.TableStyle, s.Region);
        foreach (var e in r.ChildElements)
        {
            switch (e)
            {
                case Text t: s.Append(t.Text, Format()); break;
                case TabChar or PositionalTab: s.Append("\t", Format()); break;
                case Break br:
                    var type = br.Type?.InnerText;
                    if (type is null or "textWrapping") s.Append("\n", Format());
                    break;
                case CarriageReturn: s.Append("\n", Format()); break;
                case NoBreakHyphen: s.Append("-", Format()); break;
                case SymbolChar sym when sym.Char?.Value is { } hex && int.TryParse(hex, NumberStyles.HexNumber, null, out var code):
                    s.Append(((char)(code >= 0xF000 ? code - 0xF000 : code)).ToString(), Format());
                    break;
                case FieldChar fc:
                    switch (fc.FieldCharType?.InnerText)
                    {
                        case "begin": s.Fields.Push(new FieldState()); break;
                        case "separate": if (s.Fields.TryPeek(out var f1)) f1.InResult = true; break;
                        case "end":
                            if (s.Fields.TryPop(out var f2) && IsPageInstruction(f2.Instruction.ToString())) s.HasPageField = true;
                            break;
                    }
                    break;
                case FieldCode code: if (s.Fields.TryPeek(out var f3) && !f3.InResult) f3.Instruction.Append(code.Text); break;
                case Drawing d: if (DrawingReader.FromDrawingMl(d) is { } dd) s.Drawings.Add(dd); break;
                case Picture pict: if (DrawingReader.FromVml(pict) is { } pd) s.Drawings.Add(pd); break;
                case AlternateContent ac:
                    var choice = ac.ChildElements.FirstOrDefault(x => x is AlternateContentChoice) ?? ac.ChildElements.FirstOrDefault();
                    var drawing = choice?.ChildElements.FirstOrDefault(x => x is Drawing or Picture);
                    if (drawing is Drawing d2 && DrawingReader.FromDrawingMl(d2) is { } dd2) s.Drawings.Add(dd2);
                    else if (drawing is Picture p2 && DrawingReader.FromVml(p2) is { } pd2) s.Drawings.Add(pd2);
                    break;
            }
        }
    }

    private static bool IsPageInstruction(string? instruction) =>
        instruction is not null && instruction.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant() == "PAGE";

    private sealed class FieldState
    {
        public readonly StringBuilder Instruction = new();
        public bool InResult;
    }

    private sealed class InlineState(string styleId, string? tableStyle, TableRegion region, int paragraphIndex, StoryContext context)
    {
        public readonly string StyleId = styleId;
        public readonly string? TableStyle = tableStyle;
        public readonly TableRegion Region = region;
        public readonly int ParagraphIndex = paragraphIndex;
        public readonly StoryContext Context = context;
        public readonly StringBuilder Text = new();
        public readonly List<DocRun> Runs = [];
        public readonly List<DocDrawing> Drawings = [];
        public readonly List<int> InlineControls = [];
        public readonly Stack<FieldState> Fields = new();
        public int FieldDepthSimple;
        public bool HasPageField;
        private readonly StringBuilder pending = new();
        private RunFormat? pendingFormat;
        private bool pendingInField;

        private bool InField => FieldDepthSimple > 0 || AnyField(inResult: true);
        private bool InInstruction => AnyField(inResult: false);

        /// <summary>True when an open complex field is in its result (<paramref name="inResult"/>) or its instruction; no allocation, as it runs for every piece of text.</summary>
        private bool AnyField(bool inResult)
        {
            if (Fields.Count == 0) return false;
            foreach (var f in Fields)
                if (f.InResult == inResult) return true;
            return false;
        }

        public void Append(string text, RunFormat format)
        {
            if (format.Hidden || InInstruction || text.Length == 0) return;
            if (format.Caps) text = text.ToUpper(Vietnamese);
            var inField = InField;
            if (pendingFormat is not null && (!Equals(pendingFormat, format) || pendingInField != inField)) Flush();
            pendingFormat = format;
            pendingInField = inField;
            pending.Append(text);
        }

        /// <summary>Flushes the pending run and returns the current text length.</summary>
        public int Mark()
        {
            Flush();
            return Text.Length;
        }

        /// <summary>The text appended since <paramref name="start"/>, including the run not yet flushed.</summary>
        public string PendingText(int start)
        {
            Flush();
            return Text.ToString(start, Text.Length - start);
        }

        public void Flush()
        {
            if (pendingFormat is null || pending.Length == 0) return;
            Runs.Add(new DocRun(pending.ToString(), pendingFormat, Text.Length, pendingInField));
            Text.Append(pending);
            pending.Clear();
            pendingFormat = null;
        }
    }
}
