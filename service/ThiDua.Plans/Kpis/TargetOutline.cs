using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>An open part of the plan, as the outline stands at a passage: its heading and what it announces.</summary>
/// <param name="Level">Depth: titles by the order their label style first appears; an announcing line half a step below the part it stands in.</param>
/// <param name="Topic">What the heading announces.</param>
/// <param name="Heading">The heading as written (label included), NFC.</param>
/// <param name="Year">The year the heading sets targets for (<c>Mục tiêu cụ thể đến năm 2025</c>), or null.</param>
/// <param name="Announcer">True for a line ending with a colon that opens a list (<c>Phấn đấu đạt các chỉ tiêu sau:</c>, <c>* Về kinh tế:</c>).</param>
/// <param name="Labelled">For an announcer: whether its first item carries a list label (the list then ends at the first line without one); null until an item is seen.</param>
internal sealed record TargetScope(double Level, TargetTopic Topic, string Heading, int? Year, bool Announcer, bool? Labelled = null)
{
    /// <summary>True when the heading names chỉ tiêu (<c>Các chỉ tiêu chủ yếu</c>): its items may be qualitative targets.</summary>
    public bool NamesTargets { get; } = Topic == TargetTopic.Targets && KpiText.IndexOfWords(TextKey.FoldLower(Heading), "chi tieu") >= 0;
}

/// <summary>
/// The outline of a plan's body as its text shows it — <em>đề mục</em> however they are written: numbered by Word or typed
/// (<c>I.</c>, <c>2-</c>, <c>II-</c>, <c>A-</c>, <c>*</c>, <c>(1)</c>, <c>PHẦN MỘT</c>, <c>Mục tiêu 1:</c>), or an
/// unnumbered line in capitals or bold, or a short line ending with a colon — each with what it announces
/// (<see cref="TargetMood.TopicOf"/>). A title holds no target value; its level is the order in which its label style
/// first appears, as a reader takes it. A title closes the parts of its level and deeper; a title naming a lĩnh vực
/// (<c>2. Văn hóa - xã hội</c>) after a part of targets of its level goes on with those targets; a line announcing a list
/// (<c>Các chỉ tiêu chủ yếu:</c>) stays open through its sub-groups (<c>1. Về kinh tế:</c>) and, when its items are
/// labelled, ends at the first line without a label.
/// </summary>
internal sealed partial class TargetOutline(int? year)
{
    /// <summary>The longest title, in characters after its label.</summary>
    public const int MaxTitleLength = 160;

    private static readonly (string Style, Regex Pattern)[] labelStyles =
    [
        ("part", PartLabel()),
        ("named", NamedLabel()),
        ("roman-dash", RomanDashLabel()),
        ("roman", RomanLabel()),
        ("arabic3", Arabic3Label()),
        ("arabic2", Arabic2Label()),
        ("arabic-dash", ArabicDashLabel()),
        ("arabic", ArabicLabel()),
        ("paren", ParenLabel()),
        ("upper-letter", UpperLetterLabel()),
        ("letter", LetterLabel()),
        ("star", StarLabel()),
        ("dash", DashLabel()),
    ];

    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?:\p{L}+|\d+|[IVXL]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartLabel();

    [GeneratedRegex(@"^(?:Mục\s+tiêu|Nhiệm\s+vụ|Chỉ\s+tiêu|Nội\s+dung|Giải\s+pháp|Điều)\s+\d{1,2}\s*[:.]", RegexOptions.CultureInvariant)]
    private static partial Regex NamedLabel();

