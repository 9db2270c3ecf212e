using ThiDua.Data.Queries;
using ThiDua.Data.Units;
using ThiDua.Plans.Kpis;

namespace ThiDua.Data.Export;

/// <summary>The query results of the API laid out as export tables, with Vietnamese column titles.</summary>
public static class ExportTables
{
    /// <summary>KPI records (<c>GET /api/kpis</c>).</summary>
    public static ExportTable Kpis(IEnumerable<KpiRow> rows) => new("chi-tieu",
    [
        "Năm", "Đơn vị ban hành", "Số", "Ký hiệu", "Phiên bản",
        "Mã chỉ tiêu", "Chỉ tiêu", "Lĩnh vực", "So sánh", "Năm mục tiêu", "Mức chỉ tiêu", "Giá trị như viết", "Giá trị",
        "Giá trị tối đa", "So với", "Tổng số (mẫu số)", "Đơn vị tính", "Giá trị quy đổi", "Giá trị tối đa quy đổi",
        "Đơn vị quy đổi", "Định tính", "Câu nguồn", "Vị trí", "Căn cứ: đề mục", "Căn cứ: từ ngữ", "Căn cứ: cột bảng",
        "Mã kế hoạch",
    ],
    rows.Select(k => new object?[]
    {
        k.Year, k.UnitName, k.DocumentNumber, k.Symbol, k.Version, k.Code, k.Label, k.Sector, ComparatorText.Of(k.Comparator),
        k.TargetYear, TargetText.Value(k.Comparator, k.Value, k.ValueMax, k.Unit, k.Base, k.Total), k.ValueAsWritten, k.Value,
        k.ValueMax, k.Base, k.Total, k.Unit, k.NormalizedValue, k.NormalizedValueMax, k.NormalizedUnit,
        k.Qualitative ? "có" : "không", k.Source.Sentence, k.Source.Location, k.Evidence.Heading, k.Evidence.Wording,
        k.Evidence.Column, k.PlanId,
    }).ToList());

    /// <summary>Indicator summaries (<c>GET /api/kpis/summary</c>), without the per-unit points.</summary>
    public static ExportTable Summary(IEnumerable<IndicatorSummary> rows) => new("tong-hop-chi-tieu",
    [
        "Mã chỉ tiêu", "Chỉ tiêu", "Lĩnh vực", "Đơn vị tính", "So sánh", "Năm mục tiêu", "So với",
        "Số đơn vị báo cáo", "Số bản ghi",
        "Nhỏ nhất", "Trung vị", "Lớn nhất",
        "Tổng",
    ],
    rows.Select(s => new object?[]
    {
        s.Code, s.Label, s.Sector, s.Unit, ComparatorText.Of(s.Comparator), s.TargetYear, s.Base, s.UnitsReporting, s.Records,
        s.Min, s.Median, s.Max, s.Sum,
    }).ToList());

    /// <summary>Plans (<c>GET /api/plans</c>).</summary>
    public static ExportTable Plans(IEnumerable<PlanRow> rows) => new("ke-hoach",
    [
        "Mã kế hoạch", "Năm", "Đơn vị ban hành", "Số", "Ký hiệu",
        "Trích yếu", "Ngày ban hành", "Người ký", "Phiên bản hiện hành",
        "Số phiên bản", "Số chỉ tiêu", "Tệp", "Thời điểm gửi (giờ Việt Nam)",
    ],
    rows.Select(p => new object?[]
    {
        p.Id, p.Year, p.UnitName, p.DocumentNumber, p.Symbol, p.Subject, p.SignedDate, p.SignerName, p.CurrentVersion, p.Versions,
        p.KpiCount, p.FileName, p.SubmittedAt,
    }).ToList());

    /// <summary>Coverage of a year (<c>GET /api/units/coverage</c>).</summary>
    public static ExportTable Coverage(int year, IEnumerable<CoverageRow> rows) => new($"tinh-hinh-gui-{year}",
    [
        "Đơn vị ban hành", "Cấp", "Huyện", "Đã gửi", "Mã kế hoạch", "Số", "Ký hiệu",
        "Phiên bản hiện hành", "Số phiên bản",
        "Số chỉ tiêu", "Thời điểm gửi (giờ Việt Nam)",
    ],
    rows.Select(c => new object?[]
    {
        c.UnitName, c.Level, c.District, c.Submitted ? "đã gửi" : "chưa gửi", c.PlanId, c.DocumentNumber, c.Symbol, c.CurrentVersion,
        c.Versions, c.KpiCount, c.SubmittedAt,
    }).ToList());

    /// <summary>Unit profiles (<c>GET /api/units</c>).</summary>
    public static ExportTable Units(IEnumerable<UnitProfileView> rows) => new("don-vi",
    [
        "Mã đơn vị", "Tên đơn vị", "Cơ quan chủ quản", "Địa danh", "Ký hiệu", "Cấp",
        "Huyện", "Quyền hạn ký", "Chức vụ", "Người ký", "Nơi nhận",
    ],
    rows.Select(u => new object?[]
    {
        u.Id, u.Name, u.ParentBody, u.PlaceName, u.Symbol, u.Level, u.District, u.SignerAuthority, u.SignerTitle, u.SignerName,
        string.Join("; ", u.Recipients),
    }).ToList());
}
