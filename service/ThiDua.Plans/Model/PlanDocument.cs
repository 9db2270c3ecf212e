using ThiDua.Docx.Model;

namespace ThiDua.Plans.Model;

/// <summary>
/// A plan — <em>kế hoạch</em> — recognised in a Word document: the header, the numbered parts of the body, the body's
/// running-text paragraphs, Nơi nhận and the signature, and the content controls by tag. Built by
/// <see cref="Recognition.PlanRecognizer"/> from layout and text, or from the <c>thidua:*</c> tags of
/// <c>shared/spec/plan-schema.md</c> where the plan has them.
/// </summary>
/// <param name="Source">The document as read.</param>
/// <param name="Header">Phần đầu.</param>
/// <param name="Headings">Numbered paragraphs of the body, in order: titles (<see cref="Heading.IsTitle"/>) and numbered running text.</param>
/// <param name="BodyParagraphs">Indices of the body's running-text paragraphs: outside tables, not empty, not a title —
/// numbered khoản without a title included.</param>
/// <param name="BodyStart">First paragraph after the header.</param>
/// <param name="BodyEnd">Last paragraph before the closing part.</param>
/// <param name="Recipients">Nơi nhận, or null when missing.</param>
/// <param name="Signature">The signature block, or null when missing.</param>
/// <param name="Tags">Content controls whose tag starts with <c>thidua:</c>, by tag.</param>
public sealed record PlanDocument(
    DocxDocument Source,
    PlanHeader Header,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<int> BodyParagraphs,
    int BodyStart,
    int BodyEnd,
    Recipients? Recipients,
    Signature? Signature,
    IReadOnlyDictionary<string, IReadOnlyList<DocContentControl>> Tags)
{
    /// <summary>The phụ lục after the closing part (Phụ lục I, Mục III.1), in order; empty when none.</summary>
    public IReadOnlyList<Appendix> Appendices { get; init; } = [];

    /// <summary>The line of ký hiệu người soạn thảo and số bản (Mục III.3, <c>PL.(300)</c>), or null when none.</summary>
    public DrafterMark? Drafter { get; init; }

    /// <summary>The lines of the issuing body's address, telephone, e-mail, website (Mục III.4) after the closing part; empty when none.</summary>
    public IReadOnlyList<TextSegment> ContactLines { get; init; } = [];

    /// <summary>
    /// The <em>căn cứ ban hành</em> under the trích yếu, in order (<see cref="Recognition.BasisRecognizer"/>); empty when the plan
    /// cites none. Their paragraphs are also running text (<see cref="BodyParagraphs"/>).
    /// </summary>
    public IReadOnlyList<BasisLine> Basis { get; init; } = [];

    /// <summary>The paragraph at <paramref name="index"/>.</summary>
    public DocParagraph this[int index] => Source.Paragraphs[index];

    /// <summary>The innermost <c>thidua:</c> tag around a paragraph, or null.</summary>
    public string? TagOf(int paragraph)
    {
        if (paragraph < 0 || paragraph >= Source.Paragraphs.Count) return null;
        return Source.Paragraphs[paragraph].ContentControls
            .Select(i => Source.ContentControls[i].Tag)
            .LastOrDefault(t => t.StartsWith(Standard.PlanTags.Prefix, StringComparison.Ordinal));
    }

    /// <summary>True when the plan carries any <c>thidua:</c> content control.</summary>
    public bool IsTagged => Tags.Count > 0;
}
