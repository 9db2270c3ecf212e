namespace ThiDua.Plans.Model;

/// <summary>How the two-column header is laid out.</summary>
public enum HeaderLayout
{
    /// <summary>A (usually borderless) two-column table — the usual way.</summary>
    Table,
    /// <summary>Paragraphs whose columns are set with tab stops: looks right in Word.</summary>
    TabStops,
    /// <summary>Elements in text boxes: a line of text Word may move; reported by HDR-LAYOUT.</summary>
    TextBox,
    /// <summary>A picture of the header: nothing can be read; reported by HDR-LAYOUT.</summary>
    Picture,
    /// <summary>Plain stacked paragraphs, or no header at all.</summary>
    Paragraphs,
}

/// <summary>How a line under a header element is drawn.</summary>
public enum LineKind
{
    /// <summary>The bottom border of the element's paragraph or of an (otherwise empty) paragraph under it.</summary>
    Border,
    /// <summary>A drawn straight line or connector.</summary>
    Drawing,
    /// <summary>The text itself is underlined.</summary>
    Underline,
    /// <summary>A row of underscores or hyphens typed as text (not accepted by Nghị định 30).</summary>
    TypedCharacters,
}

/// <summary>A line under a header element (Phụ lục I, Mục II.1c, 2b, 5b).</summary>
/// <param name="Kind">How it is drawn.</param>
/// <param name="Paragraph">The paragraph that carries it.</param>
/// <param name="WidthTwips">Its length in twips (estimated from the text for an underline).</param>
/// <param name="Solid">True for a solid single line (Nghị định 30 wants a liền nét line).</param>
public sealed record HeaderLine(LineKind Kind, int Paragraph, int WidthTwips, bool Solid);

/// <summary>
/// The administrative header — <em>phần đầu văn bản</em>: the elements of Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.1–5, each
/// null (or empty) when the plan lacks it.
/// </summary>
/// <param name="Layout">How the two columns are built.</param>
/// <param name="ParentAgency">Cơ quan chủ quản lines (<c>UBND HUYỆN YÊN DŨNG</c>), empty when none.</param>
/// <param name="IssuingAuthority">Cơ quan ban hành — <em>tên cơ quan, tổ chức ban hành</em> lines (<c>ỦY BAN NHÂN DÂN</c> / <c>XÃ TRÍ YÊN</c>).</param>
/// <param name="DocumentNumber">Số, ký hiệu (<c>Số: 16/KH-UBND</c>), parsed.</param>
/// <param name="NationalTitle">Quốc hiệu.</param>
/// <param name="Motto">Tiêu ngữ.</param>
/// <param name="PlaceAndDate">Địa danh và thời điểm ban hành, parsed.</param>
/// <param name="DocumentType">Tên loại (<c>KẾ HOẠCH</c>).</param>
/// <param name="Subject">Trích yếu lines.</param>
/// <param name="AgencyLine">The line under the cơ quan ban hành.</param>
/// <param name="MottoLine">The line under the Tiêu ngữ.</param>
/// <param name="SubjectLine">The line under the trích yếu.</param>
/// <param name="FirstParagraph">First paragraph of the header.</param>
/// <param name="LastParagraph">Last paragraph of the header (the trích yếu's line included); -1 when there is no header.</param>
/// <param name="LeftColumnWidthTwips">Width of the left column (table cell or tab zone), twips; 0 when unknown.</param>
/// <param name="RightColumnWidthTwips">Width of the right column, twips; 0 when unknown.</param>
public sealed record PlanHeader(
    HeaderLayout Layout,
    IReadOnlyList<TextSegment> ParentAgency,
    IReadOnlyList<TextSegment> IssuingAuthority,
    DocumentNumber? DocumentNumber,
    TextSegment? NationalTitle,
    TextSegment? Motto,
    PlaceAndDate? PlaceAndDate,
    TextSegment? DocumentType,
    IReadOnlyList<TextSegment> Subject,
    HeaderLine? AgencyLine,
    HeaderLine? MottoLine,
    HeaderLine? SubjectLine,
    int FirstParagraph,
    int LastParagraph,
    int LeftColumnWidthTwips,
    int RightColumnWidthTwips)
{
    /// <summary>The marks of urgency, secrecy and circulation written in the header (Mục III.2), in order; empty when none.</summary>
    public IReadOnlyList<HeaderMark> Marks { get; init; } = [];

    /// <summary>The issuing authority as one line (its lines joined by a space); empty when none.</summary>
    public string IssuingAuthorityText => string.Join(" ", IssuingAuthority.Select(s => s.Text));

    /// <summary>The parent agency as one line (its lines joined by a space); empty when none.</summary>
    public string ParentAgencyText => string.Join(" ", ParentAgency.Select(s => s.Text));

    /// <summary>The trích yếu as one line (its lines joined by a space); empty when none.</summary>
    public string SubjectText => string.Join(" ", Subject.Select(s => s.Text)).Trim();

    /// <summary>The header's elements that are written, for a check over all of them.</summary>
    public IEnumerable<TextSegment> Elements => ParentAgency.Concat(IssuingAuthority)
        .Append(DocumentNumber?.Segment).Append(NationalTitle).Append(Motto).Append(PlaceAndDate?.Segment).Append(DocumentType)
        .Concat(Subject).OfType<TextSegment>();
}
