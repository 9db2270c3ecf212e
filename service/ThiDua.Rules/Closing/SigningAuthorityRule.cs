using System.Text.RegularExpressions;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// SIG-AUTHORITY — quyền hạn, chức vụ của người ký (<em>SigningAuthority</em>): in hoa, cỡ 13–14, đậm; a signature on
/// behalf of a body or a superior starts with the abbreviation and its period — <c>TM.</c>, <c>KT.</c>, <c>Q.</c>,
/// <c>TL.</c>, <c>TUQ.</c> — and <c>KT.</c> is followed by the deputy's own title (<c>PHÓ CHỦ TỊCH</c>).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.7a–b and the table of Mục V. One finding per defective line.
/// </summary>
public sealed partial class SigningAuthorityRule : IPlanRule
{
    private static readonly ElementStyle Style = new(13, 14, Bold: true, Italic: null, Alignment: null, LetterCase.Upper);

    /// <inheritdoc />
    public string Id => "SIG-AUTHORITY";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var signature = context.Plan.Signature;
        if (signature is null || signature.AuthorityLines.Count == 0)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Closing, -1, "Thiếu quyền hạn, chức vụ của người ký.",
                "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (" + Style.Describe() + ")", "(thiếu)");
            yield break;
        }
        var lines = signature.AuthorityLines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var paragraph = context.Document.Paragraphs[line.Paragraph];
            var verdict = StyleCheck.Check(line, Style, paragraph, StyleCheck.OwnsParagraph(paragraph, [line]));
            var problems = verdict.Problems.ToList();
            IReadOnlyList<TextReplacement>? replace = null;
            var m = AbbreviationWithoutPeriod().Match(line.Text);
            if (m.Success)
            {
                var abbreviation = m.Groups["a"].Value;
                problems.Insert(0, $"chữ viết tắt “{abbreviation}” thiếu dấu chấm ({abbreviation}.)");
                replace = [new TextReplacement(m.Value, abbreviation + ". ")];
            }
            if (line.Text.StartsWith("KT", StringComparison.Ordinal) && i == lines.Count - 1)
                problems.Add("ký thay (KT.) nhưng thiếu chức vụ của người ký thay ở dòng dưới");
            if (problems.Count == 0) continue;
            var fix = verdict.Run is null && replace is null ? null
                : new Fix("Trình bày quyền hạn, chức vụ người ký theo Nghị định 30", line.Paragraph, verdict.Run, Replace: replace);
            yield return context.At(Id, Severity.Error, PlanPart.Closing, line.Paragraph,
                "Quyền hạn, chức vụ người ký chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                "TM./KT./Q./TL./TUQ. có dấu chấm; " + Style.Describe(), $"“{line.Text}” ({verdict.Observed})", fix, line.Text);
        }
    }

    /// <summary><c>TM ỦY BAN</c>, <c>KT CHỦ TỊCH</c>: an abbreviation of Mục II.7b followed by a space instead of a period.</summary>
    [GeneratedRegex(@"^(?<a>TM|KT|Q|TL|TUQ)\s+")]
    private static partial Regex AbbreviationWithoutPeriod();
}
