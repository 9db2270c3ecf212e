using System.Buffers;
using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;

namespace ThiDua.Rules.References;

/// <summary>
/// A reference in a plan's text to a part of the plan itself (<em>dẫn chiếu</em>): <c>tại Mục II</c>, <c>khoản 3 Mục I</c>,
/// <c>điểm a khoản 2</c>, <c>tiểu mục 2.1</c>, <c>Phụ lục I</c>. Members left null were not written: a khoản without its mục is
/// read inside the mục the reference stands in.
/// </summary>
/// <param name="Start">Offset of the reference in the text searched.</param>
/// <param name="Text">The reference as written.</param>
/// <param name="Section">The mục's value (<c>Mục II</c> → 2), or null.</param>
/// <param name="Clause">The khoản's number, or null.</param>
/// <param name="SubClause">For <c>2.1</c>: (2, 1), or null.</param>
/// <param name="Point">The điểm's letter, or null.</param>
/// <param name="Appendix">The phụ lục's number (<c>Phụ lục II</c>, <c>Phụ lục 02</c> → 2; 0 for <c>phụ lục kèm theo</c>), or null.</param>
public sealed record InternalReference(int Start, string Text, int? Section, int? Clause, (int Parent, int Value)? SubClause, char? Point, int? Appendix);

/// <summary>
/// Finds references to parts of the plan in running text. A chain of part names (<c>điểm a khoản 2 Mục I</c>) is one
/// reference; a chain that goes on to another document (<c>khoản 1 Điều 24 Luật Thi đua, khen thưởng</c>, <c>Mục II Phụ lục I
/// Nghị định số 30/2020/NĐ-CP</c>) is not a reference to the plan: a plan without chương and điều has no Điều, and a tên loại
/// after the chain names the document it belongs to. Mục and phần are read with Roman numerals only (an Arabic <c>mục 2</c>
/// could be a khoản or a mục); khoản numbers followed by an amount (<c>khoản 2 triệu đồng</c>) are not references.
/// </summary>
public static partial class InternalReferences
{
    /// <summary>The references to parts of the plan in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<InternalReference> Find(string text) => Find(text, text.ToLowerInvariant());

