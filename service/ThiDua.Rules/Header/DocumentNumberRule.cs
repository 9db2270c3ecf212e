using ThiDua.Docx.Formatting;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-NUMBER — số, ký hiệu (<em>DocumentNumber</em>): <c>Số: NN/KH-XXX</c>, numbers below 10 with a leading 0, the
/// ký hiệu starting with <c>KH</c> (Kế hoạch, Phụ lục III) then the issuer's abbreviation, groups joined by <c>-</c>
/// without spaces, in hoa; the whole cỡ 13, đứng, not bold, centred under the cơ quan ban hành.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.3b–c and the table of Mục V. A number left blank for văn thư is not this
/// rule's business (HDR-NUMBER-BLANK); the ký hiệu is still checked.
/// </summary>
public sealed class DocumentNumberRule : IPlanRule
{
    private static readonly ElementStyle Style = new(13, 13, Bold: false, Italic: false, Alignment.Center);

    /// <inheritdoc />
    public string Id => "HDR-NUMBER";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var number = context.Plan.Header.DocumentNumber;
        if (number is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu số, ký hiệu của văn bản.",
                "Số: NN/KH-XXX ở cột trái, dưới tên cơ quan ban hành (" + Style.Describe() + ")", "(thiếu)");
            yield break;
        }
        var parsed = DocumentNumberText.Parse(number.Text);
        var problems = new List<string>();
        if (parsed.Label != "Số") problems.Add(parsed.Label is null ? "thiếu “Số:”" : $"viết “{parsed.Label}:” thay cho “Số:”");
        problems.AddRange(parsed.NumberProblems());
        problems.AddRange(parsed.SymbolProblems());
        var paragraph = context.Document.Paragraphs[number.Paragraph];
        var verdict = StyleCheck.Check(number, Style, paragraph, StyleCheck.OwnsParagraph(paragraph, [number]));
        problems.AddRange(verdict.Problems);
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null ? null
            : new Fix("Trình bày số, ký hiệu theo Nghị định 30", number.Paragraph, verdict.Run, verdict.Paragraph);
        yield return context.At(Id, Severity.Error, PlanPart.Header, number.Paragraph,
            "Số, ký hiệu chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            "Số: NN/KH-XXX (" + Style.Describe() + ")", $"“{number.Text}” ({verdict.Observed})", fix, number.Text);
    }
}
