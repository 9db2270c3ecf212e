namespace ThiDua.Plans.Authoring;

/// <summary>
/// What a plan, or one section of it, is authored from: the unit, the year and the trích yếu, plus the optional
/// số, date and chỉ tiêu.
/// </summary>
/// <param name="Unit">The issuing unit.</param>
/// <param name="Year">The plan's year (<c>năm 2024</c>), 2000–2100.</param>
/// <param name="Subject">Trích yếu in sentence case, e.g. <c>Công tác thi đua, khen thưởng năm 2024</c> (Phụ lục I, Mục II.5b).</param>
public sealed record PlanParameters(UnitProfile Unit, int Year, string Subject)
{
    /// <summary>Số of the plan (<c>16</c>); empty (the default) leaves it blank for văn thư to assign after signing.</summary>
    public string Number { get; init; } = "";

    /// <summary>Ngày ban hành; null (the default) leaves day and month blank (<c>ngày      tháng      năm 2024</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Chỉ tiêu for the chỉ tiêu table; null (the default) gives the usual qualitative chỉ tiêu of the seeds.</summary>
    public IReadOnlyList<TargetSpec>? Targets { get; init; }
}
