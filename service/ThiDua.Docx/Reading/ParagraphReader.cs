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

    /// <summary>The text and pending-run buffers, reused from paragraph to paragraph (a reader reads one paragraph at a time).</summary>
    private readonly StringBuilder text = new(), pending = new();

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

        var state = new InlineState(format.StyleId, tableStyle, region, index, ctx, text.Clear(), pending.Clear());
        ReadInline(p, state);
        state.Flush();

        var enclosing = state.InlineControls.Count == 0 ? ctx.Enclosing : ctx.Controls.Concat(state.InlineControls).Distinct().ToList();
        return new DocParagraph(index, state.Text.ToString(), state.Runs, format, styles.StyleName(format.StyleId),
            docNumbering, ctx.Cell is { } c ? new CellLocation(c.Table, c.Row, c.Column, c.Depth) : null,
            enclosing, state.Drawings, ctx.Section, markFormat, state.HasPageField)
        { PageBreaks = state.PageBreaks };
    }

    /// <summary>
    /// Walks the inline content of <paramref name="p"/> in document order. Iterative: containers (hyperlinks, fields,
    /// insertions, inline controls…) are pushed with what to do when they end, so their nesting costs no call stack.
    /// </summary>
    private void ReadInline(Paragraph p, InlineState s)
    {
        // Runs straight under the paragraph (most of its content) are read on the spot; a container opens the stack.
        Stack<(IEnumerator<OpenXmlElement> Children, Action? Exit)>? open = null;
        foreach (var child in p.ChildElements)
        {
            if (child is Run run)
            {
                ReadRun(run, s);
                continue;
            }
            if (child is not (SimpleField or SdtRun) && InlineContent.Children(child) is null) continue; // properties, bookmarks, proofing marks: nothing shown
            open ??= new();
            Visit(child, s, open);
            while (open.Count > 0)
            {
                var (children, exit) = open.Peek();
                if (!children.MoveNext())
                {
                    open.Pop();
                    exit?.Invoke();
                    continue;
                }
                Visit(children.Current, s, open);
            }
        }
    }

    /// <summary>Reads a run, or pushes a container's children with what to do when they end.</summary>
    private void Visit(OpenXmlElement e, InlineState s, Stack<(IEnumerator<OpenXmlElement> Children, Action? Exit)> open)
    {
        switch (e)
        {
            case Run r: ReadRun(r, s); break;
            case SimpleField f: OpenSimpleField(f, s, open); break;
            case SdtRun sdt: OpenInlineControl(sdt, s, open); break;
            default:
                if (InlineContent.Children(e) is { } inner) open.Push((inner.GetEnumerator(), null));
                break;
        }
    }

    // The two containers with an end action, each in its own method: their closures are allocated only when one occurs.

    private static void OpenSimpleField(SimpleField f, InlineState s, Stack<(IEnumerator<OpenXmlElement> Children, Action? Exit)> open)
    {
        s.HasPageField |= IsPageInstruction(f.Instruction?.Value);
        s.FieldDepthSimple++;
        open.Push((f.ChildElements.GetEnumerator(), () => s.FieldDepthSimple--));
    }

    private void OpenInlineControl(SdtRun sdt, InlineState s, Stack<(IEnumerator<OpenXmlElement> Children, Action? Exit)> open)
    {
        var id = controls.Open(sdt, ContentControlScope.Inline, s.Context, s.ParagraphIndex);
        s.InlineControls.Add(id);
        var before = s.Mark();
        open.Push((InlineContent.Children(sdt)!.GetEnumerator(), () => controls.Close(id, s.ParagraphIndex, s.PendingText(before))));
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
                    else if (type == "page") s.PageBreaks.Add(s.Mark());
                    break;
                case CarriageReturn: s.Append("\n", Format()); break;
                case NoBreakHyphen: s.Append("-", Format()); break;
                case SymbolChar sym when sym.Char?.Value is { } hex && int.TryParse(hex, NumberStyles.HexNumber, null, out var code):
                    s.Append(((char)(code >= 0xF000 ? code - 0xF000 : code)).ToString(), Format());
                    break;
                case FieldChar fc:
                    switch (fc.FieldCharType?.InnerText)
                    {
                        case "begin": s.BeginField(); break;
                        case "separate": s.SeparateField(); break;
                        case "end":
                            if (s.EndField() is { } ended && IsPageInstruction(ended.Instruction.ToString())) s.HasPageField = true;
                            break;
                    }
                    break;
                case FieldCode code: if (s.Fields.TryPeek(out var f3) && !f3.InResult) f3.Instruction.Append(code.Text); break;
                case Drawing d: if (DrawingReader.FromDrawingMl(d) is { } dd) s.Drawings.Add(dd); break;
                case Picture pict: if (DrawingReader.FromVml(pict) is { } pd) s.Drawings.Add(pd); break;
                case AlternateContent ac:
                    var drawing = BlockContent.Choice(ac)?.ChildElements.FirstOrDefault(x => x is Drawing or Picture);
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

    private sealed class InlineState(string styleId, string? tableStyle, TableRegion region, int paragraphIndex, StoryContext context,
        StringBuilder text, StringBuilder pending)
    {
        public readonly string StyleId = styleId;
        public readonly string? TableStyle = tableStyle;
        public readonly TableRegion Region = region;
        public readonly int ParagraphIndex = paragraphIndex;
        public readonly StoryContext Context = context;
        public readonly StringBuilder Text = text;
        public readonly List<DocRun> Runs = [];
        public readonly List<DocDrawing> Drawings = [];
        public readonly List<int> InlineControls = [];
        public readonly List<int> PageBreaks = [];
        public readonly Stack<FieldState> Fields = new();
        public int FieldDepthSimple;
        public bool HasPageField;
        private readonly StringBuilder pending = pending;
        private RunFormat? pendingFormat;
        private bool pendingInField;

        /// <summary>Open complex fields still in their instruction, and those in their result: counted, since text is appended often and fields may be many.</summary>
        private int fieldsInInstruction, fieldsInResult;

        private bool InField => FieldDepthSimple > 0 || fieldsInResult > 0;
        private bool InInstruction => fieldsInInstruction > 0;

        /// <summary><c>w:fldChar w:fldCharType="begin"</c>: a field opens, in its instruction.</summary>
        public void BeginField()
        {
            Fields.Push(new FieldState());
            fieldsInInstruction++;
        }

        /// <summary><c>separate</c>: the innermost field passes from its instruction to its result.</summary>
        public void SeparateField()
        {
            if (!Fields.TryPeek(out var field) || field.InResult) return;
            field.InResult = true;
            fieldsInInstruction--;
            fieldsInResult++;
        }

        /// <summary><c>end</c>: the innermost field closes; returns it, or null when none is open.</summary>
        public FieldState? EndField()
        {
            if (!Fields.TryPop(out var field)) return null;
            if (field.InResult) fieldsInResult--; else fieldsInInstruction--;
            return field;
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
