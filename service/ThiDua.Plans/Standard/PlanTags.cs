namespace ThiDua.Plans.Standard;

/// <summary>
/// The content-control tags of <c>shared/spec/plan-schema.md</c> § Tags (prefix <c>thidua:</c>): what authoring and tagging
/// write, recognition collects and the rules look for.
/// </summary>
public static class PlanTags
{
    /// <summary>Phần đầu văn bản — the whole two-column header.</summary>
    public const string Header = "thidua:header";
    /// <summary>Cơ quan ban hành (inline).</summary>
    public const string Agency = "thidua:agency";
    /// <summary>Số, ký hiệu (inline).</summary>
    public const string Number = "thidua:number";
    /// <summary>Địa danh, ngày tháng (inline).</summary>
    public const string PlaceDate = "thidua:place-date";
    /// <summary>Tên loại and trích yếu.</summary>
    public const string Title = "thidua:title";
    /// <summary>Prefix of a numbered part's control: <c>thidua:section:&lt;id&gt;</c>.</summary>
    public const string SectionPrefix = "thidua:section:";
    /// <summary>The table (or list) of chỉ tiêu.</summary>
    public const string KpiTable = "thidua:kpi-table";
    /// <summary>Prefix of one chỉ tiêu row's control: <c>thidua:kpi:&lt;code&gt;</c>.</summary>
    public const string KpiPrefix = "thidua:kpi:";
    /// <summary>Nơi nhận.</summary>
    public const string Recipients = "thidua:recipients";
    /// <summary>Chữ ký.</summary>
    public const string Signature = "thidua:signature";
    /// <summary>The tiến độ table.</summary>
    public const string Schedule = "thidua:schedule";
    /// <summary>Prefix of every tag of the schema.</summary>
    public const string Prefix = "thidua:";

    /// <summary>Tags that may appear once only (a section tag is unique per id, see <see cref="IsUnique"/>).</summary>
    public static readonly IReadOnlySet<string> Unique = new HashSet<string> { Header, Agency, Number, PlaceDate, Title, KpiTable, Recipients, Signature };

    /// <summary>True when at most one control may carry <paramref name="tag"/>.</summary>
    public static bool IsUnique(string tag) => Unique.Contains(tag) || tag.StartsWith(SectionPrefix, StringComparison.Ordinal);

    /// <summary>Tags văn thư fills after signing; their controls may be locked more strictly than <c>sdtLocked</c>.</summary>
    public static readonly IReadOnlySet<string> FilledByClerk = new HashSet<string> { Number, PlaceDate };
}
