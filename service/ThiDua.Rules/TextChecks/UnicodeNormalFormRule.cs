using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-NFC (house rule beside Nghị định 30/2020/NĐ-CP, Phụ lục I.4, which asks for Unicode TCVN 6909:2001): text is in
/// Unicode NFC (precomposed letters). Decomposed Vietnamese (NFD), as pasted from some PDF and macOS sources, looks the
/// same but breaks search and the central database. Every paragraph of the document is looked at (header, body, tables,
/// closing); one finding per paragraph that is not NFC, quoting it normalised and naming the decomposed words, with the
/// document-wide fix kind <c>normalize-nfc</c>. Severity: warning.
/// </summary>
public sealed class UnicodeNormalFormRule : IPlanRule
{
    /// <summary>Fix kind: normalise every text of the document to NFC.</summary>
    public const string NormalizeNfc = "normalize-nfc";

    /// <inheritdoc />
    public string Id => "TEXT-NFC";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var p in context.Document.Paragraphs)
        {
            var spans = UnicodeForms.FindNonNfcSpans(p.Text);
            if (spans.Count == 0) continue;
            var words = string.Join(", ", spans.Take(5).Select(s => $"“{s.Normalized}”")) + (spans.Count > 5 ? "…" : "");
            yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, p.Index), p.Index,
                $"Đoạn văn dùng Unicode dạng tổ hợp (NFD) ở {spans.Count} từ: {words}. Chữ trông giống nhưng không tìm kiếm, thống kê được.",
                "Unicode dựng sẵn (NFC)", $"Unicode tổ hợp (NFD) ở {spans.Count} từ",
                new Fix("Chuẩn hóa toàn bộ văn bản về Unicode dựng sẵn (NFC)", -1, Kind: NormalizeNfc),
                excerpt: UnicodeForms.ToNfc(p.RenderedText));
        }
    }
}
