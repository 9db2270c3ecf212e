using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;
using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>
/// Tags a plan written the old way (issue 4, <c>POST /api/plans/tag</c>, <c>thidua tag</c>, the TAG-MISSING fix): the parts
/// the plan model recognises are wrapped in the content controls of <c>shared/spec/plan-schema.md</c> — header, cơ quan,
/// số (its number bound to the custom XML part), địa danh - ngày tháng (place and date bound), tên loại and trích yếu,
/// each mục, the chỉ tiêu list or table with one control per line or row, Nơi nhận and chữ ký — and the custom XML part is
/// filled from the text. Text and formatting stay as they were: elements are moved into controls, runs are split only
/// where a control starts or ends inside them. Parts already tagged are left alone; a part that cannot be wrapped
/// without changing the document is skipped and named in the result.
/// </summary>
public static class PlanTagger
{
    /// <summary>Tags <paramref name="package"/> (.docx bytes) and returns the tagged package.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked as the plan is read).</exception>
    public static (byte[] Docx, TaggingResult Result) Tag(byte[] package, PackageLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var editable = DocxLoader.OpenEditable(package, limits);
        TaggingResult result;
        try
        {
            result = Tag(editable.Document, cancellationToken);
        }
        catch (Exception ex) when (DocxLoader.AsInputException(ex) is { } input)
        {
            throw input;
        }
        return (editable.ToArray(), result);
    }

    /// <summary>Tags an editable document in place.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked as the plan is read).</exception>
    public static TaggingResult Tag(WordprocessingDocument document, CancellationToken cancellationToken = default)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The main document part has no body.");
        var model = DocxReader.Read(document, cancellationToken);
        var plan = PlanRecognizer.Recognize(model);
        var itemId = PlanDataPart.Find(main)?.CustomXmlPropertiesPart?.DataStoreItem?.ItemId?.Value ?? PlanDataPart.NewItemId();
        var paragraphs = BodyParagraphs.Locate(body, model);
        if (paragraphs is null)
            return new TaggingResult([], ["Không đối chiếu được các đoạn của văn bản với nội dung đã đọc; văn bản được giữ nguyên."], itemId);

