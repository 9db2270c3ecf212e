using System.Text.RegularExpressions;

namespace ThiDua.Rules.References;

/// <summary>
/// One mention of another document in a plan's text (<em>viện dẫn văn bản</em>): its tên loại and its số, ký hiệu
/// (<c>Kế hoạch số 15/KH-UBND</c>, <c>Chỉ thị 26-CT/TU</c>), and, when written after them in the same clause, the ngày ban hành
/// (<c>ngày 22/01/2024</c>, <c>ngày 31 tháng 12 năm 2023</c>) and the cơ quan ban hành (<c>của UBND tỉnh Bắc Giang</c>).
/// Offsets are into the text searched.
/// </summary>
/// <param name="Start">Offset of the tên loại.</param>
/// <param name="SymbolEnd">Offset just after the số, ký hiệu.</param>
/// <param name="Symbol">The số, ký hiệu as written (<c>15/KH-UBND</c>).</param>
/// <param name="Date">The date as written (<c>ngày 22/01/2024</c>), or null when the mention has none.</param>
/// <param name="DateEnd">Offset just after the date; <paramref name="SymbolEnd"/> when there is none.</param>
/// <param name="Issuer">The issuing body with its <c>của</c> (<c>của UBND tỉnh Bắc Giang</c>), or null; its end is where the
/// clause goes on (<c>về</c>, <c>và</c>, punctuation…).</param>
public sealed record DocumentCitation(int Start, int SymbolEnd, string Symbol, string? Date, int DateEnd, string? Issuer)
{
    /// <summary>The document's identity across mentions: its số, ký hiệu in capitals without spaces.</summary>
    public string Key => DocumentCitations.KeyOf(Symbol);

    /// <summary>True when the mention gives everything a first mention needs (Phụ lục I, Mục II.6b).</summary>
    public bool IsComplete => Date is not null && Issuer is not null;
}

/// <summary>
/// Finds the mentions of other documents in running text, as Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6,
/// điểm b describes them: "khi viện dẫn lần đầu văn bản có liên quan, phải ghi đầy đủ tên loại, số, ký hiệu của văn bản,
/// thời gian ban hành văn bản, tên cơ quan, tổ chức ban hành văn bản … (đối với luật và pháp lệnh chỉ ghi tên loại và tên của
/// luật, pháp lệnh)". A mention is a tên loại of Phụ lục III (any case) followed by a số, ký hiệu — the State's form
/// (<c>15/KH-UBND</c>, <c>98/2023/NĐ-CP</c>) or the Party's (<c>26-CT/TU</c>); luật and pháp lệnh, cited by name, are not
/// mentions, nor is a tên loại without a ký hiệu (<c>Kế hoạch 5 năm</c>).
/// </summary>
public static partial class DocumentCitations
{
    /// <summary>The mentions in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DocumentCitation> Find(string text)
    {
        if (!HasSymbol(text)) return [];
        var matches = Mention().Matches(text);
        var found = new List<DocumentCitation>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var symbol = m.Groups["symbol"];
            var symbolEnd = symbol.Index + symbol.Length;
            var clauseEnd = ClauseEnd(text, symbolEnd, i + 1 < matches.Count ? matches[i + 1].Index : text.Length);
            // Phụ lục I, Mục II.6b: số, ký hiệu, then ngày and cơ quan ban hành — in that order or the other.
            var pos = symbolEnd;
            var date = DateAfter().Match(text[pos..clauseEnd]);
            var dateEnd = date.Success ? symbolEnd + date.Length : symbolEnd;
            pos = dateEnd;
            var issuer = IssuerAfter().Match(text[pos..clauseEnd]);
            if (!date.Success && issuer.Success) date = DateAfter().Match(text[(pos + issuer.Length)..clauseEnd]);
            found.Add(new DocumentCitation(m.Index, symbolEnd, symbol.Value, date.Success ? date.Groups["date"].Value : null, dateEnd,
                issuer.Success ? issuer.Groups["issuer"].Value : null));
        }
        return found;
    }

    /// <summary>
    /// Whether <paramref name="text"/> may hold a số, ký hiệu: a <c>/</c> or <c>-</c> between a digit and a capital
    /// (<c>15/KH</c>, <c>26-CT</c>, <c>2023/NĐ</c>: every form of <see cref="Mention"/> has one; dates and ranges do not),
    /// checked in one pass so that most paragraphs never reach the expression.
    /// </summary>
    private static bool HasSymbol(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('/', '-'); i >= 0;)
        {
            if (i > 0 && i + 1 < span.Length && char.IsDigit(span[i - 1]) && char.IsUpper(span[i + 1])) return true;
            var next = span[(i + 1)..].IndexOfAny('/', '-');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>The identity of a số, ký hiệu: capitals, no spaces (<c>15/kh-ubnd</c> and <c>15/KH-UBND</c> are one document).</summary>
    public static string KeyOf(string symbol) => string.Concat(symbol.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Where the clause of a mention ends: a <c>;</c>, the end of a sentence, <c>về</c> (its trích yếu) or the next mention.</summary>
    private static int ClauseEnd(string text, int from, int next)
    {
        var stop = ClauseStop().Match(text, from);
        return stop.Success && stop.Index < next ? stop.Index : next;
    }

    /// <summary>A tên loại (Phụ lục III) and the số, ký hiệu after it, with an optional <c>số</c> between.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(?i:nghị quyết|nghị định|quyết định|chỉ thị|thông tư liên tịch|thông tư|kế hoạch|hướng dẫn|công văn|công điện|thông báo|thông tri|kết luận|chương trình|quy chế|quy định|báo cáo|tờ trình|đề án|phương án|văn bản)\s+(?i:số\s*)?:?\s*(?<symbol>\d+(?:/\d{4})?[/-]\p{Lu}[\p{L}\p{Nd}]*(?:[/-]\p{L}[\p{L}\p{Nd}]*)*)")]
    private static partial Regex Mention();

    /// <summary>The date of a mention, right after its ký hiệu (a comma or <c>ban hành</c> may stand between).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?i:ban hành\s+)?(?<date>(?i:ngày)\s+\d{1,2}\s*(?:(?:/|-|\.)\s*\d{1,2}\s*(?:/|-|\.)\s*\d{4}|\s(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}))")]
    private static partial Regex DateAfter();

    /// <summary>
    /// The issuing body: <c>của</c> and a name starting with a capital, up to where the clause goes on (a comma, <c>về</c>,
    /// <c>và</c>, <c>gắn</c>, <c>quy định</c>, <c>ban hành</c>…), at most twelve words.
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?<issuer>(?i:của)\s+\p{Lu}[\p{L}\p{Nd}]*(?:\s+(?!(?i:về|và|gắn|quy định|hướng dẫn|ban hành|thực hiện|triển khai|phát động|tại|trong|đã|để|nhằm|với|theo|thì|cho|năm|đến|từ)(?![\p{L}]))[\p{L}\p{Nd}-]+){0,11})")]
    private static partial Regex IssuerAfter();

    /// <summary>What ends a mention's clause: <c>;</c>, a period ending a sentence, <c>(</c>, or the word <c>về</c>.</summary>
    [GeneratedRegex(@";|\.(?=\s|$)|\(|(?<![\p{L}])(?i:về)(?![\p{L}])")]
    private static partial Regex ClauseStop();
}
