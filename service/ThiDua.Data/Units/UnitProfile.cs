namespace ThiDua.Data.Units;

/// <summary>
/// The editable fields of a unit profile — <em>đơn vị ban hành</em> (body of <c>POST</c>/<c>PUT /api/units</c>); see
/// <see cref="Entities.IssuingUnit"/> for each field's meaning. Strings are stored trimmed and NFC.
/// </summary>
/// <param name="Name">Tên cơ quan ban hành (required), e.g. <c>Ủy ban nhân dân xã Trí Yên</c>.</param>
/// <param name="ParentBody">Cơ quan chủ quản (<c>UBND huyện Yên Dũng</c>).</param>
/// <param name="PlaceName">Địa danh (<c>Trí Yên</c>).</param>
/// <param name="Symbol">Ký hiệu suffix (<c>UBND</c>).</param>
/// <param name="Level">One of <see cref="UnitLevels.All"/>, or empty.</param>
/// <param name="District">The district it belongs to (<c>Yên Dũng</c>).</param>
/// <param name="SignerAuthority">Quyền hạn ký (<c>TM. ỦY BAN NHÂN DÂN</c>).</param>
/// <param name="SignerTitle">Chức vụ (<c>CHỦ TỊCH</c>).</param>
/// <param name="SignerName">Họ và tên người ký.</param>
/// <param name="Recipients">Usual Nơi nhận lines. A <c>Lưu: VT, …</c> line among them is not stored as a recipient (every plan
/// ends its Nơi nhận with its own Lưu line); it gives the drafting unit when <paramref name="DraftingUnit"/> is blank.</param>
/// <param name="DraftingUnit">Đơn vị soạn thảo written after <c>VT</c> in the Lưu line (<c>VP-TK</c>); null or blank for the
/// default <c>VP</c>; at most <see cref="UnitProfiles.MaxDraftingUnit"/> characters; a pasted <c>Lưu: VT,</c> before it and a
/// final <c>.</c>, <c>;</c> or <c>,</c> are dropped.</param>
/// <param name="Province">The province it belongs to (<c>Bắc Giang</c>), whose rule profile applies to its plans.</param>
public sealed record UnitProfile(
    string Name, string? ParentBody = null, string? PlaceName = null, string? Symbol = null, string? Level = null,
    string? District = null, string? SignerAuthority = null, string? SignerTitle = null, string? SignerName = null,
    IReadOnlyList<string>? Recipients = null, string? DraftingUnit = null, string? Province = null);
