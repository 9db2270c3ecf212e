using ThiDua.Data.Entities;

namespace ThiDua.Data.Units;

/// <summary>A stored unit profile as the API returns it (<c>GET /api/units</c>).</summary>
/// <param name="Id">Unit id.</param>
/// <param name="Name">Tên cơ quan ban hành.</param>
/// <param name="ParentBody">Cơ quan chủ quản.</param>
/// <param name="PlaceName">Địa danh.</param>
/// <param name="Symbol">Ký hiệu suffix.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="District">District.</param>
/// <param name="SignerAuthority">Quyền hạn ký.</param>
/// <param name="SignerTitle">Chức vụ.</param>
/// <param name="SignerName">Họ tên người ký.</param>
/// <param name="Recipients">Usual Nơi nhận lines.</param>
/// <param name="DraftingUnit">Đơn vị soạn thảo of the Lưu line (<c>VP-TK</c>); null when not set, new plans then write <c>VP</c>.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Province">Province; empty when unknown.</param>
public sealed record UnitProfileView(
    int Id, string Name, string ParentBody, string PlaceName, string Symbol, string Level, string District,
    string SignerAuthority, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients, string? DraftingUnit,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Province)
{
    /// <summary>The view of <paramref name="unit"/>.</summary>
    public static UnitProfileView Of(IssuingUnit unit) => new(
        unit.Id, unit.Name, unit.ParentBody, unit.PlaceName, unit.Symbol, unit.Level, unit.District,
        unit.SignerAuthority, unit.SignerTitle, unit.SignerName, unit.Recipients, unit.DraftingUnit, unit.CreatedAt, unit.UpdatedAt, unit.Province);
}
