namespace ThiDua.Plans.Kpis;

/// <summary>Canonical KPI units and their base units for aggregation (plan-schema.md § KPI record).</summary>
public static class KpiUnits
{
    /// <summary>The factor from <paramref name="unit"/> to its base unit (<c>triệu đồng</c> → 1 000 000); 1 when the unit is its own base.</summary>
    public static decimal ScaleToBase(string unit) => unit switch
    {
        "nghìn đồng" => 1_000m,
        "triệu đồng" => 1_000_000m,
        "tỷ đồng" => 1_000_000_000m,
        _ => 1m,
    };

    /// <summary>The base unit of <paramref name="unit"/> (<c>triệu đồng</c> → <c>đồng</c>).</summary>
    public static string BaseUnit(string unit) => unit is "nghìn đồng" or "triệu đồng" or "tỷ đồng" ? "đồng" : unit;
}
