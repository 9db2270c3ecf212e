namespace ThiDua.Data.Entities;

/// <summary>
/// A unit's plan for one year — <em>kế hoạch thi đua, khen thưởng năm …</em> — with every version submitted for it. Unique per
/// unit and year: a revised plan for the same unit and year is a new <see cref="PlanVersion"/>. Table <c>plans</c>.
/// </summary>
public sealed class Plan
{
    /// <summary>Database id (the <c>{id}</c> of <c>/api/plans/{id}</c>).</summary>
    public int Id { get; set; }

    /// <summary>The issuing unit's id.</summary>
    public int UnitId { get; set; }

    /// <summary>The issuing unit.</summary>
    public IssuingUnit Unit { get; set; } = null!;

    /// <summary>The plan's year (<c>2024</c>).</summary>
    public int Year { get; set; }

    /// <summary>When the first version arrived (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every version, oldest first when ordered by <see cref="PlanVersion.Number"/>.</summary>
    public List<PlanVersion> Versions { get; set; } = [];
}
