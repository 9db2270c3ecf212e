namespace ThiDua.Plans.Kpis;

/// <summary>
/// A chỉ tiêu that announces a target but whose value or unit cannot be read — reported by rule KPI-UNPARSED
/// (rules.md, warning): <c>Tỷ lệ hộ nghèo giảm còn …%</c>, <c>đạt trên</c> without a number, <c>1.2.3%</c>.
/// </summary>
/// <param name="Quote">The clause as written, NFC, to quote in the finding.</param>
/// <param name="Reason">Why it cannot be read, in Vietnamese (<c>sau «đạt trên» không có số</c>).</param>
/// <param name="Source">The sentence and its place.</param>
public sealed record KpiUnparsed(string Quote, string Reason, TargetSource Source);

/// <summary>What <see cref="TargetExtractor"/> or <see cref="TargetDiscovery"/> read.</summary>
/// <param name="Targets">The KPI records, in document order.</param>
/// <param name="Unparsed">The chỉ tiêu that could not be read, in document order.</param>
public sealed record TargetExtraction(IReadOnlyList<Target> Targets, IReadOnlyList<KpiUnparsed> Unparsed)
{
    /// <summary>Nothing read.</summary>
    public static TargetExtraction Empty { get; } = new([], []);

    /// <summary>The extractions one after the other, in one list each (records copied once, however many parts).</summary>
    public static TargetExtraction Join(IEnumerable<TargetExtraction> parts)
    {
        var targets = new List<Target>();
        var unparsed = new List<KpiUnparsed>();
        foreach (var part in parts)
        {
            targets.AddRange(part.Targets);
            unparsed.AddRange(part.Unparsed);
        }
        return new TargetExtraction(targets, unparsed);
    }
}
