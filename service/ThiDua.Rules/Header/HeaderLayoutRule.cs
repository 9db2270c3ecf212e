using ThiDua.Plans.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-LAYOUT — the two-column administrative header: (left) cơ quan chủ quản, cơ quan ban hành, số ký hiệu; (right)
/// Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng; then full width tên loại and trích yếu, in this order. A header built
/// with a table or centre tab stops looks right in Word and passes; one in text boxes or drawn as a picture is reported.
/// Missing elements are left to their own rules. Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II (ô số 1–5 of the layout
/// diagram) and Mẫu 1.4 of Phụ lục III.
/// </summary>
public sealed class HeaderLayoutRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-LAYOUT";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var h = context.Plan.Header;
        const string expected = "Hai cột: trái — cơ quan chủ quản, cơ quan ban hành, số ký hiệu; phải — Quốc hiệu, Tiêu ngữ, địa danh ngày tháng; dưới — tên loại, trích yếu";
        switch (h.Layout)
        {
            case HeaderLayout.Picture:
                yield return context.At(Id, Severity.Error, PlanPart.Header, h.FirstParagraph,
                    "Phần đầu văn bản là hình ảnh: không đọc, không sửa được các thành phần thể thức.", expected, "Hình ảnh");
                yield break;
            case HeaderLayout.TextBox:
                yield return context.At(Id, Severity.Error, PlanPart.Header, h.FirstParagraph,
                    "Phần đầu văn bản đặt trong hộp văn bản (text box): vị trí dễ xô lệch khi sửa, in; cần trình bày bằng bảng không viền.", expected, "Hộp văn bản");
                yield break;
        }

        var left = h.ParentAgency.Concat(h.IssuingAuthority).Append(h.DocumentNumber?.Segment).OfType<TextSegment>().ToList();
        var right = new[] { h.NationalTitle, h.Motto, h.PlaceAndDate?.Segment }.OfType<TextSegment>().ToList();
        var problems = new List<string>();
        if (h.Layout == HeaderLayout.Paragraphs && left.Count > 0 && right.Count > 0)
            problems.Add("các thành phần xếp chồng thành một cột, không chia hai cột");
        else
        {
            problems.AddRange(Misplaced(left, HeaderColumn.Left, "cột trái"));
            problems.AddRange(Misplaced(right, HeaderColumn.Right, "cột phải"));
        }
        if (!InOrder(left)) problems.Add("cột trái không theo thứ tự cơ quan chủ quản, cơ quan ban hành, số ký hiệu");
        if (!InOrder(right)) problems.Add("cột phải không theo thứ tự Quốc hiệu, Tiêu ngữ, địa danh ngày tháng");
        var full = new[] { h.DocumentType }.Concat(h.Subject).OfType<TextSegment>().ToList();
        if (!InOrder(full)) problems.Add("trích yếu đứng trước tên loại văn bản");
        if (h.DocumentType is { } type && left.Concat(right).Any(s => s.Paragraph > type.Paragraph))
            problems.Add("tên loại văn bản đứng trước các thành phần hai cột");
        if (problems.Count == 0) yield break;
        yield return context.At(Id, Severity.Error, PlanPart.Header, Math.Max(h.FirstParagraph, 0),
            "Bố cục phần đầu văn bản chưa đúng: " + string.Join("; ", problems) + ".", expected, string.Join("; ", problems));
    }

    private static IEnumerable<string> Misplaced(IEnumerable<TextSegment> segments, HeaderColumn column, string name) =>
        segments.Where(s => s.Column != column).Select(s => $"“{RuleContext.Excerpt(s.Text)}” không nằm ở {name}");

    private static bool InOrder(IReadOnlyList<TextSegment> segments) =>
        segments.Zip(segments.Skip(1)).All(p => (p.First.Paragraph, p.First.Start).CompareTo((p.Second.Paragraph, p.Second.Start)) <= 0);
}
