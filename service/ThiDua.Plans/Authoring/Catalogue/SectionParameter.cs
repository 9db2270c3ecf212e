namespace ThiDua.Plans.Authoring.Catalogue;

/// <summary>A parameter a catalogue section takes, named as in the render request.</summary>
/// <param name="Name">The request field, e.g. <c>year</c>.</param>
/// <param name="Description">What it is, in Vietnamese.</param>
public sealed record SectionParameter(string Name, string Description)
{
    /// <summary>The unit profile (đơn vị ban hành).</summary>
    public static readonly SectionParameter Unit = new("unit", "Đơn vị ban hành: tên, cơ quan chủ quản, địa danh, ký hiệu, người ký, nơi nhận");
    /// <summary>The plan's year.</summary>
    public static readonly SectionParameter Year = new("year", "Năm của kế hoạch");
    /// <summary>The trích yếu.</summary>
    public static readonly SectionParameter Subject = new("subject", "Trích yếu của kế hoạch, viết hoa chữ cái đầu");
    /// <summary>The số, blank by default.</summary>
    public static readonly SectionParameter Number = new("number", "Số của văn bản; để trống để văn thư ghi sau khi ký");
    /// <summary>The date, blank by default.</summary>
    public static readonly SectionParameter Date = new("date", "Ngày ban hành; để trống để ghi sau khi ký");
    /// <summary>The chỉ tiêu.</summary>
    public static readonly SectionParameter Targets = new("targets", "Các chỉ tiêu thi đua (mã, tên chỉ tiêu, lĩnh vực, so sánh, giá trị, đơn vị tính); để trống dùng các chỉ tiêu định tính thường gặp");
    /// <summary>The heading before the insertion point.</summary>
    public static readonly SectionParameter PreviousHeading = new("previousHeading", "Đề mục La Mã đứng trước vị trí chèn (ví dụ “II.”), để đánh số tiếp theo");
}
