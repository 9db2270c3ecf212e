using ThiDua.Docx.Formatting;

namespace ThiDua.Plans.Standard;

/// <summary>
/// The standard a plan is written and checked against: the look of each <see cref="PlanElement"/>, the geometry of running
/// text and the open vocabularies recognition extends (titles of signers). <see cref="Nd30"/> is Nghị định 30/2020/NĐ-CP,
/// Phụ lục I as rules.md reads it; a rule profile (rules.md § Rule profiles) derives another standard from it with
/// <see cref="WithLook"/>, <see cref="WithBody"/> or <see cref="WithSignerTitles"/> — narrowing a range, setting a house
/// value, extending a list — never widening what the decree fixes. The wordings the decree fixes word for word are in
/// <see cref="Nd30Wording"/>, not here: no profile changes them.
/// </summary>
/// <param name="Name">The standard's name, for messages (<c>Nghị định 30/2020/NĐ-CP</c>).</param>
/// <param name="Looks">The look of every element.</param>
/// <param name="Body">The geometry of running text.</param>
/// <param name="Page">The page: A4 and its margins.</param>
/// <param name="SignerTitles">Chức danh that head a signer's title line (<c>CHỦ TỊCH</c>, <c>HIỆU TRƯỞNG</c>, <c>TRƯỞNG</c>
/// as in <c>TRƯỞNG BAN</c>…), in capitals, NFC; see <see cref="IsSignerTitle"/>.</param>
public sealed record PlanStandard(string Name, IReadOnlyDictionary<PlanElement, ElementLook> Looks, BodyGeometry Body, PageGeometry Page, IReadOnlyList<string> SignerTitles)
{
    /// <summary>The look of <paramref name="element"/>.</summary>
    public ElementLook this[PlanElement element] => Looks[element];

    /// <summary>This standard with the look of <paramref name="element"/> changed by <paramref name="change"/>.</summary>
    public PlanStandard WithLook(PlanElement element, Func<ElementLook, ElementLook> change) =>
        this with { Looks = new Dictionary<PlanElement, ElementLook>(Looks) { [element] = change(Looks[element]) } };

    /// <summary>This standard with the geometry of running text changed by <paramref name="change"/>.</summary>
    public PlanStandard WithBody(Func<BodyGeometry, BodyGeometry> change) => this with { Body = change(Body) };

    /// <summary>This standard with more chức danh (a province's or an agency's own titles); each is upper-cased.</summary>
    public PlanStandard WithSignerTitles(IEnumerable<string> titles) =>
        this with { SignerTitles = SignerTitles.Concat(titles.Select(TextKey.Upper)).Distinct().ToList() };

