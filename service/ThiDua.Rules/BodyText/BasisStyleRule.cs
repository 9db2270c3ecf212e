using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BASIS-STYLE — căn cứ ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6a): each line of the bases the plan cites
/// (<see cref="PlanDocument.Basis"/>: <c>Căn cứ …</c>, and <c>Thực hiện …</c> lines in their place, recognised by position
/// and wording) is in thường and nghiêng (the look of <see cref="PlanElement.Basis"/>), holds one basis (no second
/// basis after a semicolon inside it), and ends with <c>;</c>, the last with <c>.</c> — unless a lead-in sentence ending
/// in a colon closes the bases (<c>Căn cứ tình hình thực tế, … như sau:</c>). The lead-in sentences — that one, and a lone
/// <c>Thực hiện … .</c> sentence opening the text with no căn cứ beside it — are not bases (<see cref="BasisLine.IsLeadIn"/>)
/// and are not checked. The size (cỡ 13–14) is checked with the rest of the running text by BODY-FONT, which covers these
/// paragraphs, so one size fix applies. One finding per line, listing what is wrong; the fix sets italic on the paragraph
/// (when every line of it is a basis) and puts the right mark at the line's end. Severity: warning.
/// </summary>
public sealed class BasisStyleRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "BASIS-STYLE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.Basis];
        var lines = context.Plan.Basis.Where(b => !b.IsLeadIn).ToList();
        var basisParagraphs = lines.GroupBy(b => b.Line.Paragraph).ToDictionary(g => g.Key, g => g.Count());
        foreach (var basis in lines)
        {
            var line = basis.Line;
            var p = context.Document.Paragraphs[line.Paragraph];
            var problems = new List<string>();
            var observed = new List<string>();
            RunFormat? run = null;
            var replace = new List<TextReplacement>();

            if (look.Case == TextCase.Lower && TextKey.IsUpper(line.Text))
            {
                problems.Add("viết in hoa");
                observed.Add("in hoa");
            }
            if (look.Italic is { } italic && line.Runs.Any(r => r.Format.Italic != italic))
            {
                var upright = line.Runs.All(r => r.Format.Italic != italic);
                problems.Add(italic ? (upright ? "chữ đứng" : "có chữ đứng") : "chữ nghiêng");
                observed.Add(italic ? (upright ? "đứng" : "có chữ đứng") : "nghiêng");
                if (!line.IsBroken && LinesOf(p.Text) == basisParagraphs[line.Paragraph]) run = new RunFormat(Italic: italic);
            }
            if (SecondBasis(line.Text))
            {
                problems.Add("hai căn cứ trên một dòng");
                observed.Add("hai căn cứ trên một dòng");
            }
            var want = basis.IsLast ? '.' : ';';
            var end = line.Text[^1];
            if (end != want)
            {
                problems.Add($"cuối dòng {(basis.IsLast ? "cuối cùng " : "")}phải có dấu {(want == '.' ? "chấm (.)" : "chấm phẩy (;)")}");
                observed.Add(char.IsLetterOrDigit(end) || end is ')' or '”' or '"' ? "cuối dòng không có dấu" : $"cuối dòng là “{end}”");
                if (!line.IsBroken && EndReplacement(p.Text, line.Start + line.Text.Length, want) is { } r) replace.Add(r);
            }
            if (problems.Count == 0) continue;

            var fix = run is null && replace.Count == 0 ? null
                : new Fix(FixDescription(run, replace, want), line.Paragraph, Run: run, Replace: replace.Count > 0 ? replace : null);
            yield return context.At(Id, Severity.Warning, PlanPart.Body, line.Paragraph,
                $"Căn cứ ban hành: {string.Join("; ", problems)}.",
                $"In thường, nghiêng, mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng có dấu chấm (.)",
                string.Join(", ", observed), fix, excerpt: line.Text);
        }
    }

    /// <summary>
    /// True when a second basis starts inside one line: after a semicolon, <c>Căn cứ</c> again or a document cited by its
    /// type with a capital (<c>…; Nghị định số 98/2023/NĐ-CP …</c>).
    /// </summary>
    private static bool SecondBasis(string text)
    {
        for (var at = text.IndexOf(';'); at >= 0 && at < text.Length - 1; at = text.IndexOf(';', at + 1))
        {
            var rest = text[(at + 1)..].TrimStart();
            if (rest.Length == 0 || !char.IsUpper(rest[0])) continue;
            if (BasisRecognizer.WordingOf(rest) == BasisWording.Basis) return true;
            var key = TextKey.Fold(rest);
            if (DocumentTypes.Any(t => key.StartsWith(t + " ", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>Types of documents a basis cites (Phụ lục III's names of types; laws and codes), folded by <see cref="TextKey.Fold"/>.</summary>
    private static readonly string[] DocumentTypes =
    [
        "LUAT", "BO LUAT", "PHAP LENH", "NGHI DINH", "NGHI QUYET", "QUYET DINH", "THONG TU", "CHI THI", "KE HOACH", "HUONG DAN",
        "CONG VAN", "THONG BAO", "KET LUAN", "CHUONG TRINH", "DE AN", "QUY DINH", "QUY CHE", "HIEN PHAP",
    ];

    /// <summary>The number of non-empty lines of a paragraph's text (split at manual line breaks).</summary>
    private static int LinesOf(string text) => text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));

    /// <summary>
    /// Replaces the end of the line ending at <paramref name="end"/> (exclusive, trailing spaces skipped): a wrong final mark
    /// by <paramref name="want"/>, or <paramref name="want"/> added after the last word. The searched text is the line's tail,
    /// long enough to occur first where it ends the line; null when no such tail exists.
    /// </summary>
    private static TextReplacement? EndReplacement(string text, int end, char want)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0) return null;
        var mark = text[end - 1] is ',' or ';' or '.' or ':';
        for (var length = Math.Min(end, 12); length <= end; length = Math.Min(end, length + 12))
        {
            var tail = text.Substring(end - length, length);
            if (text.IndexOf(tail, StringComparison.Ordinal) == end - length)
                return new TextReplacement(tail, (mark ? tail[..^1] : tail) + want);
            if (length == end) break;
        }
        return null;
    }

    private static string FixDescription(RunFormat? run, List<TextReplacement> replace, char want) =>
        string.Join(" và ", new[]
        {
            run is null ? null : "Đặt chữ nghiêng cho căn cứ",
            replace.Count == 0 ? null : want == '.' ? "kết thúc dòng cuối bằng dấu chấm" : "kết thúc dòng bằng dấu chấm phẩy",
        }.OfType<string>()) is var s && s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}
