using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;
using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring.Ooxml;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>How a <see cref="TaggedRange"/> wraps its content.</summary>
public enum TaggedRangeKind
{
    /// <summary>Whole paragraphs and tables, from <see cref="TaggedRange.FirstParagraph"/> to <see cref="TaggedRange.LastParagraph"/>.</summary>
    Block,
    /// <summary>A stretch of one paragraph's text: <see cref="TaggedRange.Length"/> characters from <see cref="TaggedRange.Start"/>.</summary>
    Inline,
    /// <summary>One table row (a chỉ tiêu row's <c>thidua:kpi:&lt;code&gt;</c>); the Word API cannot make a row control.</summary>
    Row,
}

/// <summary>
/// One content control <see cref="PlanTagger"/> adds, placed in the document as it was before tagging, so that the pane
/// can create it in Word on the same range (<c>Range.insertContentControl</c>, WordApi 1.1) instead of replacing the
/// document. Paragraph indexes are the plan model's (<see cref="ParagraphLocator.BodyParagraphs"/>, the order of Word's
/// <c>body.paragraphs</c>); the text convention is the model's (<c>\t</c> tab, <c>\n</c> line break).
/// </summary>
/// <param name="Tag">The control's tag, e.g. <c>thidua:agency</c> (<c>shared/spec/plan-schema.md</c> § Tags).</param>
/// <param name="Title">The control's title (<c>w:alias</c>), e.g. <c>Cơ quan ban hành</c>.</param>
/// <param name="Kind">Block, inline or row.</param>
/// <param name="FirstParagraph">0-based index of the first paragraph the control holds.</param>
/// <param name="LastParagraph">0-based index of the last paragraph it holds (= <paramref name="FirstParagraph"/> for an inline control).</param>
/// <param name="Start">For an inline control, the offset of its first character in the paragraph's text; 0 otherwise.</param>
/// <param name="Length">For an inline control, how many characters it holds; 0 otherwise.</param>
/// <param name="Text">For an inline control, the text it holds; for a block, the first paragraph's text.</param>
/// <param name="Locked">True when the officer may edit inside but not delete the control (<c>w:lock="sdtLocked"</c>).</param>
public sealed record TaggedRange(string Tag, string Title, TaggedRangeKind Kind, int FirstParagraph, int LastParagraph, int Start, int Length, string Text, bool Locked);

/// <summary>
/// What tagging a plan in place needs (<c>POST /api/plans/tag/controls</c>): the controls to create, the parts that could
/// not be tagged, and the plan's custom XML part to write (one per plan).
/// </summary>
/// <param name="Controls">The controls <see cref="PlanTagger"/> adds, in document order (an outer control before the controls inside it).</param>
/// <param name="Skipped">Parts recognised but not taggable without changing the document, in Vietnamese.</param>
/// <param name="PlanXml">The content of the plan's custom XML part (<c>urn:thidua:plan:1</c>), filled from the text.</param>
public sealed record InPlaceTagging(IReadOnlyList<TaggedRange> Controls, IReadOnlyList<string> Skipped, string PlanXml);

/// <summary>
/// Tags a plan as <see cref="PlanTagger"/> does and reports the controls it added as ranges of the untagged document
/// (<see cref="TaggedRange"/>). The tagger moves elements into controls without changing any paragraph's text, so every
/// paragraph keeps its index and every inline control its offsets.
/// </summary>
public static class InPlaceTagger
{
    /// <summary>The controls to create in <paramref name="package"/> (.docx bytes) and the plan's data.</summary>
    /// <param name="package">The untagged .docx.</param>
    /// <param name="limits">The package guard's limits; the defaults when null.</param>
    /// <param name="cancellationToken">Checked while tagging (per block, as <see cref="PlanTagger"/> does) and per control placed.</param>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public static InPlaceTagging Plan(byte[] package, PackageLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var before = ControlIds(package, limits);
        cancellationToken.ThrowIfCancellationRequested();
        var (tagged, result) = PlanTagger.Tag(package, limits, cancellationToken);
        using var stream = new MemoryStream(tagged, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var index = ParagraphLocator.BodyParagraphs(body).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var controls = new List<TaggedRange>();
        foreach (var sdt in body.Descendants().Where(e => e is SdtBlock or SdtRun or SdtRow))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var props = sdt.GetFirstChild<SdtProperties>();
            var tag = props?.GetFirstChild<Tag>()?.Val?.Value;
            var id = Numbers.Int(props?.GetFirstChild<SdtId>()?.Val);
            if (tag is null || id is null || before.Contains(id.Value)) continue;
            var title = props!.GetFirstChild<SdtAlias>()?.Val?.Value ?? "";
            var locked = props.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()?.Val?.InnerText == "sdtLocked";
            if (sdt is SdtRun run)
            {
                var paragraph = run.Ancestors<Paragraph>().First();
                var start = OffsetIn(paragraph, run);
                var text = RunText.Of(run);
                controls.Add(new TaggedRange(tag, title, TaggedRangeKind.Inline, index[paragraph], index[paragraph], start, text.Length, text, locked));
                continue;
            }
            var inside = sdt.Descendants<Paragraph>().Where(index.ContainsKey).ToList();
            if (inside.Count == 0) continue;
            controls.Add(new TaggedRange(tag, title, sdt is SdtRow ? TaggedRangeKind.Row : TaggedRangeKind.Block,
                index[inside[0]], index[inside[^1]], 0, 0, RunText.Of(inside[0]), locked));
        }
        var xml = PlanDataPart.Find(main) is { } part ? ReadPart(part) : "";
        return new InPlaceTagging(controls, result.Skipped, xml);
    }

    /// <summary>The ids of the content controls already in the package.</summary>
    private static HashSet<int> ControlIds(byte[] package, PackageLimits? limits)
    {
        using var editable = DocxLoader.OpenEditable(package, limits);
        return editable.Document.MainDocumentPart?.Document?.Body?.Descendants<SdtId>().Select(i => Numbers.Int(i.Val) ?? int.MinValue).ToHashSet() ?? [];
    }

    /// <summary>The offset of <paramref name="element"/>'s first character in its paragraph's text.</summary>
    private static int OffsetIn(Paragraph paragraph, OpenXmlElement element)
    {
        var offset = 0;
        return Walk(paragraph) ? offset : throw new InvalidOperationException("The control is not inside its paragraph.");

        bool Walk(OpenXmlElement parent)
        {
            foreach (var child in parent.ChildElements)
            {
                if (child == element) return true;
                if (child.Descendants().Contains(element)) return Walk(child);
                offset += RunText.Of(child).Length;
            }
            return false;
        }
    }

    private static string ReadPart(CustomXmlPart part)
    {
        using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read));
        return reader.ReadToEnd();
    }
}
