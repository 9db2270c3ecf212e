using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;
using ThiDua.Data.Submissions;
using ThiDua.Data.Units;

namespace ThiDua.Data.Profiles;

/// <summary>Where a profile applies, as its document's <c>appliesTo</c> says.</summary>
/// <param name="Province">A province's name, for a province profile, or the province of a district or unit.</param>
/// <param name="District">A district's name, for a district profile.</param>
/// <param name="Unit">A unit's name (as its unit profile names it), for a unit profile.</param>
public sealed record ProfileTarget(string? Province, string? District, string? Unit)
{
    /// <summary><c>province</c>, <c>district</c>, <c>unit</c>, or empty for a profile applied only when named.</summary>
    public string Scope => Unit is { Length: > 0 } ? "unit" : District is { Length: > 0 } ? "district" : Province is { Length: > 0 } ? "province" : "";
}

/// <summary>A stored rule profile as lists show it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Scope"><c>province</c>, <c>district</c>, <c>unit</c> or empty.</param>
/// <param name="Province">Its province, or empty.</param>
/// <param name="District">Its district, or empty.</param>
/// <param name="UnitId">Its unit's id, for a unit profile.</param>
/// <param name="UnitName">Its unit's name, for a unit profile.</param>
/// <param name="UpdatedAt">When it was last stored (UTC).</param>
public sealed record StoredProfileView(string Name, string Title, string Scope, string Province, string District, int? UnitId, string? UnitName, DateTimeOffset UpdatedAt)
{
    internal static StoredProfileView Of(StoredRuleProfile p) =>
        new(p.Name, p.Title, p.Scope, p.Province, p.District, p.UnitId, p.Unit?.Name, p.UpdatedAt);
}

/// <summary>Why the store refused an operation.</summary>
public enum RuleProfileStoreError
{
    /// <summary>The unit the profile names has no unit profile.</summary>
    UnitNotFound,
    /// <summary>Another profile already applies to the same province, district or unit.</summary>
    ScopeTaken,
}

/// <summary>A refused operation, with a Vietnamese message.</summary>
public sealed class RuleProfileStoreException(RuleProfileStoreError error, string message) : Exception(message)
{
    /// <summary>What went wrong.</summary>
    public RuleProfileStoreError Error { get; } = error;
}

