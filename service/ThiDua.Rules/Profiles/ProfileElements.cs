using System.Collections.Frozen;
using ThiDua.Plans.Standard;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The elements whose type size a profile may narrow (the <c>sizes</c> of a profile document): each with its name in the
/// document, the <see cref="PlanElement"/> of the standard whose look it narrows, its Vietnamese name for messages, and the
/// rules that check its size.
/// </summary>
public static class ProfileElements
{
    /// <summary>One element of <c>sizes</c>.</summary>
    /// <param name="Key">Its member name in the document (<c>bodyText</c>).</param>
    /// <param name="Standard">The element of the standard.</param>
    /// <param name="Name">Its Vietnamese name (<c>phần nội dung</c>).</param>
    /// <param name="Rules">The rules that check its size.</param>
    public sealed record Element(string Key, PlanElement Standard, string Name, IReadOnlyList<string> Rules);

    /// <summary>Every element, by <see cref="Element.Key"/>.</summary>
    public static FrozenDictionary<string, Element> All { get; } = new Element[]
    {
        new("nationalTitle", PlanElement.NationalTitle, "Quốc hiệu", ["HDR-NATION", "HDR-SIZE-PAIR"]),
        new("motto", PlanElement.Motto, "Tiêu ngữ", ["HDR-MOTTO", "HDR-SIZE-PAIR"]),
        new("parentAgency", PlanElement.ParentAgency, "tên cơ quan chủ quản", ["HDR-AGENCY"]),
        new("issuingAuthority", PlanElement.IssuingAuthority, "tên cơ quan ban hành", ["HDR-AGENCY"]),
        new("documentNumber", PlanElement.DocumentNumber, "số, ký hiệu", ["HDR-NUMBER"]),
        new("placeAndDate", PlanElement.PlaceAndDate, "địa danh và ngày tháng", ["HDR-DATE", "HDR-SIZE-PAIR"]),
        new("documentType", PlanElement.DocumentType, "tên loại văn bản", ["HDR-TITLE"]),
        new("subject", PlanElement.Subject, "trích yếu", ["HDR-SUBJECT"]),
        new("sectionTitle", PlanElement.SectionTitle, "tên mục", ["NUM-STYLE"]),
        new("clauseTitle", PlanElement.ClauseTitle, "tên khoản", ["NUM-STYLE"]),
        new("bodyText", PlanElement.BodyText, "phần nội dung", ["BODY-FONT"]),
        new("recipientsLabel", PlanElement.RecipientsLabel, "chữ “Nơi nhận”", ["RCP-LABEL"]),
        new("recipientItem", PlanElement.RecipientItem, "danh sách nơi nhận", ["RCP-ITEMS"]),
        new("signingAuthority", PlanElement.SigningAuthority, "quyền hạn, chức vụ người ký", ["SIG-AUTHORITY"]),
        new("signerName", PlanElement.SignerName, "họ tên người ký", ["SIG-NAME"]),
        new("pageNumber", PlanElement.PageNumber, "số trang", ["PAGE-NUMBER"]),
    }.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
}
