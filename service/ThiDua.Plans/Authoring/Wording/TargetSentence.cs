using System.Globalization;

namespace ThiDua.Plans.Authoring.Wording;

/// <summary>
/// Writes a chỉ tiêu as the sentence a plan shows (<c>shared/spec/plan-schema.md</c> § KPI record, read back by the KPI
/// extraction): the indicator, the comparator word (<c>đạt</c>, <c>trên</c>, <c>không quá</c>, <c>dưới</c>,
/// <c>duy trì</c>, or a colon for <c>=</c>), the value in Vietnamese notation (<c>.</c> between thousands, <c>,</c> before
/// decimals) and the unit.
/// </summary>
internal static class TargetSentence
{
    /// <summary>The sentence for <paramref name="target"/>, ending with a period.</summary>
    public static string Compose(TargetSpec target)
    {
        var label = target.Label.Trim().TrimEnd('.', ';');
        if (target.Value is not { } value) return label + ".";
        var number = VietnameseNumber(value) + UnitSuffix(target.Unit.Trim());
        return target.Comparator switch
        {
            "=" => $"{label}: {number}.",
            ">=" => $"{label} đạt {number}.",
            ">" => $"{label} trên {number}.",
            "<=" => $"{label} không quá {number}.",
            "<" => $"{label} dưới {number}.",
            "maintain" => $"{label} duy trì {number}.",
            _ => $"{label}: {number}.",
        };
    }

    /// <summary><c>10129300000</c> → <c>10.129.300.000</c>; <c>99.6</c> → <c>99,6</c>.</summary>
    public static string VietnameseNumber(decimal value)
    {
        var invariant = Math.Abs(value).ToString("0.############################", CultureInfo.InvariantCulture);
        var parts = invariant.Split('.');
        var integer = parts[0];
        var grouped = new System.Text.StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0) grouped.Append('.');
            grouped.Append(integer[i]);
        }
        var sign = value < 0 ? "-" : "";
        return parts.Length > 1 ? $"{sign}{grouped},{parts[1]}" : sign + grouped;
    }

    /// <summary><c>%</c> and <c>‰</c> follow the number directly; other units after a space.</summary>
    private static string UnitSuffix(string unit) => unit switch
    {
        "" => "",
        "%" or "‰" => unit,
        _ => " " + unit,
    };
}
