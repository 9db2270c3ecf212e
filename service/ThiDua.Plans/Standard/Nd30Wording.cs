using System.Globalization;

namespace ThiDua.Plans.Standard;

/// <summary>
/// The words Nghị định 30/2020/NĐ-CP fixes letter for letter — Quốc hiệu, Tiêu ngữ, tên loại and its abbreviation,
/// <c>Số</c>, <c>Nơi nhận:</c>, <c>Lưu: VT</c>, the abbreviations of quyền hạn ký — and the way numbers and dates are
/// written. Authoring writes them, recognition finds elements by them, the rules compare with them. No profile changes
/// them.
/// </summary>
public static class Nd30Wording
{
    /// <summary>Quốc hiệu (Phụ lục I, Mục II.1a).</summary>
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>Quốc hiệu with the old tone placement, accepted (rules.md, HDR-NATION).</summary>
    public const string NationalTitleOldTone = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>Tiêu ngữ (Mục II.1b): initial capitals, a hyphen with one space each side.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Tên loại of a plan (Mục II.5a; Phụ lục III).</summary>
    public const string PlanType = "KẾ HOẠCH";

    /// <summary>The abbreviation of <see cref="PlanType"/> that opens the ký hiệu (Phụ lục III): <c>KH-UBND</c>.</summary>
    public const string PlanTypeSymbol = "KH";

    /// <summary>The word before the number (Mục II.3b): <c>Số: 16/KH-UBND</c>.</summary>
    public const string NumberLabel = "Số";

    /// <summary>The label of Nơi nhận (Mục II.9b).</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    /// <summary>The word of the last recipient line, the copies kept (Mục II.9b): <c>- Lưu: VT, VP.</c>.</summary>
    public const string Archive = "Lưu";

    /// <summary>Văn thư's code in the <see cref="Archive"/> line.</summary>
    public const string ClerkCode = "VT";

    /// <summary>
    /// The abbreviations of quyền hạn ký (Mục II.7b), each written with its period: thay mặt, ký thay, quyền, thừa lệnh,
    /// thừa ủy quyền.
    /// </summary>
    public static readonly IReadOnlyList<string> AuthorityAbbreviations = ["TM", "KT", "Q", "TL", "TUQ"];

    /// <summary>
    /// Tên loại of administrative documents (Phụ lục III), in capitals, with the abbreviation that opens their ký hiệu
    /// (empty for công văn, whose ký hiệu names the drafting unit): what the line under the two-column header may be.
    /// A plan is <see cref="PlanType"/>, <see cref="PlanTypeSymbol"/>.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Symbol)> DocumentTypes =
    [
        (PlanType, PlanTypeSymbol), ("NGHỊ QUYẾT", "NQ"), ("QUYẾT ĐỊNH", "QĐ"), ("CHỈ THỊ", "CT"), ("QUY CHẾ", "QC"),
        ("QUY ĐỊNH", "QyĐ"), ("THÔNG BÁO", "TB"), ("HƯỚNG DẪN", "HD"), ("CHƯƠNG TRÌNH", "CTr"), ("PHƯƠNG ÁN", "PA"),
        ("ĐỀ ÁN", "ĐA"), ("DỰ ÁN", "DA"), ("BÁO CÁO", "BC"), ("TỜ TRÌNH", "TTr"), ("BIÊN BẢN", "BB"), ("CÔNG VĂN", ""),
    ];

    /// <summary>Độ khẩn (Phụ lục I, Mục III.2; Điều 15 of the decree): the only words a plan marks its urgency with, most urgent first.</summary>
    public static readonly IReadOnlyList<string> UrgencyMarks = ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"];

    /// <summary>Độ mật (Phụ lục I, Mục III.2; Luật Bảo vệ bí mật nhà nước 2018, Điều 8): the only words of a secrecy mark.</summary>
    public static readonly IReadOnlyList<string> SecrecyMarks = ["TUYỆT MẬT", "TỐI MẬT", "MẬT"];

    /// <summary>Chỉ dẫn phạm vi lưu hành (Phụ lục I, Mục III.2): the only words that limit how a plan circulates.</summary>
    public static readonly IReadOnlyList<string> CirculationMarks = ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"];

    /// <summary>
    /// The words of a phụ lục's label (Phụ lục I, Mục III.1): <c>Phụ lục</c>, numbered in Roman numerals (<c>Phụ lục II</c>)
    /// when the plan has two or more.
    /// </summary>
    public const string AppendixLabel = "Phụ lục";

    /// <summary>The words that open the line under a phụ lục's title (Mục III.1): <c>(Kèm theo Kế hoạch số …/KH-… ngày … của …)</c>.</summary>
    public const string AppendixAttachment = "Kèm theo";

    /// <summary>The ký hiệu abbreviation of tên loại <paramref name="type"/> (any case, with or without marks); <see cref="PlanTypeSymbol"/> when unknown.</summary>
    public static string SymbolOf(string? type)
    {
        if (type is null) return PlanTypeSymbol;
        var key = TextKey.Fold(type);
        foreach (var (name, symbol) in DocumentTypes)
            if (TextKey.Fold(name) == key) return symbol;
        return PlanTypeSymbol;
    }

    /// <summary>A số as written (Mục II.3b): numbers below 10 with a leading 0 (<c>5</c> → <c>05</c>); other text unchanged.</summary>
    public static string Number(string number)
    {
        var n = number.Trim();
        return n.Length == 1 && char.IsAsciiDigit(n[0]) ? "0" + n : n;
    }

    /// <summary>
    /// The date as Mục II.4b writes it: <c>ngày 01 tháng 02 năm 2024</c>, <c>ngày 15 tháng 3 năm 2024</c> (day below 10 and
    /// months 1–2 with a leading 0, months 3–12 without).
    /// </summary>
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture,
        $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}");

    /// <summary>A date left blank for văn thư to fill after signing: <c>ngày      tháng      năm 2024</c>.</summary>
    public static string BlankDate(int year) => BlankDate(year.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date left blank, its year written as <paramref name="year"/> (a template token such as <c>{year}</c>).</summary>
    public static string BlankDate(string year) => $"ngày      tháng      năm {year}";

    /// <summary>Địa danh and date (Mục II.4): <c>Trí Yên, ngày 01 tháng 02 năm 2024</c>.</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, {Date(date)}";

    /// <summary>A month as Mục II.4b writes it: <c>02</c>, <c>3</c>, <c>12</c>.</summary>
    public static string Month(int month) =>
        month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);
}
