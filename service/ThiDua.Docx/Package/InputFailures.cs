using System.Globalization;

namespace ThiDua.Docx.Package;

/// <summary>
/// The Vietnamese sentences of every <see cref="DocxInputException"/> the package layer throws, in one place so the
/// wording stays consistent between the service, the pane and the <c>thidua</c> command line. Each tells what was
/// received and what the officer can do.
/// </summary>
public static class InputFailures
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>No file was sent (e.g. the multipart field <c>file</c> is absent).</summary>
    public static DocxInputException Missing() =>
        new(DocxInputError.Missing, "Chưa có tệp nào được gửi lên. Hãy chọn tệp kế hoạch .docx rồi gửi lại.");

    /// <summary>A file of zero bytes.</summary>
    public static DocxInputException Empty() =>
        new(DocxInputError.Empty, "Tệp rỗng (0 byte). Hãy chọn lại tệp kế hoạch .docx.");

    /// <summary>A file larger than the limit; <paramref name="size"/> is null when only known to exceed it.</summary>
    public static DocxInputException TooLarge(long? size, long limit) =>
        new(DocxInputError.TooLarge, size is { } s
            ? $"Tệp quá lớn: {Megabytes(s)}, vượt giới hạn {Megabytes(limit)}. Hãy nén ảnh trong văn bản hoặc tách tệp rồi gửi lại."
            : $"Tệp quá lớn: vượt giới hạn {Megabytes(limit)}. Hãy nén ảnh trong văn bản hoặc tách tệp rồi gửi lại.");

    /// <summary>Not a ZIP package; <paramref name="detected"/> names the format when recognised (<c>tài liệu PDF</c>).</summary>
    public static DocxInputException NotDocx(string? detected) =>
        new(DocxInputError.NotDocx, detected is null
            ? "Tệp này không phải văn bản Word (.docx). Hãy mở văn bản trong Word, chọn Lưu thành › Tài liệu Word (*.docx) rồi gửi lại."
            : $"Tệp này là {detected}, không phải văn bản Word (.docx). Hãy mở văn bản trong Word, chọn Lưu thành › Tài liệu Word (*.docx) rồi gửi lại.");

    /// <summary>A Word 97–2003 binary document.</summary>
    public static DocxInputException LegacyDoc() =>
        new(DocxInputError.LegacyDoc,
            "Đây là tệp Word 97–2003 (.doc), không phải .docx. Hãy mở tệp trong Word, chọn Lưu thành › Tài liệu Word (*.docx) rồi gửi lại.");

    /// <summary>A macro-enabled document or template.</summary>
    public static DocxInputException MacroEnabled() =>
        new(DocxInputError.MacroEnabled,
            "Đây là tệp Word có macro (.docm). Vì lý do an toàn, hệ thống chỉ nhận tệp .docx: hãy lưu lại dưới dạng Tài liệu Word (*.docx) rồi gửi lại.");

    /// <summary>A package named and typed as a .docx that carries a macro project (<paramref name="part"/>, e.g. <c>word/vbaProject.bin</c>).</summary>
    public static DocxInputException MacroPart(string part) =>
        new(DocxInputError.MacroEnabled,
            $"Tệp mang đuôi .docx nhưng có chứa macro ({part}). Vì lý do an toàn, hệ thống chỉ nhận văn bản Word không có macro: hãy lưu lại dưới dạng Tài liệu Word (*.docx) rồi gửi lại.");

    /// <summary>Elements nested deeper than <paramref name="limit"/> levels.</summary>
    public static DocxInputException TooDeep(int limit) =>
        TooComplex($"các thành phần lồng nhau sâu hơn {Number(limit)} cấp (bảng trong bảng, thẻ nội dung trong thẻ nội dung…)");

    /// <summary>More than <paramref name="limit"/> XML elements in the whole package.</summary>
    public static DocxInputException TooManyElements(long limit) =>
        TooComplex($"văn bản có hơn {Number(limit)} phần tử cấu trúc");

    /// <summary>A paragraph longer than <paramref name="limit"/> characters.</summary>
    public static DocxInputException ParagraphTooLong(long limit) =>
        TooComplex($"có một đoạn văn dài hơn {Number(limit)} ký tự");

    /// <summary>A paragraph made of more than <paramref name="limit"/> elements (runs, fields, marks…).</summary>
    public static DocxInputException ParagraphTooComplex(long limit) =>
        TooComplex($"có một đoạn văn gồm hơn {Number(limit)} phần tử (lượt chữ, trường, dấu định dạng…)");

    /// <summary>A structure beyond the limits; <paramref name="reason"/> says which, in Vietnamese.</summary>
    private static DocxInputException TooComplex(string reason) =>
        new(DocxInputError.TooComplex, $"Tệp bị từ chối vì cấu trúc vượt xa một kế hoạch thông thường: {reason}. Hãy mở tệp bằng Word, kiểm tra và lưu lại rồi gửi lại.");

    /// <summary>A password-protected package.</summary>
    public static DocxInputException Encrypted() =>
        new(DocxInputError.Encrypted,
            "Tệp đã được đặt mật khẩu (mã hóa) nên không đọc được. Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi gửi lại.");

    /// <summary>Entries that expand beyond the limits; <paramref name="reason"/> says which limit, in Vietnamese.</summary>
    public static DocxInputException ZipBomb(string reason) =>
        new(DocxInputError.ZipBomb, $"Tệp bị từ chối vì lý do an toàn: {reason}. Một văn bản Word thông thường không có cấu trúc nén như vậy.");

    /// <summary>A damaged package; <paramref name="reason"/> says what is wrong, in Vietnamese.</summary>
    public static DocxInputException Corrupt(string reason, Exception? inner = null) =>
        new(DocxInputError.Corrupt, $"Tệp bị hỏng: {reason}. Hãy mở tệp bằng Word, lưu lại rồi gửi lại.", inner);

    /// <summary>A count or ratio with Vietnamese digit grouping (<c>10.000</c>).</summary>
    internal static string Number(double value) => value.ToString("#,0", Vietnamese);

    /// <summary>A size in MB with a Vietnamese decimal comma (<c>20 MB</c>, <c>25,3 MB</c>).</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", Vietnamese) + " MB";
}
