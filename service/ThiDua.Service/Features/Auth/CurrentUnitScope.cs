using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data;
using ThiDua.Data.Units;
using ThiDua.Plans.Model;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// <see cref="ICurrentUnitScope"/> from the <see cref="ThiDuaClaims"/> of the request's user and the unit profiles of the
/// central database: a unit is matched by id, or by its key (<see cref="UnitKey"/>) against the member's unit name; a
/// district by the key of <c>units.District</c>. Resolved once per instance (a request, or a background import).
/// </summary>
/// <param name="user">The signed-in user (a request's, or the one an import runs for).</param>
/// <param name="db">The central database.</param>
/// <param name="clock">Time, for drafting a unit from a plan.</param>
public sealed class CurrentUnitScope(ClaimsPrincipal user, ThiDuaDbContext db, TimeProvider clock) : ICurrentUnitScope
{
    private IReadOnlyCollection<int>? resolved;
    private bool done;

    private ClaimsPrincipal User => user;

    /// <inheritdoc />
    public async Task<IReadOnlyCollection<int>?> UnitIdsAsync(CancellationToken cancellationToken = default)
    {
        if (done) return resolved;
        resolved = ThiDuaClaims.RoleOf(User) switch
        {
            MemberRole.Admin => null,
            MemberRole.Officer => await OfficerUnitsAsync(cancellationToken),
            MemberRole.DistrictReviewer => await DistrictUnitsAsync(cancellationToken),
            _ => [],
        };
        done = true;
        return resolved;
    }

    /// <inheritdoc />
    public async Task<bool> AllowsUnitAsync(int unitId, CancellationToken cancellationToken = default) =>
        await UnitIdsAsync(cancellationToken) is not { } ids || ids.Contains(unitId);

    /// <inheritdoc />
    public async Task<bool> AllowsPlanAsync(int planId, CancellationToken cancellationToken = default)
    {
        if (await UnitIdsAsync(cancellationToken) is not { } ids) return true;
        var unit = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellationToken);
        return unit is null || ids.Contains(unit.Value);
    }

    /// <inheritdoc />
    public bool AllowsNewUnit(string? district) => ThiDuaClaims.RoleOf(User) switch
    {
        MemberRole.Admin => true,
        MemberRole.DistrictReviewer => SameKey(district, User.FindFirst(ThiDuaClaims.District)?.Value),
        _ => false,
    };

    /// <inheritdoc />
    public async Task<bool> AllowsUnitChangeAsync(
        int unitId, string current, string? currentDistrict, string name, string? district, CancellationToken cancellationToken = default) =>
        ThiDuaClaims.RoleOf(User) switch
        {
            MemberRole.Admin => true,
            MemberRole.DistrictReviewer => await AllowsUnitAsync(unitId, cancellationToken) && SameOrBothBlank(currentDistrict, district),
            MemberRole.Officer => await AllowsUnitAsync(unitId, cancellationToken) && SameOrBothBlank(currentDistrict, district)
                                  && UnitKey.Of(current) == UnitKey.Of(name),
            _ => false,
        };

    /// <inheritdoc />
    public async Task<bool> AllowsUnitDeletionAsync(int unitId, CancellationToken cancellationToken = default) => ThiDuaClaims.RoleOf(User) switch
    {
        MemberRole.Admin => true,
        MemberRole.DistrictReviewer => await AllowsUnitAsync(unitId, cancellationToken),
        _ => false,
    };

    /// <inheritdoc />
    public async Task<SubmissionUnit> ForSubmissionAsync(int? requestedUnitId, PlanMetadata plan, CancellationToken cancellationToken = default)
    {
        var ids = await UnitIdsAsync(cancellationToken);
        if (requestedUnitId is { } requested)
            return ids is null || ids.Contains(requested)
                ? new SubmissionUnit(true, requested, "")
                : new SubmissionUnit(false, null, $"Tài khoản này không được gửi kế hoạch cho đơn vị mã {requested}.");
        if (ids is null) return new SubmissionUnit(true, null, "");

        var role = ThiDuaClaims.RoleOf(User);
        var issuerKey = UnitKey.Of(plan.Issuer);
        var existing = issuerKey.Length == 0 ? null
            : await db.Units.AsNoTracking().Where(u => u.Key == issuerKey).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
        // An officer whose unit has a profile files under it, unless the plan's header names another unit.
        if (role == MemberRole.Officer && ids.Count == 1 && (issuerKey.Length == 0 || existing == ids.First()))
            return new SubmissionUnit(true, ids.First(), "");

        // Otherwise the plan's issuer decides: an existing unit in scope, or a new one that is the officer's unit or lies in the reviewer's district.
        var allowed = existing is { } id
            ? ids.Contains(id)
            : issuerKey.Length > 0 && role switch
            {
                MemberRole.Officer => SameKey(plan.Issuer, User.FindFirst(ThiDuaClaims.Unit)?.Value),
                MemberRole.DistrictReviewer => SameKey(UnitDraft.FromPlan(plan, clock.GetUtcNow()).District, User.FindFirst(ThiDuaClaims.District)?.Value),
                _ => false,
            };
        var issuer = plan.Issuer.Length == 0 ? "(không ghi cơ quan ban hành)" : plan.Issuer;
        return allowed
            ? new SubmissionUnit(true, existing, "")
            : new SubmissionUnit(false, null, $"Kế hoạch của {issuer} nằm ngoài phạm vi đơn vị của tài khoản này.");
    }

    private async Task<IReadOnlyCollection<int>> OfficerUnitsAsync(CancellationToken cancellationToken)
    {
        if (User.FindFirst(ThiDuaClaims.UnitId)?.Value is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return [id];
        var key = UnitKey.Of(User.FindFirst(ThiDuaClaims.Unit)?.Value ?? "");
        if (key.Length == 0) return [];
        return await db.Units.AsNoTracking().Where(u => u.Key == key).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyCollection<int>> DistrictUnitsAsync(CancellationToken cancellationToken)
    {
        var district = User.FindFirst(ThiDuaClaims.District)?.Value;
        if (string.IsNullOrWhiteSpace(district)) return [];
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.District }).ToListAsync(cancellationToken);
        return units.Where(u => SameKey(u.District, district)).Select(u => u.Id).ToList();
    }

    private static bool SameOrBothBlank(string? a, string? b) => UnitKey.Of(a ?? "") == UnitKey.Of(b ?? "");

    private static bool SameKey(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && UnitKey.Of(a) == UnitKey.Of(b);
}
