namespace ThiDua.Rules.Tests.Support;

/// <summary>
/// Defects of the corpus files that the second-release rules of <c>rules.md</c> find and <c>expected.json</c>, written before
/// them, does not list (issue 16: "where a corpus file has one of the new defects, the closing note lists it"). Each is
/// checked to be reported, and is allowed beside the findings <c>expected.json</c> lists.
/// </summary>
public static class SecondReleaseDefects
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ExpectedFinding>> all = new Dictionary<string, IReadOnlyList<ExpectedFinding>>
    {
        ["tien-dong-2024.docx"] =
        [
            new("HDR-SIZE-PAIR", "Tiên Động, ngày 19  tháng 02 năm 2024", "Quốc hiệu 12 pt and Tiêu ngữ 13 pt, but the date 14 pt (Mục V, ghi chú 2)"),
            new("TEXT-CAPS", "Hội đồng thi đua, khen thưởng xã", "Hội đồng Thi đua - Khen thưởng (Phụ lục II, Mục IV)"),
            new("REF-CITE", "Chỉ thị số 05-CT/TW của", "first mention without its date (Mục II.6b)"),
        ],
        ["dak-ha-2024.docx"] =
        [
            new("HDR-SIZE-PAIR", "Đắk Hà, ngày tháng năm 2024", "Quốc hiệu 12 pt and Tiêu ngữ 13 pt, but the date 14 pt"),
            new("BASIS-STYLE", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định", "both bases on one line, upright (Mục II.6a)"),
        ],
        ["duong-quang-2025.docx"] =
        [
            new("HDR-SIZE-PAIR", "Dương Quang, ngày tháng 01 năm 2025", "Quốc hiệu 12 pt and Tiêu ngữ 13 pt, but the date 14 pt"),
            new("TEXT-CAPS", "của luật thi đua, khen thưởng", "Luật Thi đua, khen thưởng, a named document (Phụ lục II, Mục V); three times, and Hội đồng Thi đua - Khen thưởng"),
            new("REF-CITE", "Quyết định số 3424/QĐ-UBND ngày 13/8/2024", "first mention without its issuing body"),
        ],
        ["hai-anh-2023.docx"] =
        [
            new("TEXT-CAPS", "Đảng cộng sản Việt Nam", "Đảng Cộng sản Việt Nam (Phụ lục II, Mục IV); twice, and Hội đồng Thi đua - Khen thưởng nine times, Luật Thi đua, khen thưởng"),
            new("REF-CITE", "Kết luận số 01-KL", "first mention without date and issuing body"),
            new("REF-CITE", "Chỉ thị số 05-CT/TW", "first mention without date and issuing body"),
        ],
    };

    /// <summary>The second-release defects of <paramref name="file"/>; empty when none.</summary>
    public static IReadOnlyList<ExpectedFinding> Of(string file) => all.GetValueOrDefault(file) ?? [];

    /// <summary>The files with such defects, for xunit member data.</summary>
    public static IEnumerable<object[]> Files => all.Keys.Order().Select(k => new object[] { k });
}
