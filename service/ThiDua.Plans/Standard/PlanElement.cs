namespace ThiDua.Plans.Standard;

/// <summary>
/// The elements of a kế hoạch that Nghị định 30/2020/NĐ-CP, Phụ lục I gives a look to (Mục II element by element, the
/// table of Mục V; the layout of Mẫu 1.4, Phụ lục III). The vocabulary the plan model, the rules and authoring share.
/// </summary>
public enum PlanElement
{
    /// <summary>Quốc hiệu — <c>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c> (Mục II.1a).</summary>
    NationalTitle,
    /// <summary>Tiêu ngữ — <c>Độc lập - Tự do - Hạnh phúc</c> (Mục II.1b–c).</summary>
    Motto,
    /// <summary>Cơ quan chủ quản — the body above the issuer (<c>UBND HUYỆN YÊN DŨNG</c>, Mục II.2b).</summary>
    ParentAgency,
    /// <summary>Cơ quan, tổ chức ban hành — <em>IssuingAuthority</em> (<c>ỦY BAN NHÂN DÂN / XÃ TRÍ YÊN</c>, Mục II.2b).</summary>
    IssuingAuthority,
    /// <summary>Số, ký hiệu — <c>Số: 16/KH-UBND</c> (Mục II.3).</summary>
    DocumentNumber,
    /// <summary>Địa danh và thời điểm ban hành — <c>Trí Yên, ngày 01 tháng 02 năm 2024</c> (Mục II.4).</summary>
    PlaceAndDate,
    /// <summary>Tên loại — <c>KẾ HOẠCH</c> (Mục II.5).</summary>
    DocumentType,
    /// <summary>Trích yếu nội dung (Mục II.5b).</summary>
    Subject,
    /// <summary>Căn cứ ban hành — <c>Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</c> (Mục II.6a).</summary>
    Basis,
    /// <summary>Tên mục — <c>I. MỤC ĐÍCH, YÊU CẦU</c> (Mục II.6đ).</summary>
    SectionTitle,
    /// <summary>Tên khoản — <c>1. Mục đích</c> (Mục II.6đ).</summary>
    ClauseTitle,
    /// <summary>Running text of the body, numbered khoản without a title included (Mục II.6e).</summary>
    BodyText,
    /// <summary>The <c>Nơi nhận:</c> label (Mục II.9b).</summary>
    RecipientsLabel,
    /// <summary>A recipient line, <c>- UBND huyện;</c> … <c>- Lưu: VT, VP.</c> (Mục II.9b).</summary>
    RecipientItem,
    /// <summary>Quyền hạn, chức vụ người ký — <c>TM. ỦY BAN NHÂN DÂN</c> / <c>CHỦ TỊCH</c> (Mục II.7a–b).</summary>
    SigningAuthority,
    /// <summary>Họ và tên người ký (Mục II.7c).</summary>
    SignerName,
    /// <summary>Số trang (Phần I, Mục I.7).</summary>
    PageNumber,
    /// <summary>Text in a table of the body (a house look: Nghị định 30 leaves it to the drafter).</summary>
    TableText,
    /// <summary>Dấu độ khẩn, độ mật, chỉ dẫn phạm vi lưu hành — <c>KHẨN</c>, <c>MẬT</c>, <c>LƯU HÀNH NỘI BỘ</c> (Phụ lục I, Mục III.2).</summary>
    HeaderMark,
    /// <summary>The label of a phụ lục — <c>Phụ lục II</c> (Phụ lục I, Mục III.1).</summary>
    AppendixLabel,
    /// <summary>The title of a phụ lục — <c>CHỈ TIÊU THI ĐUA NĂM 2024</c> (Mục III.1).</summary>
    AppendixTitle,
    /// <summary>The line under it — <c>(Kèm theo Kế hoạch số 16/KH-UBND ngày 01/02/2024 của …)</c> (Mục III.1).</summary>
    AppendixAttachment,
    /// <summary>Ký hiệu người soạn thảo, số lượng bản phát hành — <c>PL.(300)</c> (Phụ lục I, Mục III.3).</summary>
    DrafterMark,
    /// <summary>Địa chỉ, điện thoại, thư điện tử of the issuing body at the foot of the first page (Mục III.4).</summary>
    ContactLine,
}
