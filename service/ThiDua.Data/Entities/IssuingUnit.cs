namespace ThiDua.Data.Entities;

/// <summary>
/// A unit profile — <em>đơn vị ban hành</em>: the body that issues plans (e.g. <c>Ủy ban nhân dân xã Trí Yên</c>), with what an
/// officer otherwise types into every plan's header and closing (Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.3, II.7, II.8, II.9).
/// Table <c>units</c>.
/// </summary>
public sealed class IssuingUnit
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Tên cơ quan ban hành, NFC (<c>Ủy ban nhân dân xã Trí Yên</c> or as printed, <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The matching key of <see cref="Name"/> (<see cref="Units.UnitKey"/>: upper-case ASCII, <c>UBND</c> spelled out); unique, so a
    /// plan whose header names the unit finds it whatever the case, tone placement or abbreviation.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>Cơ quan chủ quản (<c>UBND huyện Yên Dũng</c>); empty when the unit prints none.</summary>
    public string ParentBody { get; set; } = "";

    /// <summary>Địa danh printed before the date (<c>Trí Yên</c>).</summary>
    public string PlaceName { get; set; } = "";

    /// <summary>The unit's part of the ký hiệu (<c>UBND</c> in <c>16/KH-UBND</c>).</summary>
    public string Symbol { get; set; } = "";

    /// <summary>Administrative level, one of <see cref="Units.UnitLevels.All"/> (<c>xã</c>, <c>huyện</c>…); empty when unknown.</summary>
    public string Level { get; set; } = "";

    /// <summary>The district (huyện) the unit belongs to, or its own name for a district (<c>Yên Dũng</c>); empty when unknown.</summary>
    public string District { get; set; } = "";

    /// <summary>The province (tỉnh, thành phố trực thuộc trung ương) the unit belongs to (<c>Bắc Giang</c>); empty when unknown. Its rule profile applies to the unit's plans.</summary>
    public string Province { get; set; } = "";

    /// <summary>Quyền hạn ký (<c>TM. ỦY BAN NHÂN DÂN</c>).</summary>
    public string SignerAuthority { get; set; } = "";

    /// <summary>Chức vụ người ký (<c>CHỦ TỊCH</c>).</summary>
    public string SignerTitle { get; set; } = "";

    /// <summary>Họ và tên người ký (<c>Nguyễn Văn Diễn</c>).</summary>
    public string SignerName { get; set; } = "";

    /// <summary>
    /// Đơn vị soạn thảo — the drafting office's abbreviation written after <c>VT</c> in the last Nơi nhận line
    /// (<c>VP-TK</c> in <c>- Lưu: VT, VP-TK.</c>; Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.9b); at most 50 characters.
    /// Null when not set: a new plan's Lưu line then names the Văn phòng, <c>VP</c>.
    /// </summary>
    public string? DraftingUnit { get; set; }

    /// <summary>
    /// Usual Nơi nhận lines, in order, without the leading dash (<c>UBND huyện Yên Dũng</c>, <c>Như trên</c>); the Lưu line is
    /// not among them, it is written from <see cref="DraftingUnit"/>.
    /// </summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>When the profile was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the profile was last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The unit's plans, one per year.</summary>
    public List<Plan> Plans { get; set; } = [];
}
