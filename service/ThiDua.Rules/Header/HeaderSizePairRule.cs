using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-SIZE-PAIR — header sizes move together (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục V, ghi chú 2: <em>cỡ chữ trong cùng
/// một văn bản tăng, giảm phải thống nhất</em>): Quốc hiệu 13 pt with Tiêu ngữ and địa danh, ngày tháng 14 pt, or Quốc hiệu
/// 12 pt with 13 pt (<see cref="PlanStandard.HeaderSizePairs"/>). The pair most of the three elements already follow is the
/// one expected (Quốc hiệu's on a tie); each element off it is reported with its size in the pair. An element whose size is
/// outside its own range is left to its own rule (HDR-NATION, HDR-MOTTO, HDR-DATE). Sizes in pt (<c>w:sz</c> is half-points).
/// </summary>
public sealed class HeaderSizePairRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-SIZE-PAIR";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var header = context.Plan.Header;
        var elements = new (TextSegment? Segment, PlanElement Element, string Name, bool IsNation)[]
        {
            (header.NationalTitle, PlanElement.NationalTitle, "Quốc hiệu", true),
            (header.Motto, PlanElement.Motto, "Tiêu ngữ", false),
            (header.PlaceAndDate?.Segment, PlanElement.PlaceAndDate, "địa danh, ngày tháng", false),
        }.Where(e => e.Segment is { Runs.Count: > 0 } s && context.Standard[e.Element].Size.Contains(s.MainSizePt)).ToList();
        if (elements.Count < 2 || !elements[0].IsNation) yield break;
        double SizeIn(HeaderSizePair pair, bool isNation) => isNation ? pair.NationalTitlePt : pair.PartnerPt;
        var nationPt = elements[0].Segment!.MainSizePt;
        var standard = context.Standard;
        // A profile that narrows a size range leaves only the pairs inside it.
        var pair = standard.HeaderSizePairs
            .Where(p => standard[PlanElement.NationalTitle].Size.Contains(p.NationalTitlePt) && standard[PlanElement.Motto].Size.Contains(p.PartnerPt)
                        && standard[PlanElement.PlaceAndDate].Size.Contains(p.PartnerPt))
            .OrderByDescending(p => elements.Count(e => e.Segment!.MainSizePt == SizeIn(p, e.IsNation)))
            .ThenByDescending(p => p.NationalTitlePt == nationPt)
            .FirstOrDefault();
        if (pair is null) yield break;
        var expected = $"Quốc hiệu cỡ {Units.Pt(pair.NationalTitlePt)}, Tiêu ngữ và địa danh, ngày tháng cỡ {Units.Pt(pair.PartnerPt)}";
        var observed = string.Join(", ", elements.Select(e => $"{e.Name} cỡ {Units.Pt(e.Segment!.MainSizePt)}"));
        foreach (var (segment, _, name, isNation) in elements)
        {
            var want = SizeIn(pair, isNation);
            if (segment!.MainSizePt == want) continue;
            var paragraph = context.Document.Paragraphs[segment.Paragraph];
            var fix = StyleCheck.OwnsParagraph(paragraph, [segment])
                ? new Fix($"Đặt cỡ chữ {Units.Pt(want)} cho {name}", segment.Paragraph, new RunFormat(SizePt: want))
                : null;
            yield return context.At(Id, Severity.Warning, PlanPart.Header, segment.Paragraph,
                $"Cỡ chữ phần đầu không thống nhất: {name} cỡ {Units.Pt(segment.MainSizePt)}, cần cỡ {Units.Pt(want)} cho đồng bộ với các thành phần khác.",
                expected, observed, fix, segment.Text);
        }
    }
}
