using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// The comparators of a KPI record — <em>mức so sánh của chỉ tiêu</em> (plan-schema.md § KPI record, field
/// <c>comparator</c>), and the Vietnamese words that say them.
/// </summary>
public static class KpiComparator
{
    /// <summary><c>&gt;=</c>: đạt, ước đạt, hoàn thành, đạt trên, ít nhất, không dưới, phấn đấu, trở lên.</summary>
    public const string AtLeast = ">=";
    /// <summary><c>&gt;</c>: trên, vượt, hơn.</summary>
    public const string Above = ">";
    /// <summary><c>&lt;=</c>: giảm còn, không quá, tối đa, trở xuống.</summary>
    public const string AtMost = "<=";
    /// <summary><c>&lt;</c>: dưới, duy trì dưới, thấp hơn.</summary>
    public const string Below = "<";
    /// <summary><c>=</c>: bằng, là, a value after a colon, after <c>cho</c>/<c>có</c>, or with no comparator word.</summary>
    public const string Equal = "=";
    /// <summary><c>maintain</c>: duy trì, giữ vững, giữ ổn định (with a number and no other word, or a qualitative target).</summary>
    public const string Maintain = "maintain";

    /// <summary><c>range</c>: a span from <see cref="Target.Value"/> to <see cref="Target.ValueMax"/> (<c>7,5 - 8,0%</c>, <c>từ 3 đến 5</c>).</summary>
    public const string Range = "range";
    /// <summary><c>increase</c>: a rise by <see cref="Target.Value"/> against <see cref="Target.Base"/> (<c>tăng 10% so với cùng kỳ</c>, <c>tăng thêm 5 hộ</c>).</summary>
    public const string Increase = "increase";
    /// <summary><c>decrease</c>: a fall by <see cref="Target.Value"/> against <see cref="Target.Base"/> (<c>giảm 3,4% so với năm 2015</c>).</summary>
    public const string Decrease = "decrease";
    /// <summary><c>multiple</c>: <see cref="Target.Value"/> times <see cref="Target.Base"/> (<c>tăng gấp 2,15 lần so với năm 2015</c>).</summary>
    public const string Multiple = "multiple";

    /// <summary>Every comparator value a <see cref="Target"/> may carry (besides empty for a qualitative target without one).</summary>
    public static IReadOnlyList<string> All { get; } = [AtLeast, Above, AtMost, Below, Equal, Maintain, Range, Increase, Decrease, Multiple];

    /// <summary>True for a change against a base (<c>increase</c>, <c>decrease</c>, <c>multiple</c>): never added to a level.</summary>
    public static bool IsChange(string? comparator) => comparator is Increase or Decrease or Multiple;

    /// <summary>
    /// The comparator as an officer reads it, for reports and exports: <c>&gt;=</c> → <c>đạt ít nhất</c>, <c>&gt;</c> →
    /// <c>trên</c>, <c>&lt;=</c> → <c>không quá</c>, <c>&lt;</c> → <c>dưới</c>, <c>=</c> → <c>bằng</c>, <c>maintain</c> →
    /// <c>duy trì</c>, <c>range</c> → <c>trong khoảng</c>, <c>increase</c> → <c>tăng</c>, <c>decrease</c> → <c>giảm</c>,
    /// <c>multiple</c> → <c>gấp</c>; empty or unknown text comes back as it is.
    /// </summary>
    public static string Words(string? comparator) => comparator switch
    {
        AtLeast => "đạt ít nhất",
        Above => "trên",
        AtMost => "không quá",
        Below => "dưới",
        Equal => "bằng",
        Maintain => "duy trì",
        Range => "trong khoảng",
        Increase => "tăng",
        Decrease => "giảm",
        Multiple => "gấp",
        _ => comparator ?? string.Empty,
    };

    /// <summary>
    /// The comparator as a short sign for tables: <c>≥</c>, <c>&gt;</c>, <c>≤</c>, <c>&lt;</c>, <c>=</c>, <c>duy trì</c>,
    /// <c>từ–đến</c>, <c>tăng</c>, <c>giảm</c>, <c>gấp</c>; empty or unknown text comes back as it is.
    /// </summary>
    public static string Sign(string? comparator) => comparator switch
    {
        AtLeast => "≥",
        AtMost => "≤",
        Maintain => "duy trì",
        Range => "từ–đến",
        Increase => "tăng",
        Decrease => "giảm",
        Multiple => "gấp",
        _ => comparator ?? string.Empty,
    };

    /// <summary>Words that state a qualitative target is to be kept (<c>duy trì</c>, <c>giữ vững</c>), lower case.</summary>
    internal static IReadOnlyList<string> MaintainWords { get; } = ["duy trì", "giữ vững", "giữ ổn định"];

