namespace ThiDua.Plans.Kpis;

/// <summary>
/// How <see cref="TargetExtractor"/> reads a line: as an item of a chỉ tiêu list or table (what it says is a target by
/// its place), or as a sentence of running text taken as a target by its meaning (only values the clause itself states
/// with target wording count).
/// </summary>
/// <param name="RequireWording">True when a value needs target wording of its own clause: a comparator or a colon before
/// it, a bound after it (<c>trở lên</c>), a change word, or the value opening its clause (<c>100% giáo viên …</c>); a number
/// in the middle of a phrase (<c>nông thôn mới 3 xã miền núi</c>) is then no target.</param>
/// <param name="Qualitative">True when a clause without a number may be a qualitative target (a chỉ tiêu list's item).</param>
/// <param name="ReportUnparsed">True when a target announced without a readable value is reported (KPI-UNPARSED).</param>
/// <param name="Year">The year the part of the plan sets targets for (<c>Mục tiêu cụ thể đến năm 2025</c>), used when the
/// clause names none; null for none.</param>
public sealed record TargetReading(bool RequireWording, bool Qualitative, bool ReportUnparsed, int? Year)
{
    /// <summary>An item of a chỉ tiêu list or a row of a chỉ tiêu table.</summary>
    public static TargetReading ListItem { get; } = new(false, true, true, null);
}
