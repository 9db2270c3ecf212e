namespace ThiDua.Data.Queries;

/// <summary>A stored KPI record with the plan it came from (an item of <c>GET /api/kpis</c>).</summary>
/// <param name="Id">Record id.</param>
/// <param name="PlanId">The plan (unit + year).</param>
/// <param name="VersionId">The plan version.</param>
/// <param name="Version">The version number.</param>
/// <param name="Current">False when the version has been superseded.</param>
/// <param name="UnitId">The issuing unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="DocumentNumber">Số of the plan (empty when left blank).</param>
/// <param name="Symbol">Ký hiệu of the plan.</param>
/// <param name="Ordinal">0-based position in the plan.</param>
/// <param name="Code">Indicator code, empty when unknown.</param>
/// <param name="Label">The indicator as written.</param>
/// <param name="Sector">Lĩnh vực slug.</param>
/// <param name="Comparator">A level (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>maintain</c>), <c>range</c>,
/// a change (<c>increase</c>, <c>decrease</c>, <c>multiple</c>) or empty.</param>
/// <param name="Value">The value in <paramref name="Unit"/> (lower end of a span, amount of a change), null when qualitative.</param>
/// <param name="ValueMax">The upper end of a span, else null.</param>
/// <param name="Base">What a change is measured against (<c>năm 2015</c>, <c>cùng kỳ</c>); empty for a level.</param>
/// <param name="TargetYear">The year the target is for (the plan's year unless the text named another).</param>
/// <param name="Total">The whole of a fraction (<c>4/9 thôn</c> → 9), else null.</param>
/// <param name="ValueAsWritten">The number as written.</param>
/// <param name="Unit">Unit as written (canonical).</param>
/// <param name="NormalizedValue">The value in <paramref name="NormalizedUnit"/>.</param>
/// <param name="NormalizedValueMax"><paramref name="ValueMax"/> in <paramref name="NormalizedUnit"/>.</param>
/// <param name="NormalizedUnit">Base unit for aggregation.</param>
/// <param name="Qualitative">True for a target without a number.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Evidence">Why it was taken as a target.</param>
public sealed record KpiRow(
    long Id, int PlanId, int VersionId, int Version, bool Current, int UnitId, string UnitName, int Year,
    string DocumentNumber, string Symbol, int Ordinal, string Code, string Label, string Sector, string Comparator,
    decimal? Value, decimal? ValueMax, string Base, int TargetYear, decimal? Total, string ValueAsWritten, string Unit,
    decimal? NormalizedValue, decimal? NormalizedValueMax, string NormalizedUnit, bool Qualitative,
    KpiSourceView Source, KpiEvidenceView Evidence);

/// <summary>Where a stored record was read from.</summary>
/// <param name="Sentence">The source sentence or table row.</param>
/// <param name="Paragraph">Zero-based body paragraph, or -1.</param>
/// <param name="Location">Human-readable place (<c>đoạn 57</c>).</param>
/// <param name="Row">1-based line within the chỉ tiêu list; 0 when unknown.</param>
public sealed record KpiSourceView(string Sentence, int Paragraph, string Location, int Row);

/// <summary>Why a stored record was taken as a target (<see cref="ThiDua.Plans.Kpis.TargetEvidence"/>).</summary>
/// <param name="Heading">The heading that announced it; empty when none.</param>
/// <param name="Wording">The target wording of its clause; empty when none.</param>
/// <param name="Column">The table column of its value; empty outside tables.</param>
public sealed record KpiEvidenceView(string Heading, string Wording, string Column);
