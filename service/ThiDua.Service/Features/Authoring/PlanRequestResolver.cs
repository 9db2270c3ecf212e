using ThiDua.Plans.Authoring;
using ThiDua.Service.Features.Auth;

namespace ThiDua.Service.Features.Authoring;

/// <summary>
/// Turns a <see cref="PlanRequest"/> into <see cref="PlanParameters"/>, looking a unit profile id up in the
/// <see cref="IUnitProfileDirectory"/> — only a unit in the caller's <see cref="ICurrentUnitScope"/>.
/// </summary>
public static class PlanRequestResolver
{
    /// <summary>The parameters, or the Vietnamese reason they cannot be had.</summary>
    /// <exception cref="AuthoringInputException">No request, or no unit given.</exception>
    /// <exception cref="KeyNotFoundException">No unit profile has the given id.</exception>
    /// <exception cref="UnitOutsideScopeException">The unit id lies outside the caller's units (whether it exists or not).</exception>
    public static async Task<PlanParameters> ResolveAsync(
        PlanRequest? request, ICurrentUnitScope scope, IUnitProfileDirectory directory, CancellationToken cancellationToken)
    {
        if (request is null) throw new AuthoringInputException("Thiếu nội dung yêu cầu (JSON).");
        var unit = await ResolveUnitAsync(request.Unit, request.UnitId, scope, directory, cancellationToken)
            ?? throw new AuthoringInputException("Thiếu đơn vị ban hành: gửi unitId của một đơn vị đã lưu hoặc toàn bộ thông tin unit.");
        return new PlanParameters(unit, request.Year, request.Subject ?? "")
        {
            Number = request.Number ?? "",
            Date = request.Date,
            Targets = request.Targets,
        };
    }

    /// <summary>
    /// <paramref name="unit"/> when given; else the stored profile <paramref name="unitId"/>, when it lies in the caller's
    /// units; null when neither is given.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No unit profile has the given id.</exception>
    /// <exception cref="UnitOutsideScopeException">The unit id lies outside the caller's units (whether it exists or not).</exception>
    public static async Task<UnitProfile?> ResolveUnitAsync(
        UnitProfile? unit, int? unitId, ICurrentUnitScope scope, IUnitProfileDirectory directory, CancellationToken cancellationToken)
    {
        if (unit is not null || unitId is not { } id) return unit;
        if (!await scope.AllowsUnitAsync(id, cancellationToken)) throw new UnitOutsideScopeException(id);
        return await directory.FindAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"Không có đơn vị ban hành mã {id}.");
    }
}
