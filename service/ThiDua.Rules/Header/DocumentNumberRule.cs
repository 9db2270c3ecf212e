using System.Text.RegularExpressions;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-NUMBER — số, ký hiệu (<em>DocumentNumber</em>): <c>Số: NN/KH-XXX</c>, numbers below 10 with a leading 0, the
/// ký hiệu starting with the abbreviation of the tên loại (<c>KH</c> for Kế hoạch, Phụ lục III) then the issuer's, groups
/// joined by <c>-</c> without spaces, in hoa; the whole cỡ 13, đứng, not bold, centred under the cơ quan ban hành.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.3b–c and the table of Mục V. A number left blank for văn thư is not this
/// rule's business (HDR-NUMBER-BLANK); the ký hiệu is still checked. Judges the <see cref="DocumentNumber"/> recognition
/// parsed; the fix writes the ký hiệu as read (<c>KH - UBND</c> → <c>KH-UBND</c>) and the look.
/// </summary>
public sealed partial class DocumentNumberRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-NUMBER";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.DocumentNumber];
        var number = context.Plan.Header.DocumentNumber;
        if (number is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu số, ký hiệu của văn bản.",
                "Số: NN/KH-XXX ở cột trái, dưới tên cơ quan ban hành (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var typeSymbol = Nd30Wording.SymbolOf(context.Plan.Header.DocumentType?.Text);
        var problems = new List<string>();
        if (number.Label.Length == 0) problems.Add("thiếu chữ “Số:”");
        else if (number.Label != Nd30Wording.NumberLabel) problems.Add($"viết “{number.Label}” thay cho “{Nd30Wording.NumberLabel}”");
        if (number.Label.Length > 0 && number.Colon != ":")
            problems.Add(number.Colon.Length == 0 ? "thiếu dấu hai chấm sau “Số”" : $"viết “Số{number.Colon}” thay cho “Số:”");
        problems.AddRange(NumberProblems(number));
        problems.AddRange(SymbolProblems(number, typeSymbol));
        if (number.Segment.IsBroken) problems.Add("số, ký hiệu bị ngắt thành hai dòng");
        var paragraph = context.Document.Paragraphs[number.Paragraph];
        var verdict = StyleCheck.Check(number.Segment, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [number.Segment]));
        problems.AddRange(verdict.Problems);
        if (problems.Count == 0) yield break;
        IReadOnlyList<TextReplacement>? replace = number.Symbol is { Length: > 0 } symbol && symbol != number.SymbolAsWritten && !number.Segment.IsBroken
            ? [new TextReplacement(number.SymbolAsWritten, symbol.ToUpperInvariant())] : null;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Trình bày số, ký hiệu theo Nghị định 30", number.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, number.Paragraph,
            "Số, ký hiệu chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            $"Số: NN/{typeSymbol}-XXX (" + look.Describe() + ")", $"“{number.Text}” ({verdict.Observed})", fix, number.Text);
    }

    /// <summary>The number's problems, in Vietnamese (none when blank): Arabic digits, below 10 with a leading zero, no space by the slash.</summary>
    private static IEnumerable<string> NumberProblems(DocumentNumber number)
    {
        if (number.Number.Length == 0) yield break;
        if (!DigitsOnly().IsMatch(number.Number))
        {
            yield return $"số “{number.Number}” không phải chữ số Ả Rập";
            yield break;
        }
        if (number.Number.Length == 1) yield return $"số nhỏ hơn 10 cần thêm số 0 phía trước (0{number.Number})";
        if (number.SpacedSlash) yield return "có khoảng trắng bên dấu gạch chéo";
    }

    /// <summary>The ký hiệu's problems, in Vietnamese: groups joined by <c>-</c> without spaces, upper-case, the first group the tên loại's.</summary>
    private static IEnumerable<string> SymbolProblems(DocumentNumber number, string typeSymbol)
    {
        if (number.Symbol is not { } symbol)
        {
            yield return "thiếu dấu gạch chéo (/) và ký hiệu văn bản";
            yield break;
        }
        if (symbol.Length == 0)
        {
            yield return "thiếu ký hiệu văn bản sau dấu gạch chéo";
            yield break;
        }
        var written = number.SymbolAsWritten;
        if (written.Any(char.IsWhiteSpace)) yield return "ký hiệu có khoảng trắng (các nhóm chữ nối bằng dấu gạch nối, không cách)";
        if (written.Any(c => c is '–' or '—' or '‒')) yield return "ký hiệu dùng dấu gạch ngang dài, cần dấu gạch nối (-)";
        if (symbol.Where(char.IsLetter).Any(char.IsLower) && !IsMixedCaseSymbolOf(symbol, typeSymbol)) yield return "ký hiệu không in hoa";
        if (typeSymbol.Length == 0) yield break;
        if (!string.Equals(number.TypeSymbol, typeSymbol, StringComparison.OrdinalIgnoreCase))
            yield return $"ký hiệu bắt đầu bằng “{number.TypeSymbol}”, cần “{typeSymbol}” (viết tắt tên loại văn bản)";
        else if (!symbol.Contains('-') || symbol.Split('-', 2)[1].Trim().Length == 0)
            yield return $"ký hiệu thiếu chữ viết tắt tên cơ quan ban hành sau “{typeSymbol}-”";
    }

    /// <summary>True when the only lower-case letters are those Phụ lục III writes in the type's abbreviation (<c>CTr</c>, <c>TTr</c>, <c>QyĐ</c>).</summary>
    private static bool IsMixedCaseSymbolOf(string symbol, string typeSymbol) =>
        typeSymbol.Any(char.IsLower) && symbol.StartsWith(typeSymbol, StringComparison.Ordinal)
        && !symbol[typeSymbol.Length..].Any(char.IsLower);

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex DigitsOnly();
}
