using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Extraction;

/// <summary>Reads the chỉ tiêu (KPI records) of a recognised plan.</summary>
public static class PlanTargetReader
{
    /// <summary>The plan's targets in document order.</summary>
    public static IReadOnlyList<Target> Read(PlanDocument plan) => [];
}
