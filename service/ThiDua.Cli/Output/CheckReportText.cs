using System.Text;
using ThiDua.Rules;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Output;

/// <summary>
/// The readable Vietnamese report of <c>thidua check</c>: per file, findings grouped by plan part, errors first, each with
/// rule id, paragraph (1-based, as Word counts), excerpt, message, expected and observed, and the fix when there is one;
/// then a per-file count. <see cref="Summary"/> closes the run.
/// </summary>
public static class CheckReportText
{
    /// <summary>One file's report, its lines each ended by <see cref="Environment.NewLine"/>, a blank line last.</summary>
    public static string Render(string file, CheckReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Labels.Vietnamese, $"══ {file} ══");
        if (report.Profile.Name != EffectiveProfile.BaseName)
            text.AppendLine(Labels.Vietnamese, $"Hồ sơ quy tắc: {string.Join(" → ", report.Profile.Chain)}");
        if (report.Findings.Count == 0)
        {
            text.AppendLine("Không có phát hiện nào: văn bản đúng thể thức.");
            text.AppendLine();
            return text.ToString();
        }
        foreach (var part in report.Findings.GroupBy(f => f.Part).OrderBy(g => g.Key))
        {
            text.AppendLine(Labels.Of(part.Key));
            foreach (var finding in part.OrderByDescending(f => f.Severity).ThenBy(f => f.Paragraph).ThenBy(f => f.Rule, StringComparer.Ordinal))
                AppendFinding(text, finding);
        }
        text.AppendLine(Labels.Vietnamese, $"Kết quả: {Counts(report.Errors, report.Warnings, report.Infos)}.");
        text.AppendLine();
        return text.ToString();
    }

    /// <summary>The closing line: files, counts, files with errors, files that could not be read.</summary>
    public static string Summary(int files, int errors, int warnings, int infos, int filesWithErrors, int unreadable) =>
        $"Tổng cộng {files} tệp: {Counts(errors, warnings, infos)}; {filesWithErrors} tệp có lỗi" +
        (unreadable > 0 ? $"; {unreadable} tệp không đọc được." : ".");

    private static void AppendFinding(StringBuilder text, Finding finding)
    {
        var where = finding.Paragraph >= 0 ? $"đoạn {finding.Paragraph + 1}" : "toàn văn bản";
        var excerpt = string.IsNullOrWhiteSpace(finding.Text) ? "" : $" · «{finding.Text}»";
        var notEvaluated = finding.Evaluated ? "" : " (chưa đánh giá được)";
        text.AppendLine(Labels.Vietnamese, $"  [{Labels.Of(finding.Severity)}] {finding.Rule} · {where}{excerpt}{notEvaluated}");
        text.AppendLine(Labels.Vietnamese, $"      {finding.Message}");
        var from = finding.Profile is { } profile && profile != EffectiveProfile.BaseTitle ? $" (theo {profile})" : "";
        if (!string.IsNullOrWhiteSpace(finding.Expected)) text.AppendLine(Labels.Vietnamese, $"      Yêu cầu: {finding.Expected}{from}");
        if (!string.IsNullOrWhiteSpace(finding.Observed)) text.AppendLine(Labels.Vietnamese, $"      Thực tế: {finding.Observed}");
        if (finding.Fix is { } fix) text.AppendLine(Labels.Vietnamese, $"      Sửa tự động: {fix.Description}");
    }

    private static string Counts(int errors, int warnings, int infos) => $"{errors} lỗi, {warnings} cảnh báo, {infos} thông tin";
}
