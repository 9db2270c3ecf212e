using System.Collections.Frozen;

namespace ThiDua.Rules.Engine;

/// <summary>
/// The one place where each rule of <c>shared/spec/rules.md</c> says what it checks, why, and which clause it applies
/// (<see cref="RuleDescription"/>): read by <c>GET /api/rules</c>, <c>thidua rules</c>, <c>thidua explain</c>, and by the
/// checker for each finding's severity under the base profile. Clauses point into Nghị định 30/2020/NĐ-CP: Phụ lục I
/// Phần I (Mục I general rules, Mục II element by element, Mục III the other elements, Mục IV the layout, Mục V the
/// table of sizes and styles), Phụ lục II (capitals), Phụ lục III (abbreviations and the sample plan, Mẫu 1.4).
/// </summary>
public static class RuleDescriptions
{
    /// <summary>The decree.</summary>
    public const string Decree = "Nghị định 30/2020/NĐ-CP";

    /// <summary>The clause of a house rule: it goes beyond the decree.</summary>
    public const string HouseClause = "Quy định của cơ quan";

    private const string Pl1 = Decree + ", Phụ lục I, Phần I";

    private static readonly FrozenDictionary<string, RuleDescription> all = new RuleDescription[]
    {
        // rules.md § Page and typeface
        D("PAGE-SIZE", Severity.Error, PlanPart.Document, "Khổ giấy",
            "Văn bản trình bày trên khổ A4 (210 × 297 mm), theo chiều dài; chỉ trang có bảng rộng mới được xoay ngang.",
            Pl1 + ", Mục I, khoản 1 và 2"),
        D("PAGE-MARGIN", Severity.Warning, PlanPart.Document, "Lề trang",
            "Lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.",
            Pl1 + ", Mục I, khoản 3"),
        D("PAGE-NUMBER", Severity.Warning, PlanPart.Document, "Số trang",
            "Số trang bằng chữ số Ả Rập, cỡ 13–14, đứng, canh giữa ở lề trên; không hiển thị số trang thứ nhất.",
            Pl1 + ", Mục I, khoản 7"),
        D("FONT-FACE", Severity.Error, PlanPart.Document, "Phông chữ",
            "Mọi chữ trong văn bản dùng phông Times New Roman, bộ mã Unicode theo TCVN 6909:2001.",
            Pl1 + ", Mục I, khoản 4"),
        D("FONT-LEGACY", Severity.Error, PlanPart.Document, "Bảng mã cũ (TCVN3, VNI)",
            "Chữ gõ bằng bảng mã cũ TCVN3 (.VnTime…) hoặc VNI không phải Unicode theo TCVN 6909:2001: người nhận và cơ sở dữ liệu không đọc được, cần chuyển sang Unicode.",
            Pl1 + ", Mục I, khoản 4"),
        D("FONT-COLOR", Severity.Warning, PlanPart.Document, "Màu chữ",
            "Chữ màu đen; chữ tô màu hoặc đánh dấu còn sót lại sau khi góp ý phải bỏ trước khi trình ký.",
            Pl1 + ", Mục I, khoản 4"),
        H("TEXT-NFC", Severity.Warning, PlanPart.Document, "Chữ Unicode dựng sẵn",
            "Chữ tiếng Việt ở dạng tổ hợp (dán từ PDF, máy Mac) trông giống nhưng không tìm kiếm được và làm sai dữ liệu; cần đưa về dạng dựng sẵn."),

        // § Administrative header (phần đầu văn bản)
        D("HDR-LAYOUT", Severity.Error, PlanPart.Header, "Bố cục phần đầu văn bản",
            "Phần đầu có hai cột: bên trái cơ quan chủ quản, cơ quan ban hành, số và ký hiệu; bên phải Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng; dưới là tên loại và trích yếu. Phần đầu là ảnh hoặc hộp văn bản thì không đọc được.",
            Pl1 + ", Mục IV (sơ đồ bố trí các thành phần thể thức); Phụ lục III, Mẫu 1.4"),
        D("HDR-NATION", Severity.Error, PlanPart.Header, "Quốc hiệu",
            "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” in hoa, cỡ 12–13, đứng, đậm, trên cùng bên phải trang đầu.",
            Pl1 + ", Mục II, khoản 1, điểm a"),
        D("HDR-MOTTO", Severity.Error, PlanPart.Header, "Tiêu ngữ",
            "“Độc lập - Tự do - Hạnh phúc”: viết hoa chữ đầu mỗi cụm từ, gạch nối có cách chữ, cỡ 13–14, đứng, đậm, canh giữa dưới Quốc hiệu và cách Quốc hiệu dòng đơn; dưới có đường kẻ liền dài bằng dòng chữ.",
            Pl1 + ", Mục II, khoản 1, điểm b và c"),
        D("HDR-AGENCY", Severity.Error, PlanPart.Header, "Tên cơ quan ban hành",
            "Tên cơ quan ban hành in hoa, cỡ 12–13, đứng, đậm, canh giữa dưới tên cơ quan chủ quản, dưới có đường kẻ liền dài 1/3 đến 1/2 dòng chữ; tên cơ quan chủ quản in hoa, cỡ 12–13, đứng, không đậm.",
            Pl1 + ", Mục II, khoản 2, điểm b"),
        D("HDR-NUMBER", Severity.Error, PlanPart.Header, "Số, ký hiệu",
            "“Số:”, số thứ tự (thêm số 0 trước số nhỏ hơn 10), dấu gạch chéo và ký hiệu gồm chữ viết tắt tên loại (KH là kế hoạch) và tên cơ quan nối bằng gạch nối không cách; cỡ 13, đứng, canh giữa dưới tên cơ quan.",
            Pl1 + ", Mục II, khoản 3, điểm b và c; Phụ lục III (chữ viết tắt tên loại văn bản)"),
        D("HDR-NUMBER-BLANK", Severity.Info, PlanPart.Header, "Số văn bản để trống",
            "Dự thảo để trống số là bình thường: Văn thư cấp số sau khi văn bản được ký. Nhắc để không quên; ký hiệu vẫn phải đúng.",
            Decree + ", Điều 15 (cấp số, thời gian ban hành văn bản); Phụ lục I, Phần I, Mục II, khoản 3, điểm a"),
        D("HDR-DATE", Severity.Error, PlanPart.Header, "Thời gian ban hành",
            "“<Địa danh>, ngày … tháng … năm …” ghi đầy đủ bằng chữ số Ả Rập, thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2; cỡ 13–14, nghiêng, canh giữa dưới Tiêu ngữ.",
            Pl1 + ", Mục II, khoản 4, điểm b và c"),
        D("HDR-DATE-BLANK", Severity.Info, PlanPart.Header, "Ngày tháng để trống",
            "Dự thảo để trống ngày, tháng là bình thường: thời gian ban hành được ghi khi văn bản được ký. Nhắc để không quên.",
            Decree + ", Điều 15 (cấp số, thời gian ban hành văn bản); Phụ lục I, Phần I, Mục II, khoản 4, điểm b"),
        D("HDR-PLACE", Severity.Warning, PlanPart.Header, "Địa danh",
            "Địa danh là tên chính thức của đơn vị hành chính nơi cơ quan ban hành đóng trụ sở (với xã là tên xã, không kèm chữ “xã”) và khớp với tên cơ quan.",
            Pl1 + ", Mục II, khoản 4, điểm a"),
        D("HDR-TITLE", Severity.Error, PlanPart.Header, "Tên loại văn bản",
            "“KẾ HOẠCH” in hoa, cỡ 13–14, đứng, đậm, canh giữa.",
            Pl1 + ", Mục II, khoản 5, điểm b; Phụ lục III, Mẫu 1.4"),
        D("HDR-SUBJECT", Severity.Error, PlanPart.Header, "Trích yếu",
            "Trích yếu ngay dưới tên loại, in thường, cỡ 13–14, đứng, đậm, canh giữa; dưới có đường kẻ liền dài 1/3 đến 1/2 dòng chữ.",
            Pl1 + ", Mục II, khoản 5, điểm b"),

        // § Body (nội dung)
        D("BODY-FONT", Severity.Warning, PlanPart.Body, "Cỡ chữ phần nội dung",
            "Nội dung cỡ 13–14, một cỡ chữ thống nhất trong toàn bộ phần nội dung.",
            Pl1 + ", Mục II, khoản 6, điểm e"),
        D("BODY-ALIGN", Severity.Warning, PlanPart.Body, "Canh lề và lùi đầu dòng",
            "Nội dung canh đều hai lề; chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm.",
            Pl1 + ", Mục II, khoản 6, điểm e"),
        D("BODY-SPACING", Severity.Warning, PlanPart.Body, "Khoảng cách đoạn và dòng",
            "Khoảng cách giữa các đoạn văn tối thiểu 6 pt; khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng.",
            Pl1 + ", Mục II, khoản 6, điểm e"),
        H("BODY-EMPTY", Severity.Warning, PlanPart.Body, "Dòng trống và ngắt dòng thủ công",
            "Không dùng nhiều dòng trống liền nhau để tạo khoảng cách, không ngắt dòng giữa câu (thường gặp khi dán từ PDF)."),
        D("NUM-SEQUENCE", Severity.Error, PlanPart.Body, "Số thứ tự các phần",
            "Mục đánh số La Mã I, II, III; khoản 1, 2, 3; dưới khoản là 1.1 hoặc điểm a), b) theo bảng chữ cái tiếng Việt; mỗi cấp đánh liên tục từ đầu, không lặp, không bỏ số.",
            Pl1 + ", Mục II, khoản 6, điểm đ; Mục V, dòng 6b"),
        D("NUM-STYLE", Severity.Warning, PlanPart.Body, "Trình bày đề mục",
            "Các đề mục cùng cấp trình bày như nhau: mục in hoa, đậm; khoản có tiêu đề in thường, đứng, đậm; khoản không có tiêu đề in thường, đứng.",
            Pl1 + ", Mục II, khoản 6, điểm đ"),
        H("STRUCT-SECTIONS", Severity.Warning, PlanPart.Body, "Bố cục kế hoạch thi đua",
            "Kế hoạch thi đua có ba phần lớn: mục đích, yêu cầu; nội dung (nhiệm vụ, giải pháp); tổ chức thực hiện."),
        H("TEXT-SPELL", Severity.Warning, PlanPart.Document, "Chính tả",
            "Âm tiết không có trong tiếng Việt, dấu thanh đặt sai chỗ, hai chữ viết liền nhau hoặc một từ bị lặp."),
        H("TEXT-SPACE", Severity.Warning, PlanPart.Document, "Khoảng trắng",
            "Không gõ hai khoảng trắng liền nhau, không có khoảng trắng trước dấu câu, có một khoảng trắng sau dấu câu, không có khoảng trắng sát bên trong ngoặc và ngoặc kép."),

        // § Closing part (phần cuối)
        D("SIG-AUTHORITY", Severity.Error, PlanPart.Closing, "Quyền hạn, chức vụ người ký",
            "Quyền hạn (TM., KT., Q., TL., TUQ., có dấu chấm) và chức vụ của người ký in hoa, cỡ 13–14, đứng, đậm.",
            Pl1 + ", Mục II, khoản 7, điểm b và đ"),
        D("SIG-NAME", Severity.Error, PlanPart.Closing, "Họ tên người ký",
            "Họ và tên người ký in thường (viết hoa chữ đầu), cỡ 13–14, đứng, đậm, dưới chỗ ký; không ghi học hàm, học vị trước họ tên.",
            Pl1 + ", Mục II, khoản 7, điểm c và đ"),
        D("RCP-LABEL", Severity.Error, PlanPart.Closing, "Chữ “Nơi nhận”",
            "“Nơi nhận:” trên một dòng riêng, sát lề trái, ngang hàng dòng quyền hạn người ký, cỡ 12, nghiêng, đậm.",
            Pl1 + ", Mục II, khoản 9, điểm d"),
        D("RCP-ITEMS", Severity.Warning, PlanPart.Closing, "Danh sách nơi nhận",
            "Mỗi nơi nhận một dòng, đầu dòng có gạch đầu dòng, cuối dòng có dấu chấm phẩy, cỡ 11, đứng; dòng cuối là “- Lưu: VT, <đơn vị soạn thảo>, <số bản>.” kết thúc bằng dấu chấm.",
            Pl1 + ", Mục II, khoản 9, điểm d"),

        // § Machine-readable plans (content controls)
        H("TAG-MISSING", Severity.Info, PlanPart.Document, "Phần chưa gắn thẻ",
            "Một phần chuẩn của kế hoạch chưa nằm trong vùng gắn thẻ nên hệ thống chưa đọc tự động được; có thể gắn thẻ mà không đổi nội dung."),
        H("TAG-BROKEN", Severity.Error, PlanPart.Document, "Vùng gắn thẻ không khớp",
            "Một vùng gắn thẻ không còn khớp với nội dung của nó (vùng chỉ tiêu không còn bảng, hai vùng cùng một thẻ, dữ liệu đính kèm khác nội dung)."),
        H("KPI-UNPARSED", Severity.Warning, PlanPart.Body, "Chỉ tiêu chưa đọc được",
            "Một chỉ tiêu chưa đọc được giá trị hoặc đơn vị (ví dụ “đạt trên” mà không có con số)."),

        // § Second release: what an experienced văn thư also sends back
        D("HDR-SIZE-PAIR", Severity.Warning, PlanPart.Header, "Cỡ chữ phần đầu đi cùng nhau",
            "Cỡ chữ các thành phần tăng, giảm thống nhất: Quốc hiệu cỡ 12 đi với Tiêu ngữ, địa danh và ngày tháng cỡ 13; Quốc hiệu cỡ 13 đi với cỡ 14.",
            Pl1 + ", Mục V (ghi chú: cỡ chữ trong cùng một văn bản tăng, giảm phải thống nhất)"),
        D("HDR-SPACING", Severity.Warning, PlanPart.Header, "Cách dòng trong phần đầu",
            "Quốc hiệu và Tiêu ngữ trên hai dòng liền nhau, cách dòng đơn; tên cơ quan chủ quản và tên cơ quan ban hành cũng vậy.",
            Pl1 + ", Mục II, khoản 1, điểm c; khoản 2, điểm b"),
        D("HDR-PLACE-CAPS", Severity.Warning, PlanPart.Header, "Viết hoa địa danh",
            "Chữ cái đầu mỗi âm tiết của địa danh viết hoa (Tiên Động, Đắk Hà); sau địa danh có dấu phẩy.",
            Pl1 + ", Mục II, khoản 4, điểm c; Phụ lục II, Mục III, khoản 1"),
        D("BASIS-STYLE", Severity.Warning, PlanPart.Body, "Căn cứ ban hành",
            "Mỗi căn cứ (hoặc dòng “Thực hiện …” mở đầu kế hoạch) một dòng, in thường, nghiêng, cỡ 13–14, cuối dòng có dấu chấm phẩy, dòng cuối kết thúc bằng dấu chấm.",
            Pl1 + ", Mục II, khoản 6, điểm a"),
        D("BODY-UPRIGHT", Severity.Warning, PlanPart.Body, "Kiểu chữ nội dung",
            "Nội dung trình bày kiểu chữ đứng: không để cả đoạn văn in nghiêng; nhấn mạnh vài chữ trong câu thì được.",
            Pl1 + ", Mục II, khoản 6, điểm e"),
        D("STRUCT-TITLES", Severity.Warning, PlanPart.Body, "Tiêu đề các phần",
            "Mỗi mục (I, II…) có tiêu đề; khoản dùng làm đề mục cũng có tiêu đề.",
            Pl1 + ", Mục II, khoản 6, điểm d"),
        D("REF-CITE", Severity.Warning, PlanPart.Body, "Viện dẫn văn bản",
            "Lần đầu viện dẫn một văn bản ghi đủ tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành; các lần sau có thể ghi tên loại và số, ký hiệu.",
            Pl1 + ", Mục II, khoản 6, điểm b"),
        H("REF-INTERNAL", Severity.Warning, PlanPart.Body, "Dẫn chiếu trong kế hoạch",
            "Chỗ dẫn tới một phần của chính kế hoạch (Mục II, khoản 3 Mục I, Phụ lục I) phải trỏ tới phần có thật."),
        D("TEXT-CAPS", Severity.Warning, PlanPart.Document, "Viết hoa",
            "Viết hoa chữ đầu câu; tên cơ quan, tổ chức; tên huân chương, danh hiệu thi đua, danh hiệu vinh dự; tên văn bản cụ thể; tên ngày lễ, ngày tết; chức vụ đi liền với tên người.",
            Decree + ", Phụ lục II (viết hoa trong văn bản hành chính)"),
        H("TEXT-CONFUSABLE", Severity.Warning, PlanPart.Document, "Dùng nhầm từ",
            "Từ có từng âm tiết đúng chính tả nhưng là từ khác, dùng sai nghĩa (“sử lý” thay cho “xử lý”, “chia sẽ” thay cho “chia sẻ”)."),
        H("TEXT-INVISIBLE", Severity.Warning, PlanPart.Document, "Ký tự ẩn",
            "Ký tự không nhìn thấy (khoảng trắng độ rộng 0, khoảng trắng không ngắt) làm hỏng tìm kiếm và dữ liệu; cần xóa hoặc thay bằng khoảng trắng thường."),
        H("TABLE-LAYOUT", Severity.Warning, PlanPart.Document, "Trình bày bảng",
            "Bảng phần đầu và bảng chữ ký không có đường viền; không bảng nào rộng hơn vùng trình bày; bảng công việc, chỉ tiêu dài quá một trang lặp lại dòng tiêu đề; cột số thứ tự canh giữa."),
        H("SIG-SPACE", Severity.Warning, PlanPart.Closing, "Chỗ ký",
            "Giữa chức vụ và họ tên người ký chừa đủ chỗ ký: ít nhất 3 dòng trống hoặc 48 pt."),
        D("HDR-MARKS", Severity.Warning, PlanPart.Header, "Mức độ khẩn, độ mật, phạm vi lưu hành",
            "Chỉ dùng các từ HỎA TỐC, THƯỢNG KHẨN, KHẨN; MẬT, TỐI MẬT, TUYỆT MẬT; XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ; in hoa, cỡ 13–14, đứng, đậm.",
            Pl1 + ", Mục III, khoản 2"),
        D("APX-LABEL", Severity.Warning, PlanPart.Body, "Phụ lục",
            "Phụ lục bắt đầu ở trang mới; chữ “Phụ lục” (đánh số La Mã khi có từ hai phụ lục) một dòng riêng, canh giữa, đứng, đậm; tên phụ lục in hoa, đậm; dòng “(Kèm theo Kế hoạch số …)” in thường, nghiêng; kế hoạch có nhắc tới phụ lục.",
            Pl1 + ", Mục III, khoản 1"),
        D("FOOT-DRAFTER", Severity.Info, PlanPart.Closing, "Ký hiệu người soạn thảo, số bản",
            "Ký hiệu người soạn thảo in hoa và số bản phát hành bằng chữ số Ả Rập (PL.(300)), cỡ 11, đứng; địa chỉ, điện thoại cỡ 11–12 dưới một đường kẻ hết chiều ngang.",
            Pl1 + ", Mục III, khoản 3 và 4"),
    }.ToFrozenDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every description, by id (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, RuleDescription> All => all;

    /// <summary>The description of rule <paramref name="id"/> (any case), or null when there is no such rule.</summary>
    public static RuleDescription? Find(string id) => all.GetValueOrDefault(id);

    /// <summary>The description of a listed rule.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no description (a test keeps every rule described).</exception>
    public static RuleDescription Of(string id) => all[id];

    private static RuleDescription D(string id, Severity severity, PlanPart part, string title, string explanation, string clause) =>
        new(id, severity, part, title, explanation, RuleBasis.Decree, clause);

    private static RuleDescription H(string id, Severity severity, PlanPart part, string title, string explanation) =>
        new(id, severity, part, title, explanation, RuleBasis.House, HouseClause);
}
