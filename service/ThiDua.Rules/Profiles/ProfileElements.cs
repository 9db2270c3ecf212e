using System.Collections.Frozen;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The elements whose type size a profile may narrow (the <c>sizes</c> of a profile document): each with its name in the
/// document, its Vietnamese name for messages, and the rules that check its size.
/// </summary>
public static class ProfileElements
{
    /// <summary>One element of <c>sizes</c>.</summary>
    /// <param name="Key">Its member name in the document (<c>bodyText</c>).</param>
    /// <param name="Name">Its Vietnamese name (<c>phần nội dung</c>).</param>
    /// <param name="Rules">The rules that check its size.</param>
    public sealed record Element(string Key, string Name, IReadOnlyList<string> Rules);

    /// <summary>Every element, by <see cref="Element.Key"/>.</summary>
    public static FrozenDictionary<string, Element> All { get; } = new Element[]
    {
        new("nationalTitle", "Quốc hiệu", ["HDR-NATION", "HDR-SIZE-PAIR"]),
        new("motto", "Tiêu ngữ", ["HDR-MOTTO", "HDR-SIZE-PAIR"]),
        new("parentAgency", "tên cơ quan chủ quản", ["HDR-AGENCY"]),
        new("issuingAuthority", "tên cơ quan ban hành", ["HDR-AGENCY"]),
        new("documentNumber", "số, ký hiệu", ["HDR-NUMBER"]),
        new("placeAndDate", "địa danh và ngày tháng", ["HDR-DATE", "HDR-SIZE-PAIR"]),
        new("documentType", "tên loại văn bản", ["HDR-TITLE"]),
        new("subject", "trích yếu", ["HDR-SUBJECT"]),
        new("sectionTitle", "tên mục", ["NUM-STYLE"]),
        new("clauseTitle", "tên khoản", ["NUM-STYLE"]),
        new("bodyText", "phần nội dung", ["BODY-FONT"]),
        new("recipientsLabel", "chữ “Nơi nhận”", ["RCP-LABEL"]),
        new("recipientItem", "danh sách nơi nhận", ["RCP-ITEMS"]),
        new("signingAuthority", "quyền hạn, chức vụ người ký", ["SIG-AUTHORITY"]),
        new("signerName", "họ tên người ký", ["SIG-NAME"]),
        new("pageNumber", "số trang", ["PAGE-NUMBER"]),
    }.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
}
