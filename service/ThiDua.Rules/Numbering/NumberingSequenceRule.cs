using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Numbering;

/// <summary>
/// NUM-SEQUENCE — số thứ tự của các phần, mục (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6đ and its table row 6b, for a
/// document without chương/điều): mục <c>I.</c>, <c>II.</c>; under each mục khoản <c>1.</c>, <c>2.</c>; under each khoản
/// <c>1.1.</c>, <c>1.2.</c> (whose first number is the khoản's) or điểm <c>a)</c>, <c>b)</c> in the Vietnamese alphabet
/// (a b c d đ e g h i k l m n o p q r s t u v x y — no f, j, w, z). Every numbered paragraph counts, typed or Word's
/// automatic numbering rendered (<see cref="PlanDocument.Headings"/>; table paragraphs are not headings); each level starts at
/// 1 under its parent and goes up by one. A repeat (<c>II.</c> twice, a list restarting at <c>1.</c>) or a skip (<c>2.</c>
/// then <c>4.</c>) is an error naming both places; counting then resumes from the reported label, so one restart gives one
/// finding. No mechanical fix: renumbering changes every following label. Severity: error.
/// </summary>
public sealed class NumberingSequenceRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "NUM-SEQUENCE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        // last[level] = the previous heading of that level under the current parent; cleared when a parent appears.
        var last = new Heading?[5];
        var siblings = new Dictionary<(int Parent, HeadingLevel Level), List<Heading>>();
        foreach (var h in context.Plan.Headings)
        {
            var level = (int)h.Level;
            var parent = Enumerable.Range(1, level - 1).Reverse().Select(l => last[l]).FirstOrDefault(x => x is not null);
            var key = (parent?.Paragraph ?? -1, h.Level);
            if (!siblings.TryGetValue(key, out var before)) siblings[key] = before = [];
            var previous = last[level];

            if (Check(context, h, previous, before, parent) is { } finding) yield return finding;
            if (h.Level == HeadingLevel.Point && h.Value <= 0) continue; // not a letter of the alphabet: does not count

            before.Add(h);
            last[level] = h;
            for (var l = level + 1; l < last.Length; l++) last[l] = null;
        }
    }

    private Finding? Check(RuleContext context, Heading h, Heading? previous, List<Heading> before, Heading? parent)
    {
        var levelName = NumberingLabels.Name(h.Level);
        if (h.Level == HeadingLevel.Point && h.Value <= 0)
            return Error(context, h, $"Điểm “{h.Label}” dùng chữ cái không có trong bảng chữ cái tiếng Việt (không dùng f, j, w, z).",
                "Điểm theo thứ tự a), b), c), d), đ), e), g)…", $"“{h.Label}”");

        if (h.Level == HeadingLevel.SubClause && parent is { Level: HeadingLevel.Clause } clause && h.ParentValue != clause.Value)
            return Error(context, h,
                $"Số “{h.Label}” không khớp với khoản chứa nó “{clause.Label}” ({HeadingLevelNames.Place(clause.Paragraph)}).",
                $"{clause.Value}.1., {clause.Value}.2.… dưới khoản “{clause.Label}”", $"“{h.Label}”");

        var expected = previous is null ? 1 : previous.Value + 1;
        if (h.Value == expected) return null;

        if (previous is not null && h.Value <= previous.Value)
        {
            var twin = before.LastOrDefault(x => x.Value == h.Value) ?? previous;
            return Error(context, h,
                $"Số thứ tự {levelName} “{h.Label}” bị lặp: đã có “{Excerpt(twin)}” ({HeadingLevelNames.Place(twin.Paragraph)}), nay lại bắt đầu “{h.Label}” ({HeadingLevelNames.Place(h.Paragraph)}).",
                $"Tiếp theo “{previous.Label}” là số thứ tự {expected}",
                $"“{h.Label}” lặp lại sau “{previous.Label}”");
        }

        return previous is null
            ? Error(context, h,
                $"Số thứ tự {levelName} bắt đầu từ “{h.Label}” ({HeadingLevelNames.Place(h.Paragraph)}) thay vì từ số 1"
                + (parent is null ? "." : $" dưới “{parent.Label}” ({HeadingLevelNames.Place(parent.Paragraph)})."),
                "Bắt đầu từ số thứ tự 1", $"Bắt đầu từ “{h.Label}”")
            : Error(context, h,
                $"Số thứ tự {levelName} bị nhảy cóc: sau “{previous.Label}” ({HeadingLevelNames.Place(previous.Paragraph)}) là “{h.Label}” ({HeadingLevelNames.Place(h.Paragraph)}).",
                $"Tiếp theo “{previous.Label}” là số thứ tự {expected}", $"“{h.Label}” sau “{previous.Label}”");
    }

    private Finding Error(RuleContext context, Heading h, string message, string expected, string observed) =>
        context.At(Id, Severity.Error, PlanPart.Body, h.Paragraph, message, expected, observed);

    private static string Excerpt(Heading h)
    {
        var text = h.Label + " " + h.Title;
        return text.Length <= 50 ? text : text[..49] + "…";
    }
}
