namespace ThiDua.Service.Features.Auth;

/// <summary>A request named a unit profile outside the caller's units (<see cref="ICurrentUnitScope"/>): answered 403.</summary>
/// <param name="unitId">The unit profile id asked for.</param>
public sealed class UnitOutsideScopeException(int unitId)
    : Exception($"Tài khoản này không được xem hay dùng dữ liệu của đơn vị mã {unitId}.")
{
    /// <summary>The unit profile id asked for.</summary>
    public int UnitId { get; } = unitId;
}
