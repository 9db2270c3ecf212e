using System.Text;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Rules;

namespace ThiDua.Cli.Output;

/// <summary>
/// The readable report of <c>thidua extract</c>: the plan's identifying data, then a table of its chỉ tiêu — comparator,
/// value as an officer reads it (<c>7,5–8 %</c>, <c>+10 % so với cùng kỳ</c>), target year, code, place — each followed by
/// why it was taken (the heading, the wording, the table column).
/// </summary>
public static class ExtractReportText
{
    private const int LabelWidth = 48;

    /// <summary>One file's report, its lines each ended by <see cref="Environment.NewLine"/>, a blank line last.</summary>
    public static string Render(string file, ExtractReport report)
    {
        var output = new StringBuilder();
        output.AppendLine(Labels.Vietnamese, $"══ {file} ══");
        AppendPlan(output, report.Plan);
        var measurable = report.Kpis.Count(k => !k.Qualitative);
        output.AppendLine(Labels.Vietnamese, $"Chỉ tiêu: {report.Kpis.Count} ({measurable} định lượng, {report.Kpis.Count - measurable} định tính)");
        if (report.Kpis.Count > 0) AppendTable(output, report.Kpis);
        output.AppendLine();
        return output.ToString();
    }

    private static void AppendPlan(StringBuilder output, PlanMetadata plan)
    {
        var issuer = string.Join(" / ", new[] { plan.IssuerParent, plan.Issuer }.Where(s => s.Length > 0));
        var number = plan.Number.Length > 0 ? $"{plan.Number}/{plan.Symbol}" : $"(để trống)/{plan.Symbol}";
        var date = plan.Date is { } d ? d.ToString("dd/MM/yyyy", Labels.Vietnamese) : "(chưa đủ ngày tháng)";
        var signer = string.Join(" / ", new[] { plan.SignerAuthority, plan.SignerTitle, plan.SignerName }.Where(s => s.Length > 0));
        output.AppendLine(Labels.Vietnamese, $"Cơ quan ban hành: {Or(issuer)}");
        output.AppendLine(Labels.Vietnamese, $"Số, ký hiệu: {number}");
        output.AppendLine(Labels.Vietnamese, $"Địa danh, ngày: {Or(plan.Place)}, {date}");
        output.AppendLine(Labels.Vietnamese, $"Năm kế hoạch: {plan.Year?.ToString(Labels.Vietnamese) ?? "(không rõ)"}");
        output.AppendLine(Labels.Vietnamese, $"Trích yếu: {Or(plan.Subject)}");
        output.AppendLine(Labels.Vietnamese, $"Người ký: {Or(signer)}");
    }

    private static void AppendTable(StringBuilder output, IReadOnlyList<Target> kpis)
    {
        var rows = kpis.Select((k, i) => new[]
        {
            (i + 1).ToString(Labels.Vietnamese),
            Truncate(k.Label, LabelWidth),
            KpiComparator.Sign(k.Comparator),
            k.Value is not null ? TargetText.Value(k) : k.Qualitative ? "(định tính)" : "",
            k.TargetYear?.ToString(Labels.Vietnamese) ?? "",
            k.Code,
            k.Source.Location,
        }).ToList();
        string[] header = ["STT", "Chỉ tiêu", "So sánh", "Giá trị", "Năm", "Mã", "Nguồn"];
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var indent = new string(' ', widths[0] + 2);
        output.AppendLine(Row(header, widths));
        output.AppendLine(string.Join("  ", widths.Select(w => new string('─', w))));
        for (var i = 0; i < rows.Count; i++)
        {
            output.AppendLine(Row(rows[i], widths));
            if (Evidence(kpis[i].Evidence) is { Length: > 0 } why) output.AppendLine(Labels.Vietnamese, $"{indent}căn cứ: {why}");
        }
    }

    /// <summary>Why a record was taken, in one line: <c>mục «2. Mục tiêu cụ thể»; từ «phấn đấu, đạt»; cột «Kế hoạch 2024»</c>.</summary>
    private static string Evidence(TargetEvidence evidence) => string.Join("; ", new[]
    {
        evidence.Heading.Length > 0 ? $"mục «{Truncate(evidence.Heading, LabelWidth)}»" : "",
        evidence.Wording.Length > 0 ? $"từ «{evidence.Wording}»" : "",
        evidence.Column.Length > 0 ? $"cột «{evidence.Column}»" : "",
    }.Where(s => s.Length > 0));

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, c) => c is 0 or 3 or 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd();

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Or(string value) => value.Length > 0 ? value : "(không tìm thấy)";
}
