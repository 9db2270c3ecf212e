using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// Builds the content controls (<c>w:sdt</c>, ECMA-376 §17.5.2) that make a plan machine-readable
/// (<c>shared/spec/plan-schema.md</c> § Tags): each with its Vietnamese title (<c>w:alias</c>), its <c>thidua:</c> tag and,
/// except the controls văn thư fills (số, địa danh - ngày tháng), <c>w:lock="sdtLocked"</c> so the officer can edit inside
/// but cannot delete the control. Ids are unique within one produced document.
/// </summary>
internal sealed class ContentControls(int firstId = 100000)
{
    private int nextId = firstId;
    private readonly Dictionary<string, string> placeholders = [];

    /// <summary>
    /// The placeholder texts the bound controls of blank fields show (docPart name → text), for the glossary part
    /// (<see cref="PlaceholderParts"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Placeholders => placeholders;

    /// <summary>A block-level control around paragraphs and tables.</summary>
    public SdtBlock Block(string tag, string alias, IEnumerable<OpenXmlElement> content, bool locked = true) =>
        new(Properties(tag, alias, locked), new SdtContentBlock(content));

    /// <summary>An inline control around runs.</summary>
    public SdtRun Inline(string tag, string alias, IEnumerable<OpenXmlElement> content, bool locked = true) =>
        new(Properties(tag, alias, locked), new SdtContentRun(content));

    /// <summary>A row-level control around one table row (a chỉ tiêu row's <c>thidua:kpi:&lt;code&gt;</c>).</summary>
    public SdtRow Row(string tag, string alias, TableRow row) =>
        new(Properties(tag, alias, true), new SdtContentRow(row));

    /// <summary>
    /// A plain-text control around <paramref name="content"/> (runs), bound to the element at <paramref name="xpath"/> of
    /// the plan's custom XML part (<c>w:dataBinding</c>), so Word keeps the two in step. A field left blank for văn thư
    /// (<paramref name="blankPlaceholder"/> set) shows its content — the blank — as its placeholder, so Word, finding the
    /// bound element empty, still prints <c>Số:      /KH-UBND</c> rather than its own prompt.
    /// </summary>
    public SdtRun BoundText(string xpath, string storeItemId, IReadOnlyList<OpenXmlElement> content, string? blankPlaceholder = null) =>
        new(Bound(xpath, storeItemId, content, blankPlaceholder, new SdtContentText()), new SdtContentRun(content));

    /// <summary>
    /// A date picker around <paramref name="content"/> (<c>ngày 01 tháng 02 năm 2024</c>), bound to <c>/plan/date</c> and
    /// stored as an ISO date; <paramref name="date"/> null leaves it without a value (day and month blank in a draft). The
    /// display format writes months 1–2 with a leading 0 and the others without, as Phụ lục I Mục II.4b wants.
    /// </summary>
    public SdtRun BoundDate(string xpath, string storeItemId, DateOnly? date, IReadOnlyList<OpenXmlElement> content)
    {
        var month = date is { Month: <= 2 } ? "MM" : "M";
        var picker = new SdtContentDate(
            new DateFormat { Val = $"'ngày' dd 'tháng' {month} 'năm' yyyy" },
            new LanguageId { Val = "vi-VN" },
            new SdtDateMappingType { Val = DateFormatValues.Date },
            new Calendar { Val = CalendarValues.Gregorian });
        if (date is { } d) picker.FullDate = new DateTimeValue(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return new SdtRun(Bound(xpath, storeItemId, content, date is null ? BlankDate : null, picker), new SdtContentRun(content));
    }

    /// <summary>Name of the placeholder of a blank số.</summary>
    public const string BlankNumber = "ThiDuaSoTrong";

    /// <summary>Name of the placeholder of a blank ngày tháng.</summary>
    public const string BlankDate = "ThiDuaNgayTrong";

    private SdtProperties Bound(string xpath, string storeItemId, IReadOnlyList<OpenXmlElement> content, string? placeholder, OpenXmlElement type)
    {
        var props = new SdtProperties(new SdtId { Val = nextId++ });
        if (placeholder is not null)
        {
            placeholders[placeholder] = string.Concat(content.Select(RunText.Of));
            props.Append(new SdtPlaceholder(new DocPartReference { Val = placeholder }), new ShowingPlaceholder());
        }
        props.Append(Binding(xpath, storeItemId), type);
        return props;
    }

    private SdtProperties Properties(string tag, string alias, bool locked)
    {
        var props = new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = tag }, new SdtId { Val = nextId++ });
        if (locked) props.Append(new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked });
        return props;
    }

    private static DataBinding Binding(string xpath, string storeItemId) => new()
    {
        PrefixMappings = $"xmlns:ns0='{PlanDataPart.Namespace}'",
        XPath = xpath,
        StoreItemId = storeItemId,
    };
}
