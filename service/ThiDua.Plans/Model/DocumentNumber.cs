namespace ThiDua.Plans.Model;

/// <summary>A stretch of a paragraph's <see cref="ThiDua.Docx.Model.DocParagraph.Text"/>: where a parsed part of an element is written.</summary>
/// <param name="Start">Offset of its first character in the paragraph's text.</param>
/// <param name="Length">Its length in characters (0 for a part left blank with nothing typed).</param>
public readonly record struct TextSpan(int Start, int Length);

/// <summary>
/// Số, ký hiệu — <em>DocumentNumber</em> (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.3): <c>Số: 16/KH-UBND</c> as the plan
/// writes it, parsed once by recognition. The word <c>Số</c>, a colon, the number (blank while văn thư has not assigned
/// it), a slash and the ký hiệu, whose first group names the document type (<c>KH</c>, Phụ lục III).
/// </summary>
/// <param name="Segment">The element's text and runs (two lines joined by <c>\n</c> when the plan breaks it).</param>
/// <param name="Label">The word before the number as written (<c>Số</c>, <c>SỐ</c>); empty when missing.</param>
/// <param name="Colon">The punctuation after the word as written (<c>:</c>, <c>.</c>), empty when none.</param>
/// <param name="Number">The number as written (<c>16</c>, <c>05</c>); empty when left blank (spaces, dots, an ellipsis).</param>
/// <param name="Year">The year of a numbered-by-year document (<c>15/2020/NQ-HĐND</c> → <c>2020</c>); empty otherwise.</param>
/// <param name="Symbol">The ký hiệu read (<c>KH-UBND</c>): its groups joined by <c>-</c> without spaces, dashes read as
/// hyphens; null when there is no slash.</param>
/// <param name="SymbolAsWritten">The ký hiệu as written (<c>KH - UBND</c>, <c>KH–UBND</c>); empty when none.</param>
/// <param name="SpacedSlash">True when a number is written and a space stands beside its slash (<c>16 / KH</c>).</param>
/// <param name="NumberSpan">Where the number (or the blank left for it) is written in the segment's paragraph; null when the
/// element is broken over two paragraphs.</param>
public sealed record DocumentNumber(
    TextSegment Segment, string Label, string Colon, string Number, string Year, string? Symbol, string SymbolAsWritten,
    bool SpacedSlash, TextSpan? NumberSpan)
{
    /// <summary>The paragraph that holds the element (its first line).</summary>
    public int Paragraph => Segment.Paragraph;

    /// <summary>The element's text as written.</summary>
    public string Text => Segment.Text;

    /// <summary>True when the number is left blank for văn thư (<c>Số:      /KH-UBND</c>).</summary>
    public bool IsBlank => Number.Length == 0 && Symbol is not null;

    /// <summary>The first group of the ký hiệu, the document type's abbreviation (<c>KH</c>); empty when there is no ký hiệu.</summary>
    public string TypeSymbol => Symbol is null ? "" : Symbol.Split('-', 2)[0];
}
