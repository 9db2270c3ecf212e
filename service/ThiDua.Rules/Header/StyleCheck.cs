using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using FixParagraph = ThiDua.Rules.ParagraphFormat;
using FixRun = ThiDua.Rules.RunFormat;

namespace ThiDua.Rules.Header;

/// <summary>What <see cref="StyleCheck.Check"/> found about one element.</summary>
/// <param name="Problems">The departures from the prescribed style, in Vietnamese (<c>cỡ 14 pt (cần 12 pt)</c>); empty when it conforms.</param>
/// <param name="Observed">The element's presentation in Vietnamese (<c>cỡ 14 pt, nghiêng, đậm, căn trái</c>).</param>
/// <param name="Run">Character formatting that makes it conform, when it can be applied to the whole paragraph; null otherwise.</param>
/// <param name="Paragraph">Paragraph formatting that makes it conform (alignment), when applicable; null otherwise.</param>
public sealed record StyleVerdict(IReadOnlyList<string> Problems, string Observed, FixRun? Run, FixParagraph? Paragraph)
{
    /// <summary>True when nothing departs from the prescription.</summary>
    public bool Conforms => Problems.Count == 0;
}

/// <summary>
/// Compares the effective formatting of a <see cref="TextSegment"/> with an <see cref="ElementLook"/> (Nghị định 30,
/// Phụ lục I). Alignment is the paragraph's, or for a header laid out with tab stops the kind of the tab stop the segment
/// stands at (a centre tab stop centres its column as Word draws it).
/// </summary>
public static class StyleCheck
{
    /// <summary>Checks <paramref name="segment"/> against <paramref name="style"/>, the element's look in the standard checked against.</summary>
    /// <param name="segment">The element's text and runs.</param>
    /// <param name="style">The prescription.</param>
    /// <param name="paragraph">The paragraph holding the segment.</param>
    /// <param name="ownsParagraph">True when the paragraph holds nothing but this element: only then is a fix offered, since
    /// a fix formats every run of the paragraph and must not spoil a neighbouring element (rules.md: a fix creates no finding).</param>
    public static StyleVerdict Check(TextSegment segment, ElementLook style, DocParagraph paragraph, bool ownsParagraph)
    {
        var problems = new List<string>();
        var runs = segment.Runs;
        var sizes = segment.SizesPt;
        var badSizes = sizes.Where(s => !style.Size.Contains(s)).ToList();
        double? size = null;
        if (badSizes.Count > 0)
        {
            problems.Add($"cỡ {string.Join(", ", badSizes.Select(Units.Pt))} (cần {style.Size.Describe()})");
            size = style.Size.Clamp(segment.MainSizePt);
        }
        bool? bold = null, italic = null;
        if (style.Bold is { } b && runs.Any(r => r.Format.Bold != b))
        {
            problems.Add(b ? "không đậm (cần đậm)" : "in đậm (cần không đậm)");
            bold = b;
        }
        if (style.Italic is { } i && runs.Any(r => r.Format.Italic != i))
        {
            problems.Add(i ? "chữ đứng (cần nghiêng)" : "chữ nghiêng (cần đứng)");
            italic = i;
        }
        bool? caps = null;
        var letters = segment.Text.Where(char.IsLetter).ToList();
        if (style.Case == TextCase.Upper && letters.Any(char.IsLower))
        {
            problems.Add("không in hoa toàn bộ (cần in hoa)");
            caps = true;
        }
        if (style.Case == TextCase.Lower && letters.Count > 1 && letters.All(char.IsUpper))
            problems.Add("in hoa toàn bộ (cần in thường, viết hoa chữ đầu)");

        var alignment = AlignmentOf(segment, paragraph);
        FixParagraph? paragraphFix = null;
        if (style.Alignment is { } want && !style.Accepts(alignment))
        {
            problems.Add($"{AlignmentName(alignment)} (cần {AlignmentName(want)})");
            if (!StandsAtTab(segment, paragraph))
                paragraphFix = new FixParagraph(Alignment: want == Alignment.Center ? "center" : "left");
        }

        var observedParts = new List<string>
        {
            "cỡ " + string.Join(", ", sizes.Select(Units.Pt)),
            runs.Any(r => r.Format.Italic) ? "nghiêng" : "đứng",
            runs.Any(r => r.Format.Bold) ? "đậm" : "không đậm",
            AlignmentName(alignment),
        };
        if (letters.Count > 0 && letters.All(char.IsUpper)) observedParts.Insert(0, "in hoa");
        var runFix = size is not null || bold is not null || italic is not null || caps is not null
            ? new FixRun(SizePt: size, Bold: bold, Italic: italic, AllCaps: caps)
            : null;
        return new StyleVerdict(problems, string.Join(", ", observedParts),
            ownsParagraph ? runFix : null, ownsParagraph ? paragraphFix : null);
    }

    /// <summary>True when the paragraph's visible text is exactly the text of <paramref name="segments"/> that lie in it.</summary>
    public static bool OwnsParagraph(DocParagraph paragraph, IEnumerable<TextSegment> segments)
    {
        static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var own = string.Concat(segments.Where(s => s.Paragraph == paragraph.Index).Select(s => Squeeze(s.Text)));
        return own.Length > 0 && own == Squeeze(paragraph.Text);
    }

    /// <summary>How the segment is aligned as Word draws it: at a tab stop, the stop's kind; otherwise the paragraph's alignment.</summary>
    public static Alignment AlignmentOf(TextSegment segment, DocParagraph paragraph)
    {
        var tabs = TabsBefore(segment, paragraph);
        if (tabs == 0) return paragraph.Format.Alignment;
        var stops = paragraph.Format.Tabs.Where(t => t.Kind != "bar").ToList();
        if (tabs > stops.Count) return Alignment.Left;
        return stops[tabs - 1].Kind switch
        {
            "center" => Alignment.Center,
            "right" => Alignment.Right,
            _ => Alignment.Left,
        };
    }

    /// <summary>The alignment's Vietnamese name (<c>căn giữa</c>).</summary>
    public static string AlignmentName(Alignment a) => ElementLook.AlignmentName(a);

    private static bool StandsAtTab(TextSegment segment, DocParagraph paragraph) => TabsBefore(segment, paragraph) > 0;

    private static int TabsBefore(TextSegment segment, DocParagraph paragraph)
    {
        var text = paragraph.Text;
        var end = Math.Min(segment.Start, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(end - 1, 0)) + 1;
        if (end <= 0 || lineStart >= end) return 0;
        return text[lineStart..end].Count(c => c == '\t');
    }
}
