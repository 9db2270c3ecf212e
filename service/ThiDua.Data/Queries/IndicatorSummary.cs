namespace ThiDua.Data.Queries;

/// <summary>
/// One indicator across units (an item of <c>GET /api/kpis/summary</c>): the records sharing a code, base unit,
/// comparator, target year and base, with their spread and, where <see cref="Summation"/> allows it, their total. Values
/// are normalised (<c>triệu đồng</c> → <c>đồng</c>); for spans the spread is that of the lower ends.
/// </summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Label">Its label in the KPI catalogue.</param>
/// <param name="Sector">Lĩnh vực slug.</param>
/// <param name="Unit">The base unit; empty for qualitative records.</param>
/// <param name="Comparator">The shared comparator.</param>
/// <param name="TargetYear">The shared target year.</param>
/// <param name="Base">The shared base of a change (<c>cùng kỳ</c>, <c>năm 2015</c>); empty for levels and spans.</param>
/// <param name="UnitsReporting">Distinct issuing units with at least one record.</param>
/// <param name="Records">Records in the group.</param>
/// <param name="Min">Smallest value; null when no record has one.</param>
/// <param name="Median">Median value (mean of the two middle ones for an even count); null when no record has one.</param>
/// <param name="Max">Largest value; null when no record has one.</param>
/// <param name="Sum">Total of the values, only when <see cref="Summable"/>; else null.</param>
/// <param name="Summable">Whether adding these values is meaningful (<see cref="Summation.IsMeaningful"/>).</param>
/// <param name="Points">Each record: the unit, its plan and value, for charts and links.</param>
public sealed record IndicatorSummary(
    string Code, string Label, string Sector, string Unit, string Comparator, int TargetYear, string Base, int UnitsReporting, int Records,
    decimal? Min, decimal? Median, decimal? Max, decimal? Sum, bool Summable, IReadOnlyList<SummaryPoint> Points);

/// <summary>One record of an <see cref="IndicatorSummary"/>.</summary>
/// <param name="KpiId">The record.</param>
/// <param name="UnitId">The issuing unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="Value">The normalised value (lower end of a span), null when qualitative.</param>
/// <param name="ValueMax">The normalised upper end of a span, else null.</param>
/// <param name="ValueAsWritten">The value with its unit as an officer reads it (<c>60.500.000 đồng</c>, <c>7,5–8 %</c>,
/// <c>+10 % so với cùng kỳ</c>; <see cref="ThiDua.Plans.Kpis.TargetText"/>).</param>
/// <param name="Sentence">The source sentence.</param>
public sealed record SummaryPoint(long KpiId, int UnitId, string UnitName, int PlanId, decimal? Value, decimal? ValueMax, string ValueAsWritten, string Sentence);