    /// <summary>
    /// Comparator phrases written just before a value, lower case, longest first. <c>Strong</c> phrases announce a
    /// number (a missing one is KPI-UNPARSED); <c>Delta</c> phrases (<c>tăng</c>, <c>giảm</c>, <c>gấp</c> without
    /// <c>còn</c>/<c>xuống</c>/<c>lên</c>) state a change against a base, not a level. Following the reading of
    /// plan-schema.md: <c>giảm còn</c> is <c>&lt;=</c>, <c>xuống</c> (the level reached) and <c>đảm bảo</c> are <c>=</c>,
    /// <c>từ</c> alone (<c>từ 11% trở lên</c>) says nothing more than a level.
    /// </summary>
    internal static IReadOnlyList<ComparatorPhrase> Phrases { get; } = new ComparatorPhrase[]
    {
        new("đạt trên", AtLeast, Strong: true),
        new("đạt từ", AtLeast, Strong: true),
        new("đạt tối thiểu", AtLeast, Strong: true),
        new("đạt ít nhất", AtLeast, Strong: true),
        new("đạt và vượt", AtLeast),
        new("hoàn thành và vượt", AtLeast),
        new("phấn đấu đạt", AtLeast),
        new("ước đạt", AtLeast),
        new("ước thực hiện", AtLeast),
        new("đạt", AtLeast),
        new("hoàn thành", AtLeast),
        new("phấn đấu", AtLeast),
        new("có thêm", AtLeast),
        new("thêm", AtLeast),
        new("đảm bảo", Equal),
        new("bảo đảm", Equal),
        new("ít nhất", AtLeast, Strong: true),
        new("tối thiểu", AtLeast),
        new("không dưới", AtLeast, Strong: true),
        new("không thấp hơn", AtLeast, Strong: true),
        new("không ít hơn", AtLeast, Strong: true),
        new("tăng lên", AtLeast),
        new("nâng lên", AtLeast),
        new("lên", AtLeast),
        new("≥", AtLeast, Strong: true),
        new(">=", AtLeast, Strong: true),

        new("duy trì trên", Above, Strong: true),
        new("vượt trên", Above),
        new("cao hơn", Above),
        new("lớn hơn", Above),
        new("nhiều hơn", Above),
        new("trên", Above),
        new("vượt", Above),
        new("hơn", Above),
        new(">", Above, Strong: true),

        new("giảm xuống còn", AtMost, Strong: true),
        new("giảm còn", AtMost, Strong: true),
        new("xuống còn", AtMost, Strong: true),
        new("giảm xuống", Equal),
        new("hạ xuống", Equal),
        new("xuống", Equal),
        new("không vượt quá", AtMost, Strong: true),
        new("không quá", AtMost, Strong: true),
        new("không cao hơn", AtMost, Strong: true),
        new("không lớn hơn", AtMost, Strong: true),
        new("tối đa", AtMost),
        new("còn", AtMost),
        new("≤", AtMost, Strong: true),
        new("<=", AtMost, Strong: true),

        new("duy trì ở mức dưới", Below, Strong: true),
        new("giảm xuống dưới", Below, Strong: true),
        new("duy trì dưới", Below, Strong: true),
        new("giữ dưới", Below, Strong: true),
        new("giảm dưới", Below, Strong: true),
        new("xuống dưới", Below, Strong: true),
        new("thấp hơn", Below),
        new("ít hơn", Below),
        new("nhỏ hơn", Below),
        new("dưới", Below),
        new("<", Below, Strong: true),

        new("duy trì ở mức", Maintain),
        new("duy trì mức", Maintain),
        new("duy trì", Maintain),
        new("giữ vững", Maintain),
        new("giữ ổn định", Maintain),
        new("ổn định ở mức", Maintain),
        new("giữ ở mức", Maintain),
        new("giữ nguyên", Maintain),

        new("tăng thêm", Increase, Delta: true),
        new("giảm thêm", Decrease, Delta: true),
        new("tăng", Increase, Delta: true),
        new("giảm", Decrease, Delta: true),
        new("tăng gấp", Multiple, Delta: true),
        new("gấp", Multiple, Delta: true),

        new("bằng", Equal),
        new("chiếm", Equal),
        new("là", Equal),
        new("từ", Equal),
        new("cho", Equal),
        new("có", Equal),
        new("=", Equal),
    }.OrderByDescending(p => p.Text.Length).ToArray();

    /// <summary>Words that may stand between a comparator and its value (<c>đạt tỷ lệ 95%</c>, <c>ở mức</c>), lower case.</summary>
    internal static IReadOnlyList<string> Fillers { get; } =
        new[]
        {
            "tỷ lệ", "tỉ lệ", "ở mức", "mức", "khoảng", "xấp xỉ", "gần", "con số", "bình quân", "trung bình", "tổng số", "tổng cộng",
            "mỗi năm", "hàng năm", "hằng năm", "bình quân mỗi năm", "bình quân hàng năm", "bình quân hằng năm", "bình quân/năm",
            "trong năm", "mỗi tháng",
        }
            .OrderByDescending(f => f.Length).ToArray();

    /// <summary>Phrases after a value that set the comparator (<c>95% trở lên</c>), lower case.</summary>
    internal static IReadOnlyList<ComparatorPhrase> Postfixes { get; } =
    [
        new("trở lên", AtLeast),
        new("trở xuống", AtMost),
    ];
}

/// <summary>A comparator phrase of <see cref="KpiComparator.Phrases"/>.</summary>
/// <param name="Text">The phrase, lower case, NFC.</param>
/// <param name="Comparator">The comparator it says.</param>
/// <param name="Strong">True when the phrase announces a number (<c>đạt trên</c>): without one the target is KPI-UNPARSED.</param>
/// <param name="Delta">True for a change (<c>tăng</c>, <c>giảm</c>): the word stays in the label.</param>
internal sealed record ComparatorPhrase(string Text, string Comparator, bool Strong = false, bool Delta = false)
{
    /// <summary>The phrase without diacritics, for text typed without them.</summary>
    public string Folded { get; } = TextKey.FoldLower(Text);
}