        var targets = PlanTargetReader.Read(plan).Targets;
        var session = new Session(plan, paragraphs, new ContentControls(NextId(body)), itemId);
        session.HeaderInline();
        session.HeaderBlock();
        session.Title();
        session.TargetList(targets);
        session.Sections();
        session.Closing();
        PlanDataPart.Write(main, PlanDataPart.ToXml(PlanMetadataReader.Read(plan), targets), itemId);
        PlaceholderParts.Write(main, session.Placeholders);
        main.Document.Save();
        return new TaggingResult(session.Added, session.Skipped, itemId);
    }

    /// <summary>An id above every content-control id already in the document.</summary>
    private static int NextId(Body body) =>
        Math.Max(100000, body.Descendants<SdtId>().Select(i => Numbers.Int(i.Val) ?? 0).DefaultIfEmpty(0).Max() + 1);

    private sealed class Session(PlanDocument plan, IReadOnlyList<Paragraph> paragraphs, ContentControls controls, string itemId)
    {
        public List<string> Added { get; } = [];
        public List<string> Skipped { get; } = [];
        public IReadOnlyDictionary<string, string> Placeholders => controls.Placeholders;

        private PlanHeader Header => plan.Header;

        private bool Has(string tag) => plan.Tags.ContainsKey(tag);

        private void Done(bool wrapped, string tag, string part)
        {
            if (wrapped) Added.Add(tag);
            else Skipped.Add($"Không gắn được thẻ {tag} cho phần “{part}” mà không thay đổi văn bản.");
        }

        public void HeaderInline()
        {
            var agency = Header.ParentAgency.Concat(Header.IssuingAuthority).ToList();
            if (agency.Count > 0 && !Has(PlanTags.Agency)) Done(Agency(agency), PlanTags.Agency, "Cơ quan ban hành");

            // An element broken over two paragraphs cannot sit in one inline control.
            if (Header.DocumentNumber is { } number && !Has(PlanTags.Number))
            {
                var p = paragraphs[number.Paragraph];
                if (number.Symbol is not null && number.NumberSpan is { Length: > 0 } n)
                    RunRange.Wrap(p, n.Start, n.Length, c => controls.BoundText(PlanDataPart.XPath("number"), itemId, c,
                        number.Number.Length == 0 ? ContentControls.BlankNumber : null));
                Done(!number.Segment.IsBroken && RunRange.Wrap(p, number.Segment.Start, number.Text.Length,
                        c => controls.Inline(PlanTags.Number, "Số, ký hiệu", c, locked: false)),
                    PlanTags.Number, "Số, ký hiệu");
            }

            if (Header.PlaceAndDate is { } placeDate && !Has(PlanTags.PlaceDate))
            {
                var p = paragraphs[placeDate.Paragraph];
                if (placeDate.PlaceSpan is { } place)
                    RunRange.Wrap(p, place.Start, place.Length, c => controls.BoundText(PlanDataPart.XPath("place"), itemId, c));
                if (placeDate.DateSpan is { } date)
                    RunRange.Wrap(p, date.Start, date.Length, c => controls.BoundDate(PlanDataPart.XPath("date"), itemId, placeDate.Date, c));
                Done(!placeDate.Segment.IsBroken && RunRange.Wrap(p, placeDate.Segment.Start, placeDate.Text.Length,
                        c => controls.Inline(PlanTags.PlaceDate, "Địa danh, ngày tháng", c, locked: false)),
                    PlanTags.PlaceDate, "Địa danh, ngày tháng");
            }
        }

        /// <summary>The cơ quan lines: inline when they share one paragraph, else a block around their paragraphs when those hold nothing else.</summary>
        private bool Agency(IReadOnlyList<TextSegment> lines)
        {
            var first = lines[0];
            var last = lines[^1];
            if (lines.All(l => l.Paragraph == first.Paragraph))
                return RunRange.Wrap(paragraphs[first.Paragraph], first.Start, last.Start + last.Text.Length - first.Start,
                    c => controls.Inline(PlanTags.Agency, "Cơ quan ban hành", c));
            var own = lines.GroupBy(l => l.Paragraph).All(g => string.Join("", g.Select(l => l.Text)).Replace(" ", "")
                == plan.Source.Paragraphs[g.Key].Text.Replace(" ", "").Replace("\n", ""));
            return own && BlockRange.Wrap(paragraphs[first.Paragraph], paragraphs[last.Paragraph],
                c => controls.Block(PlanTags.Agency, "Cơ quan ban hành", c));
        }

        public void HeaderBlock()
        {
            if (Has(PlanTags.Header)) return;
            var elements = new[] { Header.IssuingAuthority.FirstOrDefault(), Header.DocumentNumber?.Segment, Header.NationalTitle, Header.Motto, Header.PlaceAndDate?.Segment };
            if (elements.FirstOrDefault(e => e is not null) is not { } any) return;
            bool wrapped;
            if (Header.Layout == HeaderLayout.Table && paragraphs[any.Paragraph].Ancestors<Table>().LastOrDefault() is { } table)
                wrapped = BlockRange.Wrap(table, table, c => controls.Block(PlanTags.Header, "Phần đầu văn bản", c));
            else if (Header.DocumentType is { } type && type.Paragraph > Header.FirstParagraph)
                wrapped = BlockRange.Wrap(paragraphs[Header.FirstParagraph], paragraphs[type.Paragraph - 1],
                    c => controls.Block(PlanTags.Header, "Phần đầu văn bản", c));
            else wrapped = false;
            Done(wrapped, PlanTags.Header, "Phần đầu văn bản");
        }

        public void Title()
        {
            if (Has(PlanTags.Title) || Header.DocumentType is not { } type) return;
            var last = Math.Max(type.Paragraph, Header.LastParagraph);
            Done(BlockRange.Wrap(paragraphs[type.Paragraph], paragraphs[last], c => controls.Block(PlanTags.Title, "Tên loại, trích yếu", c)),
                PlanTags.Title, "Tên loại, trích yếu");
        }

        /// <summary>
        /// The chỉ tiêu: the table holding them, one row control per row with a coded chỉ tiêu; or the longest run of
        /// consecutive paragraphs that each hold one, one block control per line.
        /// </summary>
        public void TargetList(IReadOnlyList<Target> targets)
        {
            if (Has(PlanTags.KpiTable) || targets.Count == 0) return;
            var byParagraph = targets.Where(t => t.Source.Paragraph >= 0).GroupBy(t => t.Source.Paragraph)
                .ToDictionary(g => g.Key, g => g.FirstOrDefault(t => t.Code.Length > 0)?.Code ?? "");
            var inTables = byParagraph.Keys.Where(i => plan.Source.Paragraphs[i].Cell is not null).ToList();
            if (inTables.Count * 2 > byParagraph.Count)
            {
                TargetTable(byParagraph, inTables);
                return;
            }
            var run = LongestRun(byParagraph.Keys.Where(i => plan.Source.Paragraphs[i].Cell is null).Order().ToList());
            if (run.Count < 2) return;
            if (plan.Headings.Any(h => h.Level == HeadingLevel.Section && h.Paragraph > run[0] && h.Paragraph <= run[^1])) return;
            var wrapped = BlockRange.Wrap(paragraphs[run[0]], paragraphs[run[^1]], c => controls.Block(PlanTags.KpiTable, "Chỉ tiêu thi đua", c));
            Done(wrapped, PlanTags.KpiTable, "Chỉ tiêu thi đua");
            if (!wrapped) return;
            for (var k = 0; k < run.Count; k++)
            {
                var code = byParagraph[run[k]];
                if (code.Length == 0) continue;
                var label = LineLabel(run[k]) ?? (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var p = paragraphs[run[k]];
                if (BlockRange.Wrap(p, p, c => controls.Block(PlanTags.KpiPrefix + code, $"Chỉ tiêu {label}", c))) Added.Add(PlanTags.KpiPrefix + code);
            }
        }

        private void TargetTable(Dictionary<int, string> byParagraph, List<int> inTables)
        {
            var table = paragraphs[inTables[0]].Ancestors<Table>().Last();
            if (!BlockRange.Wrap(table, table, c => controls.Block(PlanTags.KpiTable, "Chỉ tiêu thi đua", c)))
            {
                Done(false, PlanTags.KpiTable, "Chỉ tiêu thi đua");
                return;
            }
            Added.Add(PlanTags.KpiTable);
            var rows = inTables.Where(i => byParagraph[i].Length > 0)
                .Select(i => (Row: paragraphs[i].Ancestors<TableRow>().First(), Code: byParagraph[i]))
                .Where(r => r.Row.Parent is Table t && t == table).DistinctBy(r => r.Row).ToList();
            var number = 0;
            foreach (var (row, code) in rows)
            {
                number++;
                BlockRange.WrapRow(row, r => controls.Row(PlanTags.KpiPrefix + code, $"Chỉ tiêu {number}", r));
                Added.Add(PlanTags.KpiPrefix + code);
            }
        }

        /// <summary>The list label of a chỉ tiêu line (<c>2.1</c>), from its typed or automatic numbering.</summary>
        private string? LineLabel(int paragraph)
        {
            var label = plan.Headings.FirstOrDefault(h => h.Paragraph == paragraph)?.Label ?? plan.Source.Paragraphs[paragraph].Numbering?.Label;
            return string.IsNullOrWhiteSpace(label) ? null : label.Trim().TrimEnd('.', ')');
        }

        private static List<int> LongestRun(List<int> sorted)
        {
            var best = new List<int>();
            var current = new List<int>();
            foreach (var i in sorted)
            {
                if (current.Count > 0 && i != current[^1] + 1) current = [];
                current.Add(i);
                if (current.Count > best.Count) best = [.. current];
            }
            return best;
        }

        /// <summary>Each mục from its heading to the element before the next mục, the last one up to the closing sentence or table.</summary>
        public void Sections()
        {
            var parts = plan.Headings.Where(h => h.Level == HeadingLevel.Section && plan.Source.Paragraphs[h.Paragraph].Cell is null).ToList();
            var ids = new SectionIds();
            for (var k = 0; k < parts.Count; k++)
            {
                var heading = parts[k];
                var id = ids.For(heading.Title);
                if (plan.Source.Paragraphs[heading.Paragraph].ContentControls.Any(i => plan.Source.ContentControls[i].Tag.StartsWith(PlanTags.SectionPrefix, StringComparison.Ordinal)))
                    continue;
                var first = paragraphs[heading.Paragraph];
                var last = k + 1 < parts.Count ? paragraphs[parts[k + 1].Paragraph].PreviousSibling() : EndOfBody(first);
                var tag = PlanTags.SectionPrefix + id;
                var alias = $"{heading.Label} {heading.Title}";
                Done(last is not null && BlockRange.Wrap(first, last, c => controls.Block(tag, alias, c)), tag, alias);
            }
        }

        /// <summary>The last element of the last mục: before the closing sentence (<c>Trên đây là…</c>), the closing table, or the section properties.</summary>
        private OpenXmlElement? EndOfBody(OpenXmlElement first)
        {
            OpenXmlElement? end = null;
            for (var e = first; e is not null && e is not SectionProperties; e = e.NextSibling())
            {
                if (IsClosing(e)) break;
                end = e;
            }
            return end;
        }

        private bool IsClosing(OpenXmlElement e)
        {
            if (e is Paragraph p && TextKey.Fold(RunText.Of(p)).StartsWith("TREN DAY LA", StringComparison.Ordinal)) return true;
            var closing = new[] { plan.Recipients?.Label.Paragraph, plan.Signature?.FirstParagraph }.Where(i => i is >= 0).Select(i => paragraphs[i!.Value]);
            return closing.Any(c => c == e || c.Ancestors().Contains(e));
        }

        public void Closing()
        {
            if (plan.Recipients is { } recipients && !Has(PlanTags.Recipients))
            {
                var last = recipients.Items.Count > 0 ? recipients.Items[^1].Paragraph : recipients.Label.Paragraph;
                Done(BlockRange.Wrap(paragraphs[recipients.Label.Paragraph], paragraphs[last], c => controls.Block(PlanTags.Recipients, "Nơi nhận", c)),
                    PlanTags.Recipients, "Nơi nhận");
            }
            if (plan.Signature is { } signature && !Has(PlanTags.Signature))
                Done(BlockRange.Wrap(paragraphs[signature.FirstParagraph], paragraphs[signature.LastParagraph], c => controls.Block(PlanTags.Signature, "Chữ ký", c)),
                    PlanTags.Signature, "Chữ ký");
        }
    }
}
