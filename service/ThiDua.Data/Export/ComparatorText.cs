using ThiDua.Plans.Kpis;

namespace ThiDua.Data.Export;

/// <summary>The Vietnamese reading of a KPI comparator (<c>plan-schema.md</c> § KPI record), for exports.</summary>
public static class ComparatorText
{
    /// <summary>
    /// <c>&gt;=</c> → <c>đạt ít nhất</c>, <c>&gt;</c> → <c>trên</c>, <c>&lt;=</c> → <c>không quá</c>, <c>&lt;</c> → <c>dưới</c>,
    /// <c>=</c> → <c>bằng</c>, <c>maintain</c> → <c>duy trì</c>, <c>range</c> → <c>trong khoảng</c>, <c>increase</c> →
    /// <c>tăng</c>, <c>decrease</c> → <c>giảm</c>, <c>multiple</c> → <c>gấp</c>; empty stays empty
    /// (<see cref="KpiComparator.Words"/>).
    /// </summary>
    public static string Of(string comparator) => KpiComparator.Words(comparator);
}
