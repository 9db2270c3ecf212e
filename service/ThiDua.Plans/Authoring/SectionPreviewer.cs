using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Sections;

namespace ThiDua.Plans.Authoring;

/// <summary>A piece of a preview line: text as it will be inserted, or a value still to be filled (<see cref="Missing"/> set, <see cref="Text"/> empty).</summary>
/// <param name="Text">The text, when the piece is known.</param>
/// <param name="Missing">What is missing, in Vietnamese (<c>ký hiệu</c>, <c>họ tên người ký</c>), when it is not.</param>
public sealed record PreviewPart(string Text, string? Missing = null);

/// <summary>
/// What one catalogue section will insert for a unit, a year and a trích yếu — <em>xem trước một mục</em> — before
/// the officer inserts it.
/// </summary>
/// <param name="Id">The section's catalogue id.</param>
/// <param name="Lines">Its lines as the section renders them: one per paragraph or line break; the cells of a ruled table's row joined by <c> | </c>; paragraphs of a two-column layout (header, closing) left column first.</param>
/// <param name="Missing">The Vietnamese names of the values still to be filled, each once, in order of appearance.</param>
public sealed record SectionPreview(string Id, IReadOnlyList<IReadOnlyList<PreviewPart>> Lines, IReadOnlyList<string> Missing);

/// <summary>
/// Previews the sections of the <see cref="SectionCatalogue"/> (issue 12: the pane shows what a section inserts without
/// a copy of its wording): each section is rendered by its own renderer — the same code <see cref="SectionRenderer"/> and
/// <see cref="NewPlanBuilder"/> run — with every value the unit profile, the year or the trích yếu lacks replaced by a
/// marker, and the rendered text is read back, each marker becoming a <see cref="PreviewPart"/> naming what is missing.
/// Mục are numbered as in a whole new plan (the pane numbers an inserted one after the heading above the cursor).
/// </summary>
public static class SectionPreviewer
{
    // A missing value is rendered as \uE000<n>\uE001, private-use characters around digits, which capitals, trimming and
    // line breaking leave as they are.
    private const char Open = '\uE000', Close = '\uE001';

    /// <summary>A year no catalogue wording holds, rendered in place of a missing year and read back as missing.</summary>
    private const int MissingYear = 9999;

    /// <summary>What a missing value is called, by the field it stands for.</summary>
    private static readonly string[] Names =
    [
        "tên cơ quan ban hành", "cơ quan chủ quản", "địa danh", "ký hiệu", "quyền hạn ký", "chức vụ người ký", "họ tên người ký",
        "nơi nhận", "đơn vị soạn thảo", "trích yếu", "năm",
    ];

    private static string Marker(string name) => $"{Open}{Array.IndexOf(Names, name).ToString(CultureInfo.InvariantCulture)}{Close}";

    /// <summary>Previews every section of the catalogue, in plan order.</summary>
    /// <param name="unit">The unit the plan is for; null when none is chosen (every unit value is then missing).</param>
    /// <param name="year">The plan's year; null when not given or not valid (2000–2100).</param>
    /// <param name="subject">The trích yếu; empty when not given.</param>
    /// <param name="draftingUnit">Đơn vị soạn thảo when the profile has none (the service's default, <c>VP</c>).</param>
    public static IReadOnlyList<SectionPreview> PreviewAll(UnitProfile? unit, int? year, string? subject, string draftingUnit)
    {
        var plan = new PlanParameters(Marked(unit, draftingUnit), year is >= 2000 and <= 2100 ? year.Value : MissingYear, Given(subject) is { Length: > 0 } s ? s : Marker("trích yếu"));
        var data = PlanData.From(plan, SectionCatalogue.DefaultTargets);
        var controls = new ContentControls();
        var part = 0;
        return SectionCatalogue.All.Select(section =>
        {
            if (section.Numbered) part++;
            var context = new SectionContext(plan, data, controls, PlanDataPart.NewItemId(), part);
            var lines = section.Content.Render(context).SelectMany(Lines).Select(Parts).Where(l => l.Count > 0).ToList();
            var missing = lines.SelectMany(l => l).Where(p => p.Missing is not null).Select(p => p.Missing!).Distinct().ToList();
            return new SectionPreview(section.Id, lines, missing);
        }).ToList();
    }

