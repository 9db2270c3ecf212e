namespace ThiDua.Plans.Authoring;

/// <summary>
/// Looks up stored <see cref="UnitProfile"/>s by id. Implemented over the service's database (ThiDua.Data); authoring
/// endpoints that receive a unit profile id resolve it through this.
/// </summary>
public interface IUnitProfileDirectory
{
    /// <summary>The profile with <paramref name="id"/>, or null when there is none.</summary>
    Task<UnitProfile?> FindAsync(int id, CancellationToken cancellationToken);
}
