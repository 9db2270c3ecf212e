using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Appendices;

/// <summary>
/// APX-LABEL — a phụ lục (or biểu chỉ tiêu) after the plan (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục III.1): starts on a new
/// page (a page break before it, <c>w:pageBreakBefore</c>, or a new section); <c>Phụ lục</c> on its own line, numbered in Roman
/// numerals (<c>I</c>, <c>II</c>…) when there are two or more, centred, đứng, đậm; its title in hoa, đậm; under it
/// <c>(Kèm theo Kế hoạch số …/KH-… ngày … của …)</c> in thường, nghiêng; and the text of the plan mentions it. Found by its
/// words after the closing part (<see cref="PlanDocument.Appendices"/>); no appendix: silent.
/// </summary>
public sealed class AppendixLabelRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "APX-LABEL";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        var appendices = plan.Appendices;
        if (appendices.Count == 0) yield break;
        var ps = context.Document.Paragraphs;
        var bodyText = TextKey.Fold(string.Join(" ", Enumerable.Range(0, Math.Max(0, Math.Min(ps.Count, appendices[0].FirstParagraph))).Select(i => ps[i].Text)));
        var several = appendices.Count > 1;
        for (var k = 0; k < appendices.Count; k++)
        {
            var appendix = appendices[k];
            var label = appendix.Label;
            var labelParagraph = ps[label.Paragraph];
            var name = several ? $"{Nd30Wording.AppendixLabel} {RomanNumeral.Format(k + 1)}" : Nd30Wording.AppendixLabel;
            var problems = new List<string>();
            if (!StartsNewPage(context.Document, appendix.FirstParagraph)) problems.Add("không bắt đầu ở trang mới");
            if (appendix.TitleOnLabelLine) problems.Add("tên phụ lục viết cùng dòng với chữ “Phụ lục” (cần một dòng riêng)");
            IReadOnlyList<TextReplacement>? replace = null;
            if (several && RomanNumeral.Value(appendix.Number.ToUpperInvariant()) != k + 1)
            {
                problems.Add(appendix.Number.Length == 0
                    ? "chưa đánh số (có từ hai phụ lục trở lên thì đánh số La Mã)"
                    : $"số “{appendix.Number}” chưa đúng (cần số La Mã {RomanNumeral.Format(k + 1)})");
                if (!appendix.TitleOnLabelLine && !label.IsBroken) replace = [new TextReplacement(label.Text, name)];
            }
            var verdict = StyleCheck.Check(label, context.Standard[PlanElement.AppendixLabel], labelParagraph,
                !appendix.TitleOnLabelLine && StyleCheck.OwnsParagraph(labelParagraph, [label]));
            problems.AddRange(verdict.Problems);
            if (problems.Count > 0)
            {
                var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
                    : new Fix("Trình bày chữ “Phụ lục” theo Nghị định 30", label.Paragraph, verdict.Run, verdict.Paragraph, replace);
                yield return context.At(Id, Severity.Warning, PlanPart.Body, label.Paragraph,
                    "Phụ lục chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                    $"Trang mới, “{name}” một dòng riêng ({context.Standard[PlanElement.AppendixLabel].Describe()})",
                    $"“{label.Text}” ({verdict.Observed})", fix, label.Text);
            }

            foreach (var f in CheckTitle(context, appendix)) yield return f;
            foreach (var f in CheckAttachment(context, appendix)) yield return f;

            var mentioned = several
                ? bodyText.Contains("PHU LUC " + RomanNumeral.Format(k + 1)) || appendix.Number.Length > 0 && bodyText.Contains("PHU LUC " + TextKey.Fold(appendix.Number))
                : bodyText.Contains("PHU LUC") || TextKey.Fold(label.Text).StartsWith("BIEU", StringComparison.Ordinal) && bodyText.Contains("BIEU SO");
            if (!mentioned)
                yield return context.At(Id, Severity.Warning, PlanPart.Body, label.Paragraph,
                    $"Nội dung kế hoạch không nhắc tới {(several ? name : "phụ lục")}.",
                    $"Kế hoạch nêu rõ “{name}” kèm theo", "không nhắc tới", excerpt: label.Text);
        }
    }

    private IEnumerable<Finding> CheckTitle(RuleContext context, Appendix appendix)
    {
        var look = context.Standard[PlanElement.AppendixTitle];
        if (appendix.Title.Count == 0)
        {
            yield return context.At(Id, Severity.Warning, PlanPart.Body, appendix.Label.Paragraph,
                "Phụ lục chưa có tên.", "Tên phụ lục (" + look.Describe() + ")", "(thiếu)", excerpt: appendix.Label.Text);
            yield break;
        }
        var ps = context.Document.Paragraphs;
        foreach (var title in appendix.Title)
        {
            var paragraph = ps[title.Paragraph];
            var verdict = StyleCheck.Check(title, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [title]));
            if (verdict.Conforms) continue;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, title.Paragraph,
                "Tên phụ lục chưa đúng thể thức: " + string.Join("; ", verdict.Problems) + ".", look.Describe(), verdict.Observed,
                verdict.Run is null && verdict.Paragraph is null ? null
                    : new Fix("Trình bày tên phụ lục theo Nghị định 30", title.Paragraph, verdict.Run, verdict.Paragraph), title.Text);
        }
    }

    private IEnumerable<Finding> CheckAttachment(RuleContext context, Appendix appendix)
    {
        var look = context.Standard[PlanElement.AppendixAttachment];
        var expected = $"({Nd30Wording.AppendixAttachment} {Nd30Wording.PlanType[0]}{Nd30Wording.PlanType[1..].ToLowerInvariant()} số …/KH-… ngày … của …)";
        if (appendix.Attachment is not { } line)
        {
            var at = appendix.Title.Count > 0 ? appendix.Title[^1] : appendix.Label;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, at.Paragraph,
                "Dưới tên phụ lục thiếu dòng ghi phụ lục kèm theo văn bản nào.", expected + " (" + look.Describe() + ")", "(thiếu)", excerpt: at.Text);
            yield break;
        }
        var paragraph = context.Document.Paragraphs[line.Paragraph];
        var verdict = StyleCheck.Check(line, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [line]));
        if (verdict.Conforms) yield break;
        yield return context.At(Id, Severity.Warning, PlanPart.Body, line.Paragraph,
            "Dòng “Kèm theo …” của phụ lục chưa đúng thể thức: " + string.Join("; ", verdict.Problems) + ".", expected + " (" + look.Describe() + ")",
            verdict.Observed,
            verdict.Run is null && verdict.Paragraph is null ? null
                : new Fix("Trình bày dòng “Kèm theo …” theo Nghị định 30", line.Paragraph, verdict.Run, verdict.Paragraph), line.Text);
    }

    /// <summary>
    /// True when paragraph <paramref name="first"/> starts a page: it breaks the page before itself (<c>w:pageBreakBefore</c>),
    /// a page break stands before its text or after the last text above it (empty paragraphs between), or a section starts
    /// at it or at an empty paragraph just above it.
    /// </summary>
    private static bool StartsNewPage(DocxDocument doc, int first)
    {
        var ps = doc.Paragraphs;
        var p = ps[first];
        if (p.Format.PageBreakBefore) return true;
        var lead = p.Text.Length - p.Text.TrimStart().Length;
        if (p.PageBreaks.Any(b => b <= lead)) return true;
        for (var i = first; i >= 0; i--)
        {
            if (i < first && ps[i].PageBreaks.Count > 0 && ps[i].PageBreaks[^1] >= ps[i].Text.TrimEnd().Length) return true;
            if (i < first && !ps[i].IsEmpty) return false;
            if (doc.Sections.Any(s => s.Index > 0 && s.FirstParagraph == i) || ps[i].Format.PageBreakBefore) return true;
        }
        return false;
    }
}
