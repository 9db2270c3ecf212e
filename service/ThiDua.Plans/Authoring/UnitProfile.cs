namespace ThiDua.Plans.Authoring;

/// <summary>
/// The profile of an issuing unit — <em>đơn vị ban hành</em> — that plans are authored for (issue 4): what the header,
/// the signature and Nơi nhận of every new plan are filled from. Stored by the service's database; this record is the
/// plain shape the authoring code consumes. Every string is NFC.
/// </summary>
/// <param name="Name">Tên cơ quan ban hành as written, e.g. <c>Ủy ban nhân dân xã Trí Yên</c>; shown in capitals in the header (Phụ lục I, Mục II.2).</param>
/// <param name="ParentBody">Cơ quan chủ quản, e.g. <c>UBND huyện Yên Dũng</c>; empty when the unit has none shown.</param>
/// <param name="PlaceName">Địa danh — the place where the unit sits, without <c>xã</c>/<c>huyện</c>, e.g. <c>Trí Yên</c> (Mục II.4a).</param>
/// <param name="Symbol">The issuer's part of the ký hiệu, e.g. <c>UBND</c> (the plan's ký hiệu is <c>KH-UBND</c>; Phụ lục III).</param>
/// <param name="SignerAuthority">Quyền hạn của người ký, e.g. <c>TM. ỦY BAN NHÂN DÂN</c>; several lines separated by <c>\n</c> when a deputy signs (<c>TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH</c>) (Mục II.7b).</param>
/// <param name="SignerTitle">Chức vụ của người ký, e.g. <c>CHỦ TỊCH</c> or <c>PHÓ CHỦ TỊCH</c>.</param>
/// <param name="SignerName">Họ và tên người ký, e.g. <c>Nguyễn Văn Diễn</c> (Mục II.7c).</param>
/// <param name="Recipients">The usual Nơi nhận, one per line without the leading <c>- </c> and the final <c>;</c>, e.g. <c>Phòng Nội vụ huyện</c> (Mục II.9b).</param>
/// <param name="DraftingUnit">Đơn vị soạn thảo for the <c>- Lưu: VT, …</c> line, e.g. <c>VP-TK</c> (Mục II.9b).</param>
public sealed record UnitProfile(
    string Name,
    string ParentBody,
    string PlaceName,
    string Symbol,
    string SignerAuthority,
    string SignerTitle,
    string SignerName,
    IReadOnlyList<string> Recipients,
    string DraftingUnit);
