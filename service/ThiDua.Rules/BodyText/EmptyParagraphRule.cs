using System.Text.RegularExpressions;
using ThiDua.Docx.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-EMPTY (house rule; Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e sets the space between paragraphs with paragraph
/// spacing, not with blank lines): in the body (between the header and Nơi nhận, tables excluded) no run of two or more
/// empty paragraphs used as spacing, and no manual line break (<c>w:br</c>) inside a sentence, as text pasted from a PDF
/// has. Not counted as empty: a paragraph carrying a border or a drawing (a drawn line), a numbered one, and the paragraph
/// that ends a section (it carries the section's page setup). The signing space lives in the closing part and is not looked
/// at. One finding per run of empty paragraphs (fix kind <c>remove-empty-paragraphs</c>: remove the consecutive empty
/// paragraphs starting at the finding's paragraph) and one per broken sentence (fix: replace the break by a space).
/// Severity: warning.
/// </summary>
public sealed partial class EmptyParagraphRule : IPlanRule
{
    /// <summary>Fix kind: remove the run of empty paragraphs starting at <see cref="Fix.Paragraph"/>.</summary>
    public const string RemoveEmptyParagraphs = "remove-empty-paragraphs";

    /// <summary>Characters that may end a line before a manual break (end of a sentence or of a list lead-in).</summary>
    private const string SentenceEnd = ".:;!?";

    /// <inheritdoc />
    public string Id => "BODY-EMPTY";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var doc = context.Document;
        var plan = context.Plan;
        var sectionEnds = doc.Sections.Select(s => s.LastParagraph).ToHashSet();
        var end = Math.Min(plan.BodyEnd, doc.Paragraphs.Count - 1);
        var i = Math.Max(0, plan.BodyStart);
        while (i <= end)
        {
            var p = doc.Paragraphs[i];
            if (!IsSpacer(p, sectionEnds)) { i++; continue; }
            var first = i;
            while (i <= end && IsSpacer(doc.Paragraphs[i], sectionEnds)) i++;
            var count = i - first;
            if (count < 2) continue;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, first,
                $"{count} đoạn trống liên tiếp được dùng để tạo khoảng cách.",
                "Không dùng đoạn trống để giãn cách; dùng khoảng cách trước/sau đoạn",
                $"{count} đoạn trống liên tiếp (từ đoạn {first + 1})",
                new Fix($"Xóa {count} đoạn trống", first, Kind: RemoveEmptyParagraphs),
                excerpt: $"({count} đoạn trống)");
        }

        foreach (var index in plan.BodyParagraphs.Concat(plan.Headings.Select(h => h.Paragraph)).Distinct().Order())
        {
            var text = doc.Paragraphs[index].Text;
            if (!text.Contains('\n')) continue; // no manual break: nothing for the pattern to find
            foreach (Match m in BrokenLine().Matches(text))
            {
                var (left, right) = (m.Groups["left"].Value, m.Groups["right"].Value);
                if (SentenceEnd.Contains(left[^1])) continue;
                yield return context.At(Id, Severity.Warning, PlanPart.Body, index,
                    "Ngắt dòng thủ công giữa câu (thường do dán văn bản từ PDF).",
                    "Câu văn liền mạch, để Word tự xuống dòng",
                    $"Ngắt dòng giữa “{left}” và “{right}”",
                    new Fix("Thay dấu ngắt dòng bằng dấu cách", index, Replace: [new TextReplacement(m.Value, left + " " + right)]),
                    excerpt: left + " ⏎ " + right);
            }
        }
    }

    /// <summary>A manual line break (<c>\n</c>) with the word before and after it.</summary>
    [GeneratedRegex(@"(?<left>\S+)[ \t]*\n[ \t]*(?<right>\S+)")]
    private static partial Regex BrokenLine();

    /// <summary>True for an empty paragraph used as spacing (not a line, list item or section end) outside tables.</summary>
    private static bool IsSpacer(DocParagraph p, IReadOnlySet<int> sectionEnds) =>
        p.Cell is null && p.IsEmpty && p.Format.BottomBorder is null && p.Format.TopBorder is null && !sectionEnds.Contains(p.Index);
}
