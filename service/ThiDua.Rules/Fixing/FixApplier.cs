using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Reading;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Font;
using ThiDua.Vietnamese.Legacy;
using ThiDua.Rules.Tables;
using ThiDua.Rules.Tags;
using ThiDua.Rules.TextChecks;

namespace ThiDua.Rules.Fixing;

/// <summary>
/// Applies <see cref="Fix"/>es to an editable package with Open XML — the service's counterpart of the pane's in-place
/// Word API fixes. Formatting is written as direct formatting on the runs and paragraph of the finding; text replacements
/// see through split runs; page fixes set <c>w:pgSz</c>/<c>w:pgMar</c> on every section (1 mm = 56.7 twips).
/// </summary>
public static class FixApplier
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Applies <paramref name="fixes"/> in order; returns how many were applied (a text replacement whose text is gone is
    /// skipped). Consecutive replacements in one paragraph are applied together (<see cref="TextReplacer"/>), so the work is
    /// linear in the document and the number of fixes however long a paragraph is.
    /// </summary>
    /// <param name="document">An editable package.</param>
    /// <param name="fixes">The fixes, in the order of their findings.</param>
    /// <param name="cancellationToken">Checked before each fix.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static int Apply(WordprocessingDocument document, IEnumerable<Fix> fixes, CancellationToken cancellationToken = default)
    {
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return 0;
        var paragraphs = ParagraphLocator.BodyParagraphs(body);
        var all = fixes.ToList();
        var done = new bool[all.Count];
        var pending = new PendingReplacements(paragraphs, done);
        EffectiveFormatting? formatting = null;
        for (var i = 0; i < all.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fix = all[i];
            if (fix.Kind is EmptyParagraphRule.RemoveEmptyParagraphs or MissingTagsRule.WrapTags) continue;
            if (fix.Kind == UnicodeNormalFormRule.NormalizeNfc) { pending.Flush(); done[i] = NormalizeNfc(document); }
            if (fix.Page is { } page) done[i] |= ApplyPage(body, page);
            if (fix.Paragraph < 0 || fix.Paragraph >= paragraphs.Count) continue;
            var p = paragraphs[fix.Paragraph];
            if (fix.Kind == FontLegacyRule.ConvertKind)
            {
                pending.Flush();
                done[i] |= ConvertLegacy(p, formatting ??= new EffectiveFormatting(document.MainDocumentPart!));
            }
            if (fix.Kind is TableLayoutRule.BordersOff or TableLayoutRule.RepeatHeaderRow or TableLayoutRule.CenterNumberColumn)
            {
                pending.Flush();
                done[i] |= ApplyTable(p, fix.Kind);
            }
            foreach (var r in fix.Replace ?? []) pending.Add(fix.Paragraph, i, r);
            if (fix.Run is null && fix.ParagraphFormat is null) continue;
            pending.Flush();
            if (fix.Run is { } run) ApplyRun(p, run);
            if (fix.ParagraphFormat is { } pf) ApplyParagraph(p, pf);
            done[i] = true;
        }
        pending.Flush();
        var applied = done.Count(d => d);
        // Fixes that remove or wrap paragraphs come last, removals from the end, so earlier indices stay valid.
        foreach (var fix in all.Where(f => f.Kind == EmptyParagraphRule.RemoveEmptyParagraphs).OrderByDescending(f => f.Paragraph))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fix.Paragraph >= 0 && fix.Paragraph < paragraphs.Count && RemoveEmptyRun(paragraphs, fix.Paragraph)) applied++;
        }
        if (all.Any(f => f.Kind == MissingTagsRule.WrapTags))
        {
            document.MainDocumentPart!.Document!.Save();
            if (ThiDua.Plans.Authoring.Tagging.PlanTagger.Tag(document, cancellationToken).Added.Count > 0) applied++;
        }
        document.MainDocumentPart!.Document!.Save();
        return applied;
    }

    /// <summary>
    /// The text replacements waiting to be applied to one paragraph: gathered while fixes replace text in the same paragraph,
    /// applied in one <see cref="TextReplacer"/> pass when another paragraph or another kind of change comes.
    /// </summary>
    private sealed class PendingReplacements(IReadOnlyList<Paragraph> paragraphs, bool[] done)
    {
        private readonly List<(int Fix, TextReplacement Replacement)> waiting = [];
        private int paragraph = -1;

        public void Add(int paragraphIndex, int fix, TextReplacement replacement)
        {
            if (paragraphIndex != paragraph) Flush();
            paragraph = paragraphIndex;
            waiting.Add((fix, replacement));
        }

        public void Flush()
        {
            if (waiting.Count == 0) return;
            var applied = TextReplacer.Replace(paragraphs[paragraph], waiting.Select(w => w.Replacement).ToList());
            for (var i = 0; i < waiting.Count; i++) done[waiting[i].Fix] |= applied[i];
            waiting.Clear();
        }
    }

    /// <summary>
    /// Converts the runs of a paragraph typed in a legacy encoding (TCVN3 or VNI: by their font, or by text that decodes
    /// as such) to Unicode NFC, and sets Times New Roman on them (FONT-LEGACY).
    /// </summary>
    private static bool ConvertLegacy(Paragraph p, EffectiveFormatting formatting)
    {
        var changed = false;
        foreach (var run in ParagraphLocator.Runs(p).ToList())
        {
            var format = formatting.Of(p, run);
            var text = string.Concat(run.Elements<Text>().Select(t => t.Text));
            var encoding = LegacyEncoding.IsLegacyFont(format.HAnsiFont) is var byFont and not LegacyEncodingKind.None ? byFont
                : LegacyEncoding.IsLegacyFont(format.AsciiFont) is var byAscii and not LegacyEncodingKind.None ? byAscii
                : LegacyEncoding.LooksLikeMojibake(text);
            if (encoding == LegacyEncodingKind.None) continue;
            foreach (var t in run.Elements<Text>())
            {
                t.Text = LegacyEncoding.ToUnicode(t.Text, encoding).Normalize(NormalizationForm.FormC);
                t.Space = SpaceProcessingModeValues.Preserve;
            }
            SetRunProperties(run.RunProperties ??= new RunProperties(), new RunFormat(FontName: "Times New Roman"));
            changed = true;
        }
        return changed;
    }

    /// <summary>Removes the consecutive empty paragraphs from <paramref name="first"/> on (a paragraph holding a section break, a drawing or a border stays).</summary>
    private static bool RemoveEmptyRun(IReadOnlyList<Paragraph> paragraphs, int first)
    {
        var removed = false;
        for (var i = first; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var pPr = p.ParagraphProperties;
            var keeps = pPr?.SectionProperties is not null || pPr?.ParagraphBorders is not null
                || p.Descendants<Drawing>().Any() || p.Descendants<Break>().Any(b => b.Type?.InnerText == "page");
            if (keeps || p.Descendants<Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text))) break;
            p.Remove();
            removed = true;
        }
        return removed;
    }

    private static bool NormalizeNfc(WordprocessingDocument document)
    {
        var changed = false;
        foreach (var root in Stories(document))
            foreach (var t in root.Descendants<Text>())
                if (!t.Text.IsNormalized(NormalizationForm.FormC)) { t.Text = t.Text.Normalize(NormalizationForm.FormC); changed = true; }
        return changed;
    }

    private static IEnumerable<OpenXmlElement> Stories(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        if (main.Document?.Body is { } body) yield return body;
        foreach (var h in main.HeaderParts) if (h.Header is { } x) yield return x;
        foreach (var f in main.FooterParts) if (f.Footer is { } y) yield return y;
    }

    private static bool ApplyPage(Body body, PageFormat page)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        static uint Tw(double mm) => (uint)Math.Round(mm * 56.7);
        foreach (var s in sections)
        {
            if (page.WidthMm is not null || page.HeightMm is not null)
            {
                var size = s.GetFirstChild<PageSize>() ?? s.AppendChild(new PageSize());
                if (page.WidthMm is { } w) size.Width = Tw(w);
                if (page.HeightMm is { } h) size.Height = Tw(h);
            }
            var margin = s.GetFirstChild<PageMargin>();
            if (page.TopMm is null && page.BottomMm is null && page.LeftMm is null && page.RightMm is null) continue;
            margin ??= s.AppendChild(new PageMargin());
            if (page.TopMm is { } t) margin.Top = (int)Tw(t);
            if (page.BottomMm is { } b) margin.Bottom = (int)Tw(b);
            if (page.LeftMm is { } l) margin.Left = Tw(l);
            if (page.RightMm is { } r) margin.Right = Tw(r);
        }
        return sections.Count > 0;
    }

    /// <summary>
    /// TABLE-LAYOUT's fixes on the outermost table around <paramref name="p"/>: every border off (<c>w:tblBorders</c> all
    /// <c>nil</c>, cell borders removed), the first row repeated on each page (<c>w:tblHeader</c>), or the first column under
    /// the header row centred (<c>w:jc="center"</c>).
    /// </summary>
    private static bool ApplyTable(Paragraph p, string kind)
    {
        if (p.Ancestors<Table>().LastOrDefault() is not { } table) return false;
        var rows = table.Elements<TableRow>().ToList();
        switch (kind)
        {
            case TableLayoutRule.BordersOff:
                var tblPr = table.GetFirstChild<TableProperties>() ?? table.PrependChild(new TableProperties());
                Replace(tblPr, new TableBorders(
                    new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }));
                foreach (var cellBorders in table.Descendants<TableCellBorders>().Where(b => b.Ancestors<Table>().First() == table).ToList()) cellBorders.Remove();
                return true;
            case TableLayoutRule.RepeatHeaderRow:
                if (rows.Count == 0) return false;
                var trPr = rows[0].TableRowProperties ?? rows[0].PrependChild(new TableRowProperties());
                if (trPr.GetFirstChild<TableHeader>() is null) trPr.AppendChild(new TableHeader());
                return true;
            default:
                foreach (var row in rows.Skip(1))
                    if (row.Elements<TableCell>().FirstOrDefault() is { } cell)
                        foreach (var q in cell.Elements<Paragraph>()) ApplyParagraph(q, new ParagraphFormat(Alignment: "center"));
                return rows.Count > 1;
        }
    }

    private static void ApplyRun(Paragraph p, RunFormat f)
    {
        foreach (var run in ParagraphLocator.Runs(p))
        {
            var rPr = run.RunProperties ??= new RunProperties();
            SetRunProperties(rPr, f);
            if (f.AllCaps == true)
                foreach (var t in run.Elements<Text>()) t.Text = t.Text.ToUpper(Vietnamese);
        }
        var mark = (p.ParagraphProperties ??= new ParagraphProperties()).ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        SetRunProperties(mark, f);
    }

    /// <summary>Writes the members of <paramref name="f"/> into an <c>rPr</c>-shaped element, keeping schema order.</summary>
    private static void SetRunProperties(OpenXmlCompositeElement rPr, RunFormat f)
    {
        if (f.FontName is { } font)
            Replace(rPr, new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font });
        if (f.Bold is { } b) { Replace(rPr, new Bold { Val = OnOffValue.FromBoolean(b) }); Replace(rPr, new BoldComplexScript { Val = OnOffValue.FromBoolean(b) }); }
        if (f.Italic is { } i) { Replace(rPr, new Italic { Val = OnOffValue.FromBoolean(i) }); Replace(rPr, new ItalicComplexScript { Val = OnOffValue.FromBoolean(i) }); }
        if (f.Color is { } c) Replace(rPr, new Color { Val = c });
        if (f.SizePt is { } sz)
        {
            var half = ((int)Math.Round(sz * 2)).ToString(CultureInfo.InvariantCulture);
            Replace(rPr, new FontSize { Val = half });
            Replace(rPr, new FontSizeComplexScript { Val = half });
        }
        if (f.RemoveHighlight == true)
        {
            rPr.RemoveAllChildren<Highlight>();
            rPr.RemoveAllChildren<Shading>();
        }
        if (f.Underline is { } u) Replace(rPr, new Underline { Val = u ? UnderlineValues.Single : UnderlineValues.None });
    }

    /// <summary>Replaces the child of the same type, or inserts it where the schema's sequence wants it.</summary>
    private static void Replace<T>(OpenXmlCompositeElement parent, T element) where T : OpenXmlElement
    {
        var existing = parent.GetFirstChild<T>();
        if (existing is not null) { parent.ReplaceChild(element, existing); return; }
        parent.AddChild(element, throwOnError: false);
        if (element.Parent is null) parent.AppendChild(element);
    }

    private static void ApplyParagraph(Paragraph p, ParagraphFormat f)
    {
        var pPr = p.ParagraphProperties ??= new ParagraphProperties();
        if (f.Alignment is { } a)
            Replace(pPr, new Justification
            {
                Val = a switch { "center" => JustificationValues.Center, "right" => JustificationValues.Right, "justified" => JustificationValues.Both, _ => JustificationValues.Left },
            });
        if (f.FirstLineIndentCm is not null || f.LeftIndentCm is not null)
        {
            var ind = pPr.Indentation ?? new Indentation();
            if (f.FirstLineIndentCm is { } fl) { ind.Hanging = null; ind.FirstLine = Twips(fl * 567); }
            if (f.LeftIndentCm is { } li) { ind.Left = Twips(li * 567); ind.Start = null; }
            if (ind.Parent is null) Replace(pPr, ind);
        }
        if (f.SpaceBeforePt is not null || f.SpaceAfterPt is not null || f.LineSpacingLines is not null)
        {
            var sp = pPr.SpacingBetweenLines ?? new SpacingBetweenLines();
            if (f.SpaceBeforePt is { } sb) { sp.Before = Twips(sb * 20); sp.BeforeAutoSpacing = null; }
            if (f.SpaceAfterPt is { } sa) { sp.After = Twips(sa * 20); sp.AfterAutoSpacing = null; }
            if (f.LineSpacingLines is { } ls) { sp.Line = Twips(ls * 240); sp.LineRule = LineSpacingRuleValues.Auto; }
            if (sp.Parent is null) Replace(pPr, sp);
        }
    }

    private static string Twips(double value) => ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
}
