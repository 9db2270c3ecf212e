using ThiDua.Plans.Kpis;
using ThiDua.Plans.Standard;

namespace ThiDua.Data.Queries;

/// <summary>
/// When adding the targets of several units gives a meaningful total (<c>plan-schema.md</c>: aggregation only adds records
/// with the same code, unit and comparator). A sum is meaningful for extensive quantities — counts of people, households,
/// schools, amounts of money, tonnes, hectares — whatever the direction of the comparator (the sum of floors is the
/// district's floor, the sum of caps its cap), and never for rates and averages: <c>%</c>, <c>‰</c>, <c>tạ/ha</c>, any
/// <c>x/y</c> unit, or an indicator that is an average or a ratio (<c>bình quân</c>, <c>đầu người</c>, <c>tỷ lệ</c>,
/// <c>năng suất</c>) even when its unit is money (<c>Thu nhập bình quân đầu người … đồng</c>). Changes of an extensive
/// quantity add up among themselves (<c>tăng 80 hộ</c> in two communes: the district's 160 more); spans and multiples never
/// do (a sum of spans is no target anyone set, a sum of factors means nothing). Qualitative records (no comparator and no
/// value) have nothing to add.
/// </summary>
public static class Summation
{
    /// <summary>Base units of extensive quantities (NFC, as <see cref="ThiDua.Plans.Kpis.KpiUnits.BaseUnit"/> gives them).</summary>
    public static readonly IReadOnlySet<string> AdditiveUnits = new HashSet<string>(
    [
        "đồng", "người", "lao động", "hộ", "trường", "tấn", "ha", "km", "m", "m²", "m³", "học sinh", "hội viên", "đảng viên",
        "công trình", "cơ sở", "doanh nghiệp", "hợp tác xã", "lượt", "lớp", "phòng", "thôn", "con", "cái", "chiếc", "cây",
        "suất", "căn", "nhà", "mô hình", "sản phẩm", "tác phẩm", "cuộc", "buổi", "vụ", "gia đình", "khu dân cư", "thửa",
    ]);

    private static readonly string[] RatioWords = ["TY LE", "TI LE", "BINH QUAN", "DAU NGUOI", "NANG SUAT", "TOC DO", "MAT DO"];

    /// <summary>True when the targets of an indicator with this code, label, base unit and comparator may be added across units.</summary>
    public static bool IsMeaningful(string code, string label, string unit, string comparator)
    {
        if (comparator is "" or KpiComparator.Range or KpiComparator.Multiple || !AdditiveUnits.Contains(unit)) return false;
        var words = $"{TextKey.Fold(label)} {TextKey.Fold(code.Replace('-', ' ').Replace('.', ' '))}";
        return !RatioWords.Any(w => $" {words} ".Contains($" {w} ", StringComparison.Ordinal));
    }
}
