using System.Globalization;
using ThiDua.Rules;

namespace ThiDua.Cli.Output;

/// <summary>Vietnamese words for the engine's values in text reports.</summary>
public static class Labels
{
    /// <summary>Culture for numbers: <c>.</c> groups thousands, <c>,</c> marks decimals.</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary><c>LỖI</c>, <c>CẢNH BÁO</c>, <c>THÔNG TIN</c>.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "LỖI",
        Severity.Warning => "CẢNH BÁO",
        _ => "THÔNG TIN",
    };

    /// <summary>The plan part's name as Nghị định 30 calls it.</summary>
    public static string Of(PlanPart part) => part switch
    {
        PlanPart.Document => "Toàn văn bản (trang, phông chữ)",
        PlanPart.Header => "Phần đầu văn bản",
        PlanPart.Body => "Nội dung",
        _ => "Phần cuối (nơi nhận, chữ ký)",
    };

    /// <summary>
    /// A submission outcome of the service (<c>stored</c>, <c>superseded</c>, <c>unchanged</c>) as <c>submit</c> and
    /// <c>import</c> print it: <c>đã lưu</c>, <c>thay thế phiên bản cũ</c>, <c>không đổi</c>; null for any other outcome.
    /// </summary>
    public static string? SubmissionOutcome(string outcome) => outcome switch
    {
        "stored" => "đã lưu",
        "superseded" => "thay thế phiên bản cũ",
        "unchanged" => "không đổi",
        _ => null,
    };

    /// <summary>
    /// The summary of sending plans, without a final stop:
    /// <c>Tổng cộng 7 tệp: 4 đã lưu, 0 không đổi, 2 thay thế phiên bản cũ, 1 bị từ chối</c>.
    /// </summary>
    public static string SubmissionSummary(int files, int stored, int unchanged, int superseded, int rejected) =>
        $"Tổng cộng {files} tệp: {stored} {SubmissionOutcome("stored")}, {unchanged} {SubmissionOutcome("unchanged")}, " +
        $"{superseded} {SubmissionOutcome("superseded")}, {rejected} bị từ chối";
}