    /// <summary>The unit with each missing value replaced by its marker (no cơ quan chủ quản is no line, not a missing value).</summary>
    private static UnitProfile Marked(UnitProfile? unit, string draftingUnit)
    {
        string Or(string? value, string name) => Given(value) is { Length: > 0 } v ? v : Marker(name);
        if (unit is null)
            return new UnitProfile(Marker("tên cơ quan ban hành"), Marker("cơ quan chủ quản"), Marker("địa danh"), Marker("ký hiệu"),
                Marker("quyền hạn ký"), Marker("chức vụ người ký"), Marker("họ tên người ký"), [Marker("nơi nhận")], Or(draftingUnit, "đơn vị soạn thảo"));
        var recipients = (unit.Recipients ?? []).Select(Given).Where(r => r.Trim().TrimStart('-', ' ').TrimEnd(';', '.', ' ').Length > 0).ToList();
        var authority = string.Join('\n', (unit.SignerAuthority ?? "").Split('\n').Select(Given).Where(l => l.Length > 0));
        return new UnitProfile(
            Or(unit.Name, "tên cơ quan ban hành"), Given(unit.ParentBody), Or(unit.PlaceName, "địa danh"), Or(unit.Symbol, "ký hiệu").ToUpperInvariant(),
            authority.Length > 0 ? authority : Marker("quyền hạn ký"), Or(unit.SignerTitle, "chức vụ người ký"), Or(unit.SignerName, "họ tên người ký"),
            recipients.Count > 0 ? recipients : [Marker("nơi nhận")], Or(Given(unit.DraftingUnit) is { Length: > 0 } d ? d : draftingUnit, "đơn vị soạn thảo"));
    }

    /// <summary>A value as given, NFC, without control characters, spaces collapsed; empty for none.</summary>
    private static string Given(string? value) =>
        string.Join(' ', new string((value ?? "").Normalize(NormalizationForm.FormC).Where(c => !char.IsControl(c)).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text lines of one rendered element, in reading order.</summary>
    private static IEnumerable<string> Lines(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph p:
                foreach (var line in RunText.Of(p).Split('\n')) yield return line;
                break;
            case Table table when IsLayout(table):
                foreach (var cell in table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
                    foreach (var line in cell.ChildElements.SelectMany(Lines)) yield return line;
                break;
            case Table table:
                foreach (var row in table.Descendants<TableRow>())
                    yield return string.Join(" | ", row.Elements<TableCell>().Select(c => string.Join(" ", c.Descendants<Paragraph>().Select(RunText.Of))));
                break;
            default:
                foreach (var line in element.ChildElements.SelectMany(Lines)) yield return line;
                break;
        }
    }

    /// <summary>True for a borderless table laying out two columns (header, closing), read cell by cell.</summary>
    private static bool IsLayout(Table table) =>
        table.GetFirstChild<TableProperties>()?.GetFirstChild<TableBorders>()?.GetFirstChild<TopBorder>()?.Val?.Value == BorderValues.None;

    /// <summary>A rendered line split at its markers; empty when the line shows nothing.</summary>
    private static List<PreviewPart> Parts(string line)
    {
        var year = MissingYear.ToString(CultureInfo.InvariantCulture);
        var nextYear = (MissingYear + 1).ToString(CultureInfo.InvariantCulture);
        line = line.Replace(nextYear, Marker("năm"), StringComparison.Ordinal).Replace(year, Marker("năm"), StringComparison.Ordinal);
        var parts = new List<PreviewPart>();
        var text = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var close = line[i] == Open ? line.IndexOf(Close, i) : -1;
            if (close < 0)
            {
                text.Append(line[i]);
                continue;
            }
            if (text.Length > 0) parts.Add(new PreviewPart(text.ToString()));
            text.Clear();
            parts.Add(new PreviewPart("", Names[int.Parse(line.AsSpan(i + 1, close - i - 1), CultureInfo.InvariantCulture)]));
            i = close;
        }
        if (text.Length > 0) parts.Add(new PreviewPart(text.ToString()));
        return parts.Any(p => p.Missing is not null || p.Text.Trim().Length > 0) ? parts : [];
    }
}
