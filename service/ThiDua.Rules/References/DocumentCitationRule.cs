using ThiDua.Rules.Engine;
using ThiDua.Rules.TextChecks;

namespace ThiDua.Rules.References;

/// <summary>
/// REF-CITE — the first mention of another document gives tên loại, số, ký hiệu, ngày ban hành and cơ quan ban hành
/// (<c>Kế hoạch số 15/KH-UBND ngày 22/01/2024 của UBND tỉnh Bắc Giang</c>); later mentions may be short
/// (<c>Chỉ thị 26-CT/TU</c>). Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b. Mentions are found by
/// <see cref="DocumentCitations"/> in every paragraph after the header, in reading order, and one document is one số, ký
/// hiệu. One finding per document whose first mention lacks the date or the issuing body (warning). When a later mention of
/// the same document gives what the first lacks, the fix writes it into the first mention.
/// </summary>
public sealed class DocumentCitationRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "REF-CITE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var mentions = new List<(int Paragraph, string Text, DocumentCitation Citation)>();
        foreach (var p in context.Document.Paragraphs)
        {
            if (p.Index <= context.Plan.Header.LastParagraph || string.IsNullOrWhiteSpace(p.Text)) continue;
            var text = context.WordsOf(p.Index).Text;
            foreach (var c in DocumentCitations.Find(text)) mentions.Add((p.Index, text, c));
        }
        foreach (var document in mentions.GroupBy(m => m.Citation.Key))
        {
            var (paragraph, text, first) = document.First();
            if (first.IsComplete) continue;
            var missing = new List<string>(2);
            if (first.Date is null) missing.Add("ngày ban hành");
            if (first.Issuer is null) missing.Add("cơ quan ban hành");
            var written = text[first.Start..Math.Max(first.DateEnd, first.SymbolEnd)];
            yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, paragraph), paragraph,
                $"Lần đầu viện dẫn “{written}” chưa ghi {string.Join(" và ", missing)}.",
                "Lần đầu viện dẫn ghi đủ tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành (ví dụ: Kế hoạch số 15/KH-UBND ngày 22/01/2024 của UBND tỉnh …)",
                $"“{written}”", Completion(paragraph, first, written, document.Skip(1).Select(m => m.Citation)),
                excerpt: Around(text, first));
        }
    }

    /// <summary>
    /// The fix that writes into the first mention what a later mention of the same document gives — the date after the ký
    /// hiệu, the issuing body after the date — or null when no later mention gives every piece missing.
    /// </summary>
    private static Fix? Completion(int paragraph, DocumentCitation first, string written, IEnumerable<DocumentCitation> later)
    {
        var source = later.FirstOrDefault(l => (first.Date is not null || l.Date is not null) && (first.Issuer is not null || l.Issuer is not null));
        if (source is null) return null;
        var symbolPart = written[..(first.SymbolEnd - first.Start)];
        var datePart = first.Date is null ? " " + source.Date : written[(first.SymbolEnd - first.Start)..];
        var completed = symbolPart + datePart + (first.Issuer is null ? " " + source.Issuer : "");
        return new Fix($"Ghi đủ lần viện dẫn đầu: “{completed}”", paragraph, Replace: [new TextReplacement(written, completed)]);
    }

    /// <summary>The mention with a few words around it, for the excerpt.</summary>
    private static string Around(string text, DocumentCitation c)
    {
        var from = TextWindow.WordBefore(text, c.Start);
        var to = TextWindow.WordAfter(text, Math.Max(c.DateEnd, c.SymbolEnd));
        return text[from..to];
    }
}
