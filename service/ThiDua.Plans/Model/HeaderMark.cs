namespace ThiDua.Plans.Model;

/// <summary>What a <see cref="HeaderMark"/> tells (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục III.2).</summary>
public enum HeaderMarkKind
{
    /// <summary>Độ khẩn — <c>HỎA TỐC</c>, <c>THƯỢNG KHẨN</c>, <c>KHẨN</c>.</summary>
    Urgency,
    /// <summary>Độ mật — <c>TUYỆT MẬT</c>, <c>TỐI MẬT</c>, <c>MẬT</c>.</summary>
    Secrecy,
    /// <summary>Chỉ dẫn phạm vi lưu hành — <c>XEM XONG TRẢ LẠI</c>, <c>LƯU HÀNH NỘI BỘ</c>.</summary>
    Circulation,
}

/// <summary>
/// A mark of urgency, secrecy or circulation — <em>dấu chỉ mức độ khẩn, mật, phạm vi lưu hành</em> (Phụ lục I, Mục III.2) —
/// written as a line of the header (<c>KHẨN</c> under the số, <c>LƯU HÀNH NỘI BỘ</c>), recognised by its words in any case
/// (<c>khẩn</c>, <c>Rất khẩn</c>); whether it is written as the decree writes it is for the rules to judge.
/// </summary>
/// <param name="Segment">The line.</param>
/// <param name="Kind">Urgency, secrecy or circulation.</param>
/// <param name="Wording">The decree's word the line reads as, ignoring case and marks (<c>khẩn</c> → <c>KHẨN</c>); null when
/// the line uses other words (<c>RẤT KHẨN</c>, <c>KHẨN CẤP</c>, <c>NỘI BỘ</c>).</param>
public sealed record HeaderMark(TextSegment Segment, HeaderMarkKind Kind, string? Wording)
{
    /// <summary>The paragraph that holds the mark.</summary>
    public int Paragraph => Segment.Paragraph;
}
