using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// Judges the solid horizontal line Nghị định 30, Phụ lục I draws under the Tiêu ngữ (Mục II.1c), the cơ quan ban hành
/// (II.2b) and the trích yếu (II.5b): present, solid, not typed characters, and its length a share of a reference width.
/// </summary>
public static class LineUnderCheck
{
    /// <summary>The problems with <paramref name="line"/>, in Vietnamese; empty when it conforms.</summary>
    /// <param name="line">The line the recogniser found, or null.</param>
    /// <param name="referenceTwips">The width the line is measured against, twips (0 = unknown: the length is not judged).</param>
    /// <param name="rule">What the standard asks of the line: the shares of <paramref name="referenceTwips"/> it may take.</param>
    public static IReadOnlyList<string> Problems(HeaderLine? line, int referenceTwips, LineUnder rule)
    {
        var (minShare, maxShare, expectedLength) = (rule.MinShare, rule.MaxShare, rule.Expected);
        if (line is null) return ["không có đường kẻ ngang liền nét bên dưới"];
        if (line.Kind == LineKind.TypedCharacters)
            return ["đường kẻ được gõ bằng ký tự (gạch dưới, gạch ngang), cần đường kẻ liền nét"];
        var problems = new List<string>();
        if (!line.Solid) problems.Add("đường kẻ không liền nét");
        if (referenceTwips > 0 && line.WidthTwips > 0)
        {
            var share = (double)line.WidthTwips / referenceTwips;
            if (share < minShare || share > maxShare)
                problems.Add($"đường kẻ dài {share:P0} dòng chữ (cần {expectedLength})".Replace(" %", "%"));
        }
        return problems;
    }

    /// <summary>How the line is drawn, in Vietnamese.</summary>
    public static string KindName(LineKind kind) => kind switch
    {
        LineKind.Border => "viền dưới đoạn văn",
        LineKind.Drawing => "đường kẻ vẽ",
        LineKind.Underline => "gạch chân chữ",
        _ => "ký tự gõ",
    };

    /// <summary>The observed line in Vietnamese: <c>đường kẻ vẽ, dài 17 mm (chữ dài 43,2 mm)</c>, or <c>không có</c>.</summary>
    public static string Describe(HeaderLine? line, int referenceTwips) =>
        line is null ? "không có" : $"{KindName(line.Kind)}, dài {Units.Mm(line.WidthTwips)} (dòng chữ dài {Units.Mm(referenceTwips)})";
}
