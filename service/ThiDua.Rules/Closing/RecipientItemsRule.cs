using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// RCP-ITEMS — the lines of nơi nhận: each starts with <c>- </c>, cỡ 11, đứng, ends with <c>;</c>; the last is
/// <c>- Lưu: VT, &lt;đơn vị soạn thảo&gt;[, số bản].</c> ending with a period, with <c>VT</c> (văn thư) and the drafting
/// unit. Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.9b and the table of Mục V. One finding per defective line.
/// </summary>
public sealed partial class RecipientItemsRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "RCP-ITEMS";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Plan.Recipients is not { } recipients) yield break;
        var look = context.Standard[PlanElement.RecipientItem];
        var items = recipients.Items;
        if (items.Count == 0)
        {
            yield return context.At(Id, Severity.Warning, PlanPart.Closing, recipients.Label.Paragraph,
                "Dưới “Nơi nhận:” không có nơi nhận nào, kể cả dòng “- Lưu: VT, …”.",
                "Mỗi nơi nhận một dòng “- …;”, dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”", "(thiếu)", excerpt: recipients.Label.Text);
            yield break;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var last = i == items.Count - 1;
            var problems = new List<string>();
            var fixedText = item.Text;
            var marker = Marker().Match(fixedText);
            if (!fixedText.StartsWith("- ", StringComparison.Ordinal) || fixedText.StartsWith("-  ", StringComparison.Ordinal))
            {
                problems.Add("không bắt đầu bằng “- ” (gạch ngang và một khoảng trắng)");
                fixedText = "- " + fixedText[marker.Length..];
            }
            var body = fixedText[2..].TrimEnd();
            if (last) CheckArchiveLine(body, problems, ref fixedText);
            else if (!body.EndsWith(';'))
            {
                problems.Add(body.EndsWith('.') ? "kết thúc bằng dấu chấm nhưng chưa phải dòng cuối (cần dấu chấm phẩy)" : "không kết thúc bằng dấu chấm phẩy");
                fixedText = "- " + body.TrimEnd('.', ',', ';', ':', ' ') + ";";
            }
            var paragraph = context.Document.Paragraphs[item.Paragraph];
            var verdict = StyleCheck.Check(item, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [item]));
            problems.AddRange(verdict.Problems);
            if (problems.Count == 0) continue;
            IReadOnlyList<TextReplacement>? replace = fixedText != item.Text ? [new TextReplacement(item.Text, fixedText)] : null;
            var fix = verdict.Run is null && replace is null ? null
                : new Fix("Sửa dòng nơi nhận theo Nghị định 30", item.Paragraph, verdict.Run, Replace: replace);
            yield return context.At(Id, Severity.Warning, PlanPart.Closing, item.Paragraph,
                "Dòng nơi nhận chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                last ? "- Lưu: VT, <đơn vị soạn thảo>. (cỡ 11, đứng)" : "- <nơi nhận>; (cỡ 11, đứng)",
                $"“{item.Text}” ({verdict.Observed})", fix, item.Text);
        }
    }

    /// <summary>Checks the last line, <c>Lưu: VT, VP-TK.</c> (without the leading <c>- </c>).</summary>
    private static void CheckArchiveLine(string body, List<string> problems, ref string fixedText)
    {
        var m = Archive().Match(body);
        if (!m.Success)
        {
            problems.Add("dòng cuối không phải “- Lưu: VT, <đơn vị soạn thảo>.”");
            return;
        }
        var parts = m.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var hasArchive = parts.Any(p => p.Split(' ')[0] == "VT");
        if (!hasArchive) problems.Add("dòng “Lưu” thiếu “VT” (văn thư)");
        else if (!parts.Any(p => p.Split(' ')[0] != "VT")) problems.Add("dòng “Lưu” thiếu đơn vị soạn thảo sau “VT”");
        if (!body.EndsWith('.'))
        {
            problems.Add("dòng cuối không kết thúc bằng dấu chấm");
            fixedText = "- " + body.TrimEnd(';', ',', ':', ' ') + ".";
        }
    }

    /// <summary>The leading list marker as typed: a hyphen, en or em dash, plus sign or bullet, with the spaces after it.</summary>
    [GeneratedRegex(@"^[-–—+•*]?\s*")]
    private static partial Regex Marker();

    /// <summary><c>Lưu: VT, HC (2).</c> — the word Lưu, a colon and the list of copies kept.</summary>
    [GeneratedRegex(@"^Lưu\s*:\s*(?<list>.*?)[.;,]?$")]
    private static partial Regex Archive();
}
