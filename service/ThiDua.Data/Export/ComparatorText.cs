namespace ThiDua.Data.Export;

/// <summary>The Vietnamese reading of a KPI comparator (<c>plan-schema.md</c> § KPI record), for exports.</summary>
public static class ComparatorText
{
    /// <summary><c>&gt;=</c> → <c>đạt ít nhất</c>, <c>&gt;</c> → <c>trên</c>, <c>&lt;=</c> → <c>không quá</c>, <c>&lt;</c> → <c>dưới</c>, <c>=</c> → <c>bằng</c>, <c>maintain</c> → <c>duy trì</c>; empty stays empty.</summary>
    public static string Of(string comparator) => comparator switch
    {
        ">=" => "đạt ít nhất",
        ">" => "trên",
        "<=" => "không quá",
        "<" => "dưới",
        "=" => "bằng",
        "maintain" => "duy trì",
        _ => comparator,
    };
}