    /// <summary>
    /// The references to parts of the plan in <paramref name="text"/>, in order, given <paramref name="lower"/>: the text in
    /// lower case, character for character (a paragraph's <see cref="Vietnamese.Spelling.TextWords.Keys"/> will do: no part
    /// word ends in a syllable whose tone the keys move), searched first for the part words.
    /// </summary>
    public static IReadOnlyList<InternalReference> Find(string text, ReadOnlySpan<char> lower)
    {
        if (!MayHoldReference(text, lower)) return [];
        var found = new List<InternalReference>();
        foreach (Match m in Chain().Matches(text))
        {
            var end = m.Index + m.Length;
            if (Elsewhere().IsMatch(text.AsSpan(end)) || OtherDocument().IsMatch(text.AsSpan(0, m.Index))) continue;
            int? section = m.Groups["section"].Success ? RomanNumeral.Value(m.Groups["section"].Value) : null;
            if (section == 0) continue;
            int? clause = m.Groups["clause"].Success ? int.Parse(m.Groups["clause"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            (int, int)? sub = m.Groups["subParent"].Success
                ? (int.Parse(m.Groups["subParent"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["subValue"].Value, System.Globalization.CultureInfo.InvariantCulture))
                : null;
            char? point = m.Groups["point"].Success ? m.Groups["point"].Value[0] : null;
            int? appendix = m.Groups["appendix"].Success
                ? m.Groups["appendixRoman"].Success ? RomanNumeral.Value(m.Groups["appendixRoman"].Value)
                : m.Groups["appendixNumber"].Success ? int.Parse(m.Groups["appendixNumber"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0
                : null;
            if (appendix is null && section is null && clause is null && sub is null && point is null) continue;
            found.Add(new InternalReference(m.Index, m.Value.TrimEnd(), section, clause, sub, point, appendix));
        }
        return found;
    }

    /// <summary>The words each part of a <see cref="Chain"/> starts with, in lower case (<c>tiểu mục</c> ends with <c>mục</c>).</summary>
    private static readonly string[] PartWordList = ["điểm", "khoản", "mục", "phần", "phụ lục"];

    private static readonly SearchValues<string> PartWords = SearchValues.Create(PartWordList, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> may hold a reference, in one pass over <paramref name="lower"/> (the text in lower
    /// case): each part of a <see cref="Chain"/> is a part word, white space, then what names the part — a digit
    /// (<c>khoản 2</c>, <c>mục 2.1</c>), a Roman capital (<c>Mục II</c>), or for <c>điểm</c> and <c>phụ lục</c> a letter
    /// (<c>điểm a</c>, <c>Phụ lục số</c>, <c>kèm theo</c>). A text with none (<c>mục tiêu</c>, <c>góp phần</c>) never reaches
    /// the expression.
    /// </summary>
    private static bool MayHoldReference(ReadOnlySpan<char> text, ReadOnlySpan<char> lower)
    {
        for (var at = lower.IndexOfAny(PartWords); at >= 0;)
        {
            foreach (var word in PartWordList)
            {
                if (!lower[at..].StartsWith(word, StringComparison.Ordinal)) continue;
                var next = at + word.Length;
                var spaces = next;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next == spaces || next >= text.Length) continue;
                var c = text[next];
                if (char.IsDigit(c) || c is 'I' or 'V' or 'X' or 'L' or 'C' || (word is "điểm" or "phụ lục" && char.IsLetter(c))) return true;
            }
            var rest = lower[(at + 1)..].IndexOfAny(PartWords);
            at = rest < 0 ? -1 : at + 1 + rest;
        }
        return false;
    }

    /// <summary>
    /// A chain of part names, smallest first: [điểm x] [khoản n | khoản/tiểu mục/mục n.m] [Mục/Phần R] [Phụ lục R|n|kèm theo].
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(?=(?i:điểm|khoản|tiểu mục|mục|phần|phụ lục)\s)(?:(?i:điểm)\s+(?<point>[a-zđ])\)?(?![\p{L}\p{Nd}])[\s,]*)?(?:(?i:khoản)\s+(?<clause>\d{1,2})(?![\p{Nd}.,]\d|\s*(?i:triệu|tỷ|nghìn|ngàn|đồng|người|%))(?![\p{L}])[\s,]*|(?i:khoản|tiểu mục|mục)\s+(?<subParent>\d{1,2})\.(?<subValue>\d{1,2})\.?(?![\p{Nd}])[\s,]*)?(?:(?<!(?i:danh)\s)(?i:mục|phần)\s+(?<section>[IVXLC]+)(?![\p{L}\p{Nd}])\.?[\s,]*)?(?:(?<appendix>(?i:phụ lục)(?:\s+(?i:số\s+)?(?:(?<appendixRoman>[IVXLC]+)|(?<appendixNumber>\d{1,2}))(?![\p{L}\p{Nd}])|\s+(?i:kèm theo|đính kèm)))\s*)?")]
    private static partial Regex Chain();

    /// <summary>After the chain: another document's part or name (<c>Điều</c>, <c>Chương</c>, a tên loại, <c>của Luật</c>).</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?i:của|tại|thuộc)\s+)?(?i:điều|chương|luật|pháp lệnh|nghị quyết|nghị định|quyết định|chỉ thị|thông tư|kế hoạch số|kế hoạch\s+\d|hướng dẫn|công văn|văn bản|phụ lục\s+(?:[IVXLC]+|\d+)\s+(?:của|kèm theo)\s+(?:nghị|quyết|thông|chỉ|kế|luật))(?![\p{L}])")]
    private static partial Regex Elsewhere();

    /// <summary>Right before the chain: another document's Điều (<c>Điều 5 khoản 2</c> is rare, but <c>Điều 5,</c> lists are not).</summary>
    [GeneratedRegex(@"(?i:điều)\s+\d+\s*,?\s*$")]
    private static partial Regex OtherDocument();
}