    /// <summary>
    /// True when <paramref name="line"/> reads as a signer's title (<em>chức vụ</em>), in any case: optional
    /// <c>PHÓ</c>/<c>TỔNG</c>, then one of <see cref="SignerTitles"/>, then at most <see cref="MaxTitleWords"/> words
    /// naming the body (<c>TRƯỞNG PHÒNG NỘI VỤ</c>, <c>Phó Chủ tịch</c>); no sentence punctuation. Compared with diacritics
    /// kept, so <c>TRƯỜNG</c> (school) is not <c>TRƯỞNG</c> (head).
    /// </summary>
    public bool IsSignerTitle(string line)
    {
        var text = TextKey.Upper(line);
        if (text.Length == 0 || text.IndexOfAny([',', ';', ':', '(', '"', '“']) >= 0 || text.EndsWith('.')) return false;
        var words = text.Split(' ');
        if (words.Length > MaxTitleWords) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var rest = string.Join(' ', words[k..]);
            if (SignerTitles.Any(t => rest == t || rest.StartsWith(t + " ", StringComparison.Ordinal))) return true;
            if (words[k] is not ("PHÓ" or "TỔNG")) return false;
        }
        return false;
    }

    /// <summary>
    /// The header sizes that move together (Phụ lục I, Mục V, ghi chú 2: <em>cỡ chữ trong cùng một văn bản tăng, giảm phải
    /// thống nhất</em>): each pair gives a Quốc hiệu size and the size, one step up, of Tiêu ngữ and of địa danh, ngày tháng,
    /// in pt. A profile may keep one pair only (<c>with</c>); it cannot add a pair.
    /// </summary>
    public IReadOnlyList<HeaderSizePair> HeaderSizePairs { get; init; } = Nd30HeaderSizePairs;

    /// <summary>Quốc hiệu 12 pt with 13 pt, or 13 pt with 14 pt.</summary>
    private static readonly IReadOnlyList<HeaderSizePair> Nd30HeaderSizePairs = [new(12, 13), new(13, 14)];

    /// <summary>Most words a title line may have (<c>PHÓ TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN</c>).</summary>
    public const int MaxTitleWords = 10;

    /// <summary>Nghị định 30/2020/NĐ-CP, Phụ lục I, as rules.md reads it.</summary>
    public static PlanStandard Nd30 { get; } = new(
        "Nghị định 30/2020/NĐ-CP",
        new Dictionary<PlanElement, ElementLook>
        {
            [PlanElement.NationalTitle] = new(new(12, 13), 13, Bold: true, Italic: false, Alignment.Center, TextCase.Upper),
            [PlanElement.Motto] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment.Center,
                Line: new LineUnder(0.80, 1.15, 1.0, LineReference.Text, "dài bằng dòng chữ")),
            [PlanElement.ParentAgency] = new(new(12, 13), 13, Bold: false, Italic: false, Alignment.Center, TextCase.Upper),
            [PlanElement.IssuingAuthority] = new(new(12, 13), 13, Bold: true, Italic: false, Alignment.Center, TextCase.Upper,
                new LineUnder(0.30, 0.55, 0.4, LineReference.LongestLine, "từ 1/3 đến 1/2 dòng chữ")),
            [PlanElement.DocumentNumber] = new(new(13, 13), 13, Bold: false, Italic: false, Alignment.Center),
            [PlanElement.PlaceAndDate] = new(new(13, 14), 14, Bold: null, Italic: true, Alignment.Center),
            [PlanElement.DocumentType] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment.Center, TextCase.Upper),
            [PlanElement.Subject] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment.Center, TextCase.Lower,
                new LineUnder(0.30, 0.55, 0.4, LineReference.Text, "từ 1/3 đến 1/2 dòng chữ")),
            [PlanElement.Basis] = new(new(13, 14), 14, Bold: null, Italic: true, Alignment: null, TextCase.Lower),
            [PlanElement.SectionTitle] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment: null, TextCase.Upper),
            [PlanElement.ClauseTitle] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment: null, TextCase.Lower),
            [PlanElement.BodyText] = new(new(13, 14), 14, Bold: null, Italic: false, Alignment.Justified),
            [PlanElement.RecipientsLabel] = new(new(12, 12), 12, Bold: true, Italic: true, Alignment.Left),
            [PlanElement.RecipientItem] = new(new(11, 11), 11, Bold: null, Italic: false, Alignment: null),
            [PlanElement.SigningAuthority] = new(new(13, 14), 14, Bold: true, Italic: null, Alignment: null, TextCase.Upper),
            [PlanElement.SignerName] = new(new(13, 14), 14, Bold: true, Italic: null, Alignment: null, TextCase.Lower),
            [PlanElement.PageNumber] = new(new(13, 14), 14, Bold: null, Italic: null, Alignment.Center),
            [PlanElement.TableText] = new(new(13, 14), 14, Bold: null, Italic: null, Alignment: null),
            [PlanElement.HeaderMark] = new(new(13, 14), 13, Bold: true, Italic: false, Alignment: null, TextCase.Upper),
            [PlanElement.AppendixLabel] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment.Center),
            [PlanElement.AppendixTitle] = new(new(13, 14), 14, Bold: true, Italic: false, Alignment.Center, TextCase.Upper),
            [PlanElement.AppendixAttachment] = new(new(13, 14), 14, Bold: null, Italic: true, Alignment.Center, TextCase.Lower),
            [PlanElement.DrafterMark] = new(new(11, 11), 11, Bold: null, Italic: false, Alignment: null, TextCase.Upper),
            [PlanElement.ContactLine] = new(new(11, 12), 11, Bold: null, Italic: null, Alignment: null),
        },
        new BodyGeometry(
            MinFirstLineTwips: 567, MaxFirstLineTwips: 720, MinParagraphSpaceTwips: 120,
            MinAutoLine: 240, MaxAutoLine: 360, MinExactLine: 300, MaxExactLine: 440,
            AuthoredFirstLineTwips: 720, AuthoredSpaceAfterTwips: 120, AuthoredAutoLine: 288),
        new PageGeometry(11906, 16838, 57, Top: new(20, 25, 20), Bottom: new(20, 25, 20), Left: new(30, 35, 30), Right: new(15, 20, 15)),
        [
            // People's committees and councils, departments and offices (Luật Tổ chức chính quyền địa phương).
            "CHỦ TỊCH", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "CHÁNH ÁN", "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG",
            "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TRƯỞNG", "CHỦ NHIỆM",
            // Heads named "trưởng …": trưởng phòng, trưởng ban, trưởng trạm (y tế), trưởng khoa, trưởng thôn…
            "TRƯỞNG", "TRẠM TRƯỞNG", "TỔ TRƯỞNG", "ĐỘI TRƯỞNG", "ĐOÀN TRƯỞNG", "CHỈ HUY TRƯỞNG", "KẾ TOÁN TRƯỞNG",
            // Schools.
            "HIỆU TRƯỞNG",
            // Party and mass organisations.
            "BÍ THƯ", "CHÍNH TRỊ VIÊN", "TỔNG BIÊN TẬP",
        ]);
}

/// <summary>
/// Two header sizes that go together (Phụ lục I, Mục V, ghi chú 2), in pt (OOXML <c>w:sz</c> is half-points).
/// </summary>
/// <param name="NationalTitlePt">Quốc hiệu, pt (12 or 13).</param>
/// <param name="PartnerPt">Tiêu ngữ and địa danh, ngày tháng with it, pt (13 or 14).</param>
public sealed record HeaderSizePair(double NationalTitlePt, double PartnerPt);
