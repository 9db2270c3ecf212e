using System.Text.RegularExpressions;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Rules.References;

/// <summary>
/// REF-INTERNAL (house rule) — a reference to a part of this plan (<c>tại Mục II</c>, <c>khoản 3 Mục I</c>, <c>điểm a khoản
/// 2</c>, <c>tiểu mục 2.1</c>, <c>Phụ lục I</c>) points to a part that exists. References are found by
/// <see cref="InternalReferences"/> in the body's paragraphs; parts are the numbered paragraphs the plan model recognised
/// (<see cref="PlanDocument.Headings"/>: mục, khoản, tiểu mục, điểm, each under the one above it) and the appendices after
/// the body (a short paragraph that starts with <c>Phụ lục</c>). A khoản, tiểu mục or điểm named without its parent is read
/// inside the part the reference stands in. One finding per reference that points nowhere (warning); no fix, since which
/// part was meant is not known.
/// </summary>
public sealed partial class InternalReferenceRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "REF-INTERNAL";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        List<Part>? parts = null;
        List<int>? appendices = null;
        for (var index = plan.BodyStart; index <= plan.BodyEnd && index < context.Document.Paragraphs.Count; index++)
        {
            var p = context.Document.Paragraphs[index];
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var words = context.WordsOf(index);
            foreach (var reference in InternalReferences.Find(words.Text, words.Keys))
            {
                parts ??= Outline(plan);
                appendices ??= Appendices(context);
                var problem = reference.Appendix is { } appendix
                    ? Appendix(appendix, appendices)
                    : Numbered(reference, parts, Enclosing(parts, index));
                if (problem is null) continue;
                yield return context.At(Id, Severity.Warning, PlanPart.Body, index,
                    $"Dẫn chiếu “{reference.Text}” không trỏ tới phần nào của kế hoạch: {problem.Value.Missing}.",
                    problem.Value.Expected, $"“{reference.Text}”");
            }
        }
    }

    /// <summary>A numbered part: its level, its value, and the values of the mục, khoản and tiểu mục it stands under (0 when none).</summary>
    private readonly record struct Part(int Paragraph, HeadingLevel Level, int Value, int Section, int Clause, int SubClause);

    /// <summary>Every numbered part of the body, in order, with the parts it stands under.</summary>
    private static List<Part> Outline(PlanDocument plan)
    {
        var parts = new List<Part>(plan.Headings.Count);
        var (section, clause, sub) = (0, 0, 0);
        foreach (var h in plan.Headings)
        {
            switch (h.Level)
            {
                case HeadingLevel.Section: (section, clause, sub) = (h.Value, 0, 0); parts.Add(new(h.Paragraph, h.Level, h.Value, 0, 0, 0)); break;
                case HeadingLevel.Clause: (clause, sub) = (h.Value, 0); parts.Add(new(h.Paragraph, h.Level, h.Value, section, 0, 0)); break;
                case HeadingLevel.SubClause:
                    sub = h.Value;
                    parts.Add(new(h.Paragraph, h.Level, h.Value, section, h.ParentValue > 0 ? h.ParentValue : clause, 0));
                    break;
                default: parts.Add(new(h.Paragraph, h.Level, h.Value, section, clause, sub)); break;
            }
        }
        return parts;
    }

    /// <summary>The last part at or before <paramref name="paragraph"/>: where a reference stands (default when before every part).</summary>
    private static Part Enclosing(List<Part> parts, int paragraph)
    {
        var found = default(Part);
        foreach (var part in parts)
        {
            if (part.Paragraph > paragraph) break;
            found = part;
        }
        return found;
    }

    /// <summary>Why <paramref name="reference"/> points nowhere, or null when the part exists.</summary>
    private static (string Missing, string Expected)? Numbered(InternalReference reference, List<Part> parts, Part here)
    {
        var hereSection = here.Level == HeadingLevel.Section ? here.Value : here.Section;
        var hereClause = here.Level == HeadingLevel.Clause ? here.Value : here.Clause;
        var section = reference.Section ?? hereSection;
        if (reference.Section is { } s && !parts.Any(p => p.Level == HeadingLevel.Section && p.Value == s))
            return ($"kế hoạch không có Mục {RomanNumeral.Format(s)}", "Mục có trong kế hoạch: " + List(parts.Where(p => p.Level == HeadingLevel.Section).Select(p => RomanNumeral.Format(p.Value))));
        var inSection = parts.Where(p => p.Section == section || p.Level == HeadingLevel.Section && p.Value == section).ToList();
        var where = section > 0 ? $" Mục {RomanNumeral.Format(section)}" : "";
        if (reference.SubClause is { } sub)
        {
            if (!inSection.Any(p => p.Level == HeadingLevel.SubClause && p.Clause == sub.Parent && p.Value == sub.Value))
                return ($"không có tiểu mục {sub.Parent}.{sub.Value}{(reference.Section is null ? "" : " trong" + where)}",
                    "Tiểu mục có trong" + (section > 0 ? where : " kế hoạch") + ": " + List(inSection.Where(p => p.Level == HeadingLevel.SubClause).Select(p => $"{p.Clause}.{p.Value}")));
            return null;
        }
        var clause = reference.Clause ?? (reference.Point is not null ? hereClause : null);
        if (clause is { } c)
        {
            if (!inSection.Any(p => p.Level == HeadingLevel.Clause && p.Value == c))
                return ($"không có khoản {c}{(section > 0 ? " trong" + where : "")}",
                    "Khoản có trong" + (section > 0 ? where : " kế hoạch") + ": " + List(inSection.Where(p => p.Level == HeadingLevel.Clause).Select(p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            if (reference.Point is { } letter)
            {
                var points = inSection.Where(p => p.Level == HeadingLevel.Point && p.Clause == c).ToList();
                if (!points.Any(p => p.Value == NumberingLabels.PointValue(letter)))
                    return ($"khoản {c}{where} không có điểm {letter}",
                        $"Điểm có trong khoản {c}{where}: " + List(points.Select(p => NumberingLabels.PointLetter(p.Value)?.ToString() ?? "?")));
            }
        }
        return null;
    }

    /// <summary>Why a reference to appendix <paramref name="number"/> (0: any) points nowhere, or null when it exists.</summary>
    private static (string Missing, string Expected)? Appendix(int number, List<int> appendices)
    {
        if (appendices.Count == 0) return ("kế hoạch không có phụ lục", "Phụ lục được dẫn chiếu có kèm theo kế hoạch");
        // One appendix may go without a number (Phụ lục III of Nghị định 30, mục 1): "Phụ lục I" then means it.
        if (number == 0 || appendices.Contains(number) || appendices is [0] && number == 1) return null;
        return ($"không có Phụ lục {RomanNumeral.Format(number)}",
            "Phụ lục có trong kế hoạch: " + List(appendices.Select(a => a == 0 ? "(không số)" : RomanNumeral.Format(a))));
    }

    /// <summary>The appendices after the body: the numbers of the short paragraphs that open one (<c>PHỤ LỤC II</c> → 2, none → 0).</summary>
    private static List<int> Appendices(RuleContext context)
    {
        var found = new List<int>();
        for (var index = context.Plan.BodyEnd + 1; index < context.Document.Paragraphs.Count; index++)
        {
            var text = context.Document.Paragraphs[index].Text.Trim();
            if (text.Length > 80) continue;
            var m = AppendixLabel().Match(UnicodeForms.ToNfc(text));
            if (!m.Success) continue;
            found.Add(m.Groups["roman"].Success ? RomanNumeral.Value(m.Groups["roman"].Value.ToUpperInvariant())
                : m.Groups["number"].Success ? int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
        }
        return found;
    }

    private static string List(IEnumerable<string> labels)
    {
        var all = labels.Distinct().ToList();
        return all.Count == 0 ? "(không có)" : string.Join(", ", all);
    }

    /// <summary>The line that opens an appendix: <c>Phụ lục</c>, <c>PHỤ LỤC II</c>, <c>Phụ lục số 02</c>, alone or before its title.</summary>
    [GeneratedRegex(@"^(?i:phụ lục)(?:\s+(?i:số\s+)?(?:(?<roman>[IVXLCivxlc]+)|(?<number>\d{1,2})))?\s*(?:[.:\-–]|$)")]
    private static partial Regex AppendixLabel();
}
