namespace ThiDua.Plans.Model;

/// <summary>
/// The identifying data of a plan — what the custom XML part <c>urn:thidua:plan:1</c> mirrors
/// (<c>shared/spec/plan-schema.md</c> § "Custom XML part"). Every string is NFC; an empty string means "not found / left blank".
/// </summary>
/// <param name="Issuer">Cơ quan ban hành, e.g. <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c> (lines joined by one space).</param>
/// <param name="IssuerParent">Cơ quan chủ quản, e.g. <c>UBND HUYỆN YÊN DŨNG</c>; empty when none.</param>
/// <param name="Number">Số — the number only (<c>16</c>), empty when left blank for văn thư.</param>
/// <param name="Symbol">Ký hiệu (<c>KH-UBND</c>).</param>
/// <param name="Place">Địa danh (<c>Trí Yên</c>).</param>
/// <param name="Date">Ngày ban hành when complete, else null.</param>
/// <param name="Year">The plan's year (from the subject, else the date), or null.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="SignerAuthority">Quyền hạn ký, e.g. <c>TM. ỦY BAN NHÂN DÂN</c>.</param>
/// <param name="SignerTitle">Chức vụ, e.g. <c>CHỦ TỊCH</c>.</param>
/// <param name="SignerName">Họ và tên người ký.</param>
public sealed record PlanMetadata(
    string Issuer,
    string IssuerParent,
    string Number,
    string Symbol,
    string Place,
    DateOnly? Date,
    int? Year,
    string Subject,
    string SignerAuthority,
    string SignerTitle,
    string SignerName);