/// <summary>
/// Rule profiles in the central database (<c>rule_profiles</c>), one per province, district or unit, and the chain that
/// applies to a unit: its province's profile, then its district's, then its own (rules.md § Rule profiles). Documents are
/// stored as the service validated them; this class does not read them.
/// </summary>
public sealed class RuleProfileStore(ThiDuaDbContext db, TimeProvider clock)
{
    /// <summary>Every stored profile: province ones, then district, unit and named-only ones, each by name.</summary>
    public async Task<List<StoredProfileView>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.RuleProfiles.AsNoTracking().Include(p => p.Unit).ToListAsync(cancellationToken))
            .OrderBy(p => Array.IndexOf(ScopeOrder, p.Scope)).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(StoredProfileView.Of).ToList();

    /// <summary>The profile named <paramref name="name"/> and its document, or null.</summary>
    public async Task<(StoredProfileView View, string Document)?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await db.RuleProfiles.AsNoTracking().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Name == name, cancellationToken) is { } p
            ? (StoredProfileView.Of(p), p.Document) : null;

    /// <summary>Stores a validated profile document under <paramref name="name"/>, replacing the one of that name.</summary>
    /// <returns>The stored profile and whether it is new.</returns>
    /// <exception cref="RuleProfileStoreException">The unit it names is unknown, or another profile applies to the same place.</exception>
    public async Task<(StoredProfileView View, bool Created)> SaveAsync(string name, string title, ProfileTarget target, string document, CancellationToken cancellationToken = default)
    {
        var (scope, province, district, unitId, key) = await ResolveAsync(target, cancellationToken);
        if (key is not null && await db.RuleProfiles.AnyAsync(p => p.ScopeKey == key && p.Name != name, cancellationToken))
            throw new RuleProfileStoreException(RuleProfileStoreError.ScopeTaken, $"Đã có hồ sơ quy tắc khác áp dụng cho {Place(target)}: sửa hồ sơ đó thay vì thêm hồ sơ mới.");
        var profile = await db.RuleProfiles.SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
        var created = profile is null;
        var now = clock.GetUtcNow();
        profile ??= db.RuleProfiles.Add(new StoredRuleProfile { Name = name, CreatedAt = now }).Entity;
        profile.Title = title;
        profile.Scope = scope;
        profile.Province = province;
        profile.District = district;
        profile.UnitId = unitId;
        profile.ScopeKey = key;
        profile.Document = document;
        profile.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            throw new RuleProfileStoreException(RuleProfileStoreError.ScopeTaken, $"Đã có hồ sơ quy tắc khác áp dụng cho {Place(target)}.");
        }
        await db.Entry(profile).Reference(p => p.Unit).LoadAsync(cancellationToken);
        return (StoredProfileView.Of(profile), created);
    }

    /// <summary>Deletes the profile named <paramref name="name"/>; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var profile = await db.RuleProfiles.SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (profile is null) return false;
        db.RuleProfiles.Remove(profile);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The documents that apply to unit <paramref name="unitId"/>: its province's, its district's, its own — those that exist, in that order.</summary>
    public async Task<List<(StoredProfileView View, string Document)>> ChainForUnitAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null) return [];
        return await ChainAsync(unit.Province, unit.District, unit.Id, cancellationToken);
    }

    /// <summary>
    /// The documents that apply when profile <paramref name="name"/> is named: for a unit's profile, the unit's chain; for a
    /// district's, its province's profile then its own; otherwise its own. Null when there is no such profile.
    /// </summary>
    public async Task<List<(StoredProfileView View, string Document)>?> ChainForProfileAsync(string name, CancellationToken cancellationToken = default)
    {
        var profile = await db.RuleProfiles.AsNoTracking().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (profile is null) return null;
        return profile.Scope switch
        {
            "unit" when profile.UnitId is { } id => await ChainForUnitAsync(id, cancellationToken),
            "district" => await ChainAsync(profile.Province, profile.District, null, cancellationToken),
            _ => [(StoredProfileView.Of(profile), profile.Document)],
        };
    }

    private async Task<List<(StoredProfileView, string)>> ChainAsync(string province, string district, int? unitId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        if (province.Length > 0) keys.Add(ProvinceKey(province));
        if (district.Length > 0)
        {
            if (province.Length > 0) keys.Add(DistrictKey(province, district));
            keys.Add(DistrictKey("", district));
        }
        if (unitId is { } id) keys.Add(UnitKeyOf(id));
        var found = await db.RuleProfiles.AsNoTracking().Include(p => p.Unit).Where(p => p.ScopeKey != null && keys.Contains(p.ScopeKey)).ToListAsync(cancellationToken);
        var chain = new List<(StoredProfileView, string)>();
        foreach (var scope in ScopeOrder)
            if (found.Where(p => p.Scope == scope).OrderBy(p => keys.IndexOf(p.ScopeKey!)).FirstOrDefault() is { } p)
                chain.Add((StoredProfileView.Of(p), p.Document));
        return chain;
    }

    private async Task<(string Scope, string Province, string District, int? UnitId, string? Key)> ResolveAsync(ProfileTarget target, CancellationToken cancellationToken)
    {
        var province = Clean(target.Province);
        var district = Clean(target.District);
        switch (target.Scope)
        {
            case "province":
                return ("province", province, "", null, ProvinceKey(province));
            case "district":
                return ("district", province, district, null, DistrictKey(province, district));
            case "unit":
                var key = UnitKey.Of(Clean(target.Unit));
                var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Key == key, cancellationToken)
                    ?? throw new RuleProfileStoreException(RuleProfileStoreError.UnitNotFound,
                        $"Chưa có đơn vị ban hành “{Clean(target.Unit)}”: thêm hồ sơ đơn vị trước, rồi gắn hồ sơ quy tắc cho đơn vị đó.");
                return ("unit", province.Length > 0 ? province : unit.Province, unit.District, unit.Id, UnitKeyOf(unit.Id));
            default:
                return ("", "", "", null, null);
        }
    }

    private static readonly string[] ScopeOrder = ["province", "district", "unit", ""];

    private static string ProvinceKey(string province) => "province:" + UnitKey.Of(province);

    private static string DistrictKey(string province, string district) => $"district:{UnitKey.Of(province)}/{UnitKey.Of(district)}";

    private static string UnitKeyOf(int id) => "unit:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Clean(string? text) => string.Join(' ', (text ?? "").Normalize(System.Text.NormalizationForm.FormC).Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static string Place(ProfileTarget target) => target.Scope switch
    {
        "province" => $"tỉnh {Clean(target.Province)}",
        "district" => $"huyện {Clean(target.District)}",
        _ => $"đơn vị “{Clean(target.Unit)}”",
    };
}
