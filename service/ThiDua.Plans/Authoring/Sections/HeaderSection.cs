using DocumentFormat.OpenXml;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Wording;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>
/// Phần đầu văn bản (Phụ lục I, Mục II.1–4; Mẫu 1.4 Phụ lục III): a borderless two-column table inside the
/// <c>thidua:header</c> control. Left: cơ quan chủ quản (13 pt, upright, not bold) and cơ quan ban hành (13 pt, bold,
/// capitals) as one paragraph with line breaks inside the inline <c>thidua:agency</c> control, a line under them 40 % of
/// the longest line, and <c>Số:      /KH-UBND</c> (13 pt) in <c>thidua:number</c>. Right: Quốc hiệu (13 pt bold
/// capitals), Tiêu ngữ (14 pt bold) with a line as long as it, and địa danh, ngày tháng (14 pt italic) in
/// <c>thidua:place-date</c>. Số, địa danh and ngày are bound to the custom XML part.
/// </summary>
internal sealed class HeaderSection : ISectionContent
{
    /// <summary>The number left blank for văn thư.</summary>
    private const string BlankNumber = "     ";

    private static readonly int AgencySize = PlanStyles.HalfPoints(PlanElement.IssuingAuthority), MottoSize = PlanStyles.HalfPoints(PlanElement.Motto);

    public IReadOnlyList<string> TemplateText { get; } =
    [
        "{cơ quan chủ quản}", "{unitName}", $"{Nd30Wording.NumberLabel}:      /{Nd30Wording.PlanTypeSymbol}-{{ký hiệu}}",
        Nd30Wording.NationalTitle, Nd30Wording.Motto, "{place}, " + Nd30Wording.BlankDate("{year}"),
    ];

    public IEnumerable<OpenXmlElement> Render(SectionContext context)
    {
        var unit = context.Plan.Unit;
        var controls = context.Controls;
        var columns = Columns(unit);
        var leftArea = columns[0] - PlanLayout.CellMargins;
        var rightArea = columns[1] - PlanLayout.CellMargins;

        var parentLines = unit.ParentBody.Trim().Length == 0 ? [] : AdministrativeName.Lines(TextKey.Upper(unit.ParentBody), leftArea, AgencySize, false);
        var agencyLines = AdministrativeName.Lines(TextKey.Upper(unit.Name), leftArea, AgencySize, true);
        var agencyRuns = Paragraphs.Lines(parentLines.Select(l => (l, (bool?)false)).Concat(agencyLines.Select(l => (l, (bool?)null)))).ToList();
        var agency = Paragraphs.Styled(PlanStyles.Agency, controls.Inline(PlanTags.Agency, "Cơ quan ban hành", agencyRuns));
        var agencyRule = Paragraphs.Rule((int)(agencyLines.Max(l => Paragraphs.Width(l, AgencySize, true)) * PlanStandard.Nd30[PlanElement.IssuingAuthority].Line!.AuthoredShare), leftArea);

        var data = context.Data.Metadata;
        var number = Paragraphs.Styled(PlanStyles.Number, controls.Inline(PlanTags.Number, "Số, ký hiệu",
        [
            Paragraphs.Run(Nd30Wording.NumberLabel + ": "),
            data.Number.Length > 0
                ? controls.BoundText(PlanDataPart.XPath("number"), context.StoreItemId, [Paragraphs.Run(data.Number)])
                : controls.BoundText(PlanDataPart.XPath("number"), context.StoreItemId, [Paragraphs.Run(BlankNumber)], ContentControls.BlankNumber),
            Paragraphs.Run("/" + data.Symbol),
        ], locked: false));

        var nation = Paragraphs.Text(PlanStyles.NationalTitle, Nd30Wording.NationalTitle);
        var motto = Paragraphs.Text(PlanStyles.Motto, Nd30Wording.Motto);
        var mottoRule = Paragraphs.Rule((int)(Paragraphs.Width(Nd30Wording.Motto, MottoSize, true) * PlanStandard.Nd30[PlanElement.Motto].Line!.AuthoredShare), rightArea);
        var dateText = data.Date is { } date ? Nd30Wording.Date(date) : Nd30Wording.BlankDate(context.Plan.Year);
        var placeDate = Paragraphs.Styled(PlanStyles.PlaceAndDate, controls.Inline(PlanTags.PlaceDate, "Địa danh, ngày tháng",
        [
            controls.BoundText(PlanDataPart.XPath("place"), context.StoreItemId, [Paragraphs.Run(data.Place)]),
            Paragraphs.Run(", "),
            controls.BoundDate(PlanDataPart.XPath("date"), context.StoreItemId, data.Date, [Paragraphs.Run(dateText)]),
        ], locked: false));

        var table = Tables.Layout(columns, PlanLayout.HeaderTableIndent,
            Tables.Row(columns, [agency, agencyRule], [nation, motto, mottoRule]),
            Tables.Row(columns, [number], [placeDate]));
        yield return controls.Block(PlanTags.Header, "Phần đầu văn bản", [table]);
    }

    /// <summary>
    /// The two cells' widths: the left one 60 mm, widened (up to what leaves the Quốc hiệu on one line) when a cơ quan
    /// line broken before its cấp hành chính would not fit (<c>THÀNH PHỐ HỒ CHÍ MINH</c>).
    /// </summary>
    private static int[] Columns(UnitProfile unit)
    {
        var needed = AdministrativeName.WidthNeeded(TextKey.Upper(unit.Name), AgencySize, true);
        if (unit.ParentBody.Trim().Length > 0)
            needed = Math.Max(needed, AdministrativeName.WidthNeeded(TextKey.Upper(unit.ParentBody), AgencySize, false));
        var left = Math.Clamp(needed + PlanLayout.CellMargins + 20, PlanLayout.HeaderLeftColumn, PlanLayout.HeaderLeftColumnMax);
        return [left, PlanLayout.HeaderTableWidth - left];
    }
}