    [GeneratedRegex(@"^[IVXL]{1,6}\s*[-–]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex RomanDashLabel();

    [GeneratedRegex(@"^[IVXL]{1,6}\s*[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex RomanLabel();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic3Label();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic2Label();

    [GeneratedRegex(@"^\d{1,2}\s*[-–]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicDashLabel();

    [GeneratedRegex(@"^\d{1,2}\s*[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicLabel();

    [GeneratedRegex(@"^\(\d{1,2}\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenLabel();

    [GeneratedRegex(@"^[A-ZĐ]\s*[.)\-–]\s", RegexOptions.CultureInvariant)]
    private static partial Regex UpperLetterLabel();

    [GeneratedRegex(@"^[a-zđ]\s*[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex LetterLabel();

    [GeneratedRegex(@"^[*+•▪►]", RegexOptions.CultureInvariant)]
    private static partial Regex StarLabel();

    [GeneratedRegex(@"^[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex DashLabel();

    private static readonly string[] modelStyles = ["", "roman", "arabic", "arabic2", "letter"];

    private readonly List<string> styleOrder = [];
    private readonly List<TargetScope> open = [];

    /// <summary>The parts open at the passage last given to <see cref="Read"/>, outermost first.</summary>
    public IReadOnlyList<TargetScope> Open => open;

    /// <summary>
    /// Takes the next passage: returns true when it is a title (the outline is updated and the passage holds no target);
    /// false for a body passage, after closing the lists it ends.
    /// </summary>
    /// <param name="passage">The passage.</param>
    /// <param name="holdsValue">Whether a passage's body states a target value (a title never does); asked only of a
    /// passage that could be a title or could announce targets, at most once.</param>
    public bool Read(TargetPassage passage, Func<string, bool> holdsValue)
    {
        var style = StyleOf(passage);
        var body = passage.Body;
        var colon = body.TrimEnd().EndsWith(':');
        bool? holds = null;
        bool Holds() => holds ??= holdsValue(body);
        if (IsTitle(passage, style, body, colon) && !Holds())
        {
            var announcer = style is "dash" or "colon" || (style is "star" && colon);
            var topic = TargetMood.TopicOf(body, year);
            if (announcer)
            {
                var parent = open.LastOrDefault(s => !s.Announcer)?.Level ?? 0;
                // A new announcing line replaces the lists of its own part (* Về kinh tế: … * Về văn hóa - xã hội:).
                open.RemoveAll(s => s.Announcer && s.Level > parent);
                open.Add(new TargetScope(parent + 0.5, topic, passage.Text, TargetMood.YearOf(body), Announcer: true));
                return true;
            }
            var level = LevelOf(style);
            TargetScope? sibling = null;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Level < level) break;
                if (!open[i].Announcer && open[i].Level == level) sibling = open[i];
                open.RemoveAt(i);
            }
            if (topic == TargetTopic.Sector && sibling is { Topic: TargetTopic.Targets })
                open.Add(sibling with { Level = level }); // 2. Văn hóa - xã hội after 1. Chỉ tiêu kinh tế: still targets
            open.Add(new TargetScope(level, topic, passage.Text, TargetMood.YearOf(body), Announcer: false));
            return true;
        }

        // A labelled list under an announcing line ends at the first line without a label.
        var labelled = passage.Label.Length > 0;
        while (open.Count > 0 && open[^1] is { Announcer: true } top)
        {
            if (top.Labelled is null)
            {
                open[^1] = top with { Labelled = labelled };
                break;
            }
            if (top.Labelled == true && !labelled) { open.RemoveAt(open.Count - 1); continue; }
            break;
        }
        if (colon && body.Length > MaxTitleLength && TargetMood.TopicOf(LastClause(body), year) == TargetTopic.Targets && !Holds())
        {
            // A paragraph that ends by announcing targets (… thống nhất các mục tiêu, chỉ tiêu … như sau:) opens them too.
            var parent = open.LastOrDefault(s => !s.Announcer)?.Level ?? 0;
            open.Add(new TargetScope(parent + 0.5, TargetTopic.Targets, passage.Text, TargetMood.YearOf(body), Announcer: true));
        }
        return false;
    }

    /// <summary>The last clause of a paragraph (after its last period or semicolon): what a paragraph ending with a colon announces.</summary>
    private static string LastClause(string body)
    {
        var cut = body.TrimEnd().TrimEnd(':').LastIndexOfAny(['.', ';']);
        return cut >= 0 ? body[(cut + 1)..] : body;
    }

    /// <summary>The part that gives the passage its topic: the innermost open part whose heading says something (not only a lĩnh vực).</summary>
    public TargetScope? Governing => open.LastOrDefault(s => s.Topic is not (TargetTopic.Neutral or TargetTopic.Sector));

    /// <summary>The year the open parts set targets for, innermost first; null when none says.</summary>
    public int? Year => open.LastOrDefault(s => s.Year is not null && s.Topic is TargetTopic.Targets or TargetTopic.Sector or TargetTopic.Neutral)?.Year;

    /// <summary>
    /// A title is short (at most <see cref="MaxTitleLength"/> characters), ends without a period (unless in capitals) or
    /// semicolon, and either the plan model reads it as a numbered title, or its label is a title's (<c>PHẦN</c>,
    /// <c>Mục tiêu 1:</c>, <c>*</c>; a numbered label when it ends with a colon, is in capitals or bold, or is short and
    /// without an enumeration unless its words announce a part), or it is in capitals or bold, or it is a line ending
    /// with a colon.
    /// </summary>
    private static bool IsTitle(TargetPassage passage, string style, string body, bool colon)
    {
        if (body.Length == 0 || body.Length > MaxTitleLength) return false;
        var capitals = TargetPassage.IsCapitals(body);
        var end = body.TrimEnd()[^1];
        if (end == ';' || (end == '.' && !capitals)) return false;
        if (passage.Line.IsHeading) return true;
        return style switch
        {
            "part" or "named" or "star" or "colon" => true,
            "dash" => colon,
            "none" => capitals || passage.Line.Emphasis,
            _ => colon || capitals || passage.Line.Emphasis
                 || (body.Length <= 100 && (!body.Contains(", ", StringComparison.Ordinal) || Announces(body))),
        };
    }

    /// <summary>
    /// True when a short labelled line's words announce a part (<c>B- Phương hướng, mục tiêu</c>, <c>II. Kết quả, hạn chế</c>):
    /// a title even with a comma, which otherwise marks an enumerating item.
    /// </summary>
    private static bool Announces(string body) =>
        TargetMood.TopicOf(body, null) is TargetTopic.Targets or TargetTopic.Results or TargetTopic.Grounds or TargetTopic.Organisation;

    /// <summary>The label style of a passage: Word's numbering level, a typed label, capitals, bold or a final colon.</summary>
    private static string StyleOf(TargetPassage passage)
    {
        if (passage.Line.IsHeading && passage.Line.HeadingLevel is > 0 and < 5) return modelStyles[passage.Line.HeadingLevel];
        var text = passage.Line.NumberLabel.Trim().Length > 0 ? passage.Line.NumberLabel.Trim() + " " + passage.Body : passage.Text;
        foreach (var (style, pattern) in labelStyles)
            if (pattern.IsMatch(text)) return style;
        if (passage.Body.TrimEnd().EndsWith(':') && !TargetPassage.IsCapitals(passage.Body) && !passage.Line.Emphasis) return "colon";
        return "none";
    }

    private double LevelOf(string style)
    {
        var key = style == "none" ? "plain-title" : style;
        var at = styleOrder.IndexOf(key);
        if (at < 0)
        {
            styleOrder.Add(key);
            at = styleOrder.Count - 1;
        }
        return at + 1;
    }
}
