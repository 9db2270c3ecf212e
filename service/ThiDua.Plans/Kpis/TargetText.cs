using System.Globalization;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// A KPI record's value as an officer reads it, for reports, exports and tables: numbers in Vietnamese notation, a span
/// with a dash (<c>7,5–8 %</c>), a change with its sign and base (<c>+10 % so với cùng kỳ</c>, <c>−0,5 % so với năm
/// 2015</c>), a multiple (<c>gấp 2,15 lần so với năm 2015</c>), a fraction with its whole (<c>4/9 thôn</c>).
/// </summary>
public static class TargetText
{
    /// <summary>Vietnamese number formatting: <c>.</c> groups thousands, <c>,</c> marks decimals.</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Units written right after a plain level's number, without a space (<c>99,6%</c>, <c>11‰</c>).</summary>
    private static readonly HashSet<string> unspaced = ["%", "‰"];

    /// <summary>A number in Vietnamese notation without trailing zeros (<c>10.129.300.000</c>, <c>99,6</c>).</summary>
    public static string Number(decimal value) => value.ToString("#,0.##########", Vietnamese);

    /// <summary>The value of <paramref name="target"/> with its unit, as <see cref="Value(string, decimal?, decimal?, string, string, decimal?)"/> writes it.</summary>
    public static string Value(Target target) =>
        Value(target.Comparator, target.Value, target.ValueMax, target.Unit, target.Base, target.Total);

    /// <summary>
    /// A value with its unit: a level <c>61 tạ/ha</c>, <c>99,6%</c>; a span <c>7,5–8 %</c>; a change <c>+10 % so với cùng
    /// kỳ</c> or <c>−3,4 % so với năm 2015</c>; a multiple <c>gấp 2,15 lần so với năm 2015</c>; a fraction <c>4/9 thôn</c>.
    /// Empty when there is no value.
    /// </summary>
    /// <param name="comparator">One of <see cref="KpiComparator.All"/>, or empty.</param>
    /// <param name="value">The value (the lower end of a span).</param>
    /// <param name="valueMax">The upper end of a span, or null.</param>
    /// <param name="unit">The unit, or empty.</param>
    /// <param name="baseline">What a change is measured against, or empty.</param>
    /// <param name="total">The whole of a fraction, or null.</param>
    public static string Value(string comparator, decimal? value, decimal? valueMax, string unit, string baseline, decimal? total)
    {
        if (value is not { } v) return string.Empty;
        var against = baseline.Length > 0 ? $" so với {baseline}" : string.Empty;
        switch (comparator)
        {
            case KpiComparator.Multiple:
                return $"gấp {Span(v, valueMax)} lần{against}";
            case KpiComparator.Increase:
                return $"+{Span(v, valueMax)}{Spaced(unit)}{against}";
            case KpiComparator.Decrease:
                return $"−{Span(v, valueMax)}{Spaced(unit)}{against}";
        }
        if (valueMax is not null) return $"{Span(v, valueMax)}{Spaced(unit)}";
        var number = total is { } whole ? $"{Number(v)}/{Number(whole)}" : Number(v);
        return unit.Length == 0 ? number : unspaced.Contains(unit) ? number + unit : $"{number} {unit}";
    }

    private static string Span(decimal value, decimal? max) => max is { } m && m != value ? $"{Number(value)}–{Number(m)}" : Number(value);

    private static string Spaced(string unit) => unit.Length == 0 || unit == "lần" ? string.Empty : " " + unit;
}
