using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>What a part of a plan is about, as its heading says.</summary>
internal enum TargetTopic
{
    /// <summary>Nothing said (<c>Nội dung thi đua</c>), or both results and targets.</summary>
    Neutral,
    /// <summary>A group by lĩnh vực (<c>Về kinh tế:</c>, <c>2. Văn hóa - xã hội</c>): the topic of the part around it goes on.</summary>
    Sector,
    /// <summary>Targets: <c>Mục tiêu cụ thể</c>, <c>Các chỉ tiêu chủ yếu</c>, <c>Phương hướng, nhiệm vụ năm 2025</c>.</summary>
    Targets,
    /// <summary>Results already achieved: <c>Kết quả đạt được</c>, <c>Đánh giá tình hình</c>, <c>Thành tựu</c>.</summary>
    Results,
    /// <summary>The legal grounds: <c>Căn cứ xây dựng kế hoạch</c> (document numbers and dates only).</summary>
    Grounds,
    /// <summary>How the plan is carried out: <c>Tổ chức thực hiện</c>, <c>Giải pháp</c>, <c>Kinh phí</c>, <c>Mục đích, yêu cầu</c>.</summary>
    Organisation,
}

/// <summary>
/// Whether a sentence sets a target or reports a result — <em>chỉ tiêu hay kết quả</em> — by its words: target wording
/// (<c>phấn đấu</c>, <c>mục tiêu</c>, <c>dự kiến</c>, <c>tối thiểu</c>, <c>trở lên</c>, <c>đến năm 2025</c> ahead of the
/// plan's year) against result wording (<c>đã</c>, <c>đạt được</c>, <c>đến nay</c>, <c>so với kế hoạch</c>, <c>dự toán</c>,
/// <c>hết quý I</c>, <c>năm 2023</c> before the plan's year), and what a heading announces (<see cref="TargetTopic"/>).
/// </summary>
internal static partial class TargetMood
{
    /// <summary>Words that set a target, with their weight (2: says it alone, 1: leans towards it).</summary>
    private static readonly (string Words, int Weight)[] targetWords =
    [
        ("phấn đấu", 2), ("mục tiêu", 2), ("dự kiến", 2), ("trở lên", 2), ("tối thiểu", 2), ("ít nhất", 2), ("không dưới", 2),
        ("không quá", 2), ("cần đạt", 2), ("phải đạt", 2), ("hướng tới", 2), ("định hướng", 2), ("kế hoạch đặt ra", 2),
        ("đặt ra", 2), ("chỉ tiêu giao", 1), ("đảm bảo", 1), ("bảo đảm", 1), ("duy trì", 1), ("giữ vững", 1), ("sẽ", 1),
        ("phải", 1), ("cần", 1), ("tiếp tục", 1), ("nâng", 1),
    ];

    /// <summary>Words that report what was done, with their weight.</summary>
    private static readonly (string Words, int Weight)[] resultWords =
    [
        ("đã", 2), ("đạt được", 2), ("đến nay", 2), ("tính đến", 2), ("kết quả", 2), ("so với kế hoạch", 2), ("so kế hoạch", 2),
        ("dự toán", 2), ("so với nghị quyết", 2), ("so với chỉ tiêu", 2), ("vượt kế hoạch", 2), ("vượt chỉ tiêu", 2),
        ("hoàn thành sớm", 2), ("ước thực hiện", 2), ("thực hiện được", 2), ("tổng kết", 2), ("sơ kết", 2), ("qua đó", 2),
        ("hiện nay", 1), ("hiện có", 1), ("lũy kế", 2), ("hết quý", 2), ("hết tháng", 2), ("trong giai đoạn qua", 2),
        ("thời gian qua", 2), ("vừa qua", 2), ("được giao", 1), ("với tỉ lệ", 1), ("với tỷ lệ", 1),
    ];

    /// <summary>Words that open a sentence continuing the one before (<c>Trong đó, …</c>): it says what that one says.</summary>
    private static readonly string[] continuations = ["trong đó", "đồng thời", "cụ thể", "riêng", "ngoài ra", "bên cạnh đó", "theo đó"];

    [GeneratedRegex(@"(?<lead>\b(?:so\s+với|so|bằng|từ|của)\s+)?\b(?<time>(?:(?:đến|vào|trong|hết|tới)\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?<year>(?:19|20)\d{2}))\b(?!\s*[-–/]\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearWords();

    [GeneratedRegex(@"(?<lead>\b(?:so\s+với|so|bằng)\s+)?\b(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?<year>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodWords();

    /// <summary>
    /// The weight of <paramref name="lower"/>'s own words: positive for a target, negative for a result, 0 when it says
    /// neither; with the target words found (for the evidence). A year before <paramref name="year"/> said as the time of
    /// the sentence (<c>đến cuối năm 2023</c>, <c>Năm 2023, …</c>, <c>giai đoạn 2001-2010</c>) is a result; a later one
    /// (<c>đến năm 2025</c>) a target; a year compared with (<c>so với năm 2015</c>) is neither.
    /// </summary>
    public static (int Weight, IReadOnlyList<string> TargetWords) Weigh(string lower, int? year) => Weigh(lower.AsSpan(), year, lower);

    /// <inheritdoc cref="Weigh(string, int?)"/>
    public static (int Weight, IReadOnlyList<string> TargetWords) Weigh(ReadOnlySpan<char> lower, int? year) => Weigh(lower, year, null);

    /// <summary><see cref="Weigh(string, int?)"/>; <paramref name="asString"/> is <paramref name="lower"/> as a string when the caller has one.</summary>
    private static (int Weight, IReadOnlyList<string> TargetWords) Weigh(ReadOnlySpan<char> lower, int? year, string? asString)
    {
        var weight = 0;
        List<string>? said = null;
        foreach (var (words, w) in targetWords)
        {
            if (KpiText.IndexOfWords(lower, words) < 0 || Negated(lower, words)) continue;
            weight += w;
            if (w >= 2) (said ??= []).Add(words);
        }
        foreach (var (words, w) in resultWords)
            if (KpiText.IndexOfWords(lower, words) >= 0) weight -= w;
        // Both patterns need their words: most sentences name no year and skip the matching.
        if (year is { } reference && lower.Contains("năm", StringComparison.Ordinal))
        {
            foreach (Match m in YearWords().Matches(asString ??= lower.ToString()))
            {
                if (m.Groups["lead"].Success) continue;
                var y = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (y < reference) weight -= 2;
                else if (y > reference || m.Groups["time"].Value.StartsWith("đến", StringComparison.Ordinal))
                {
                    weight += 2;
                    (said ??= []).Add(m.Groups["time"].Value);
                }
            }
        }
        if (year is { } periodReference && (lower.Contains("đoạn", StringComparison.Ordinal) || lower.Contains("kỳ", StringComparison.Ordinal)))
        {
            foreach (Match m in PeriodWords().Matches(asString ??= lower.ToString()))
            {
                if (m.Groups["lead"].Success) continue;
                if (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) < periodReference) weight -= 2;
            }
        }
        return (weight, said ?? (IReadOnlyList<string>)[]);
    }

    /// <summary>True when <paramref name="lower"/> opens by continuing the sentence before it (<c>Trong đó, …</c>).</summary>
    public static bool Continues(ReadOnlySpan<char> lower)
    {
        var start = lower.TrimStart(" \u00A0\t-–+•*");
        foreach (var word in continuations)
            if (KpiText.StartsWithWords(start, word)) return true;
        return false;
    }

    /// <summary>What a heading announces (<see cref="TargetTopic"/>), from its words and its years against the plan's year.</summary>
    public static TargetTopic TopicOf(string heading, int? year)
    {
        var folded = " " + TextKey.FoldLower(KpiText.Nfc(heading)) + " ";
        bool Has(params string[] words) => words.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal)
            || folded.Contains(" " + w + ",", StringComparison.Ordinal) || folded.Contains(" " + w + ":", StringComparison.Ordinal));
        if (Has("can cu", "co so phap ly")) return TargetTopic.Grounds;
        var targets = Has("muc tieu", "chi tieu", "phuong huong", "dinh huong", "phan dau", "du kien", "nhiem vu chu yeu",
            "nhiem vu trong tam", "ke hoach nam", "chi so");
        var results = Has("ket qua", "danh gia", "tinh hinh", "thuc trang", "thanh tuu", "tong ket", "so ket", "han che", "ton tai",
            "nguyen nhan", "bai hoc", "dat duoc", "da dat", "nhin lai", "thuc hien nam", "uoc thuc hien");
        if (!targets && !results && year is { } reference && Weigh(KpiText.Lower(KpiText.Nfc(heading)), reference).Weight < 0) results = true;
        if (targets && results) return TargetTopic.Neutral;
        if (targets) return TargetTopic.Targets;
        if (results) return TargetTopic.Results;
        if (Has("to chuc thuc hien", "giai phap", "kinh phi", "phan cong", "trach nhiem", "tien do", "muc dich", "yeu cau",
                "khen thuong", "hinh thuc", "tieu chuan", "che do bao cao", "dieu khoan thi hanh"))
            return TargetTopic.Organisation;
        if (Has("kinh te", "van hoa", "xa hoi", "quoc phong", "an ninh", "xay dung dang", "chinh quyen", "moi truong", "giao duc",
                "y te", "nong nghiep", "linh vuc", "he thong chinh tri", "doan the", "mat tran", "dan so", "lao dong", "ngan sach",
                "ha tang", "nong thon moi", "tai nguyen", "thuong mai", "dich vu", "cong nghiep"))
            return TargetTopic.Sector;
        return TargetTopic.Neutral;
    }

    /// <summary>The weight a part's topic gives to the sentences in it.</summary>
    public static int Weight(TargetTopic topic) => topic switch
    {
        TargetTopic.Targets => 3,
        TargetTopic.Results => -3,
        TargetTopic.Grounds => -10,
        TargetTopic.Organisation => -1,
        _ => 0,
    };

    /// <summary>
    /// The weight of what a document says it is (<c>KẾ HOẠCH</c>, <c>NGHỊ QUYẾT</c>, <c>CHƯƠNG TRÌNH</c>, <c>ĐỀ ÁN</c>: +2;
    /// <c>BÁO CÁO</c>, <c>THÔNG BÁO</c>: −2).
    /// </summary>
    public static int TitleWeight(string title)
    {
        var folded = TextKey.FoldLower(KpiText.Nfc(title)).TrimStart();
        if (folded.StartsWith("bao cao", StringComparison.Ordinal) || folded.StartsWith("thong bao", StringComparison.Ordinal)) return -2;
        return folded.StartsWith("ke hoach", StringComparison.Ordinal) || folded.StartsWith("nghi quyet", StringComparison.Ordinal)
            || folded.StartsWith("chuong trinh", StringComparison.Ordinal) || folded.StartsWith("de an", StringComparison.Ordinal)
            || folded.StartsWith("phuong an", StringComparison.Ordinal) ? 2 : 0;
    }

    /// <summary>The year a heading sets targets for: <c>đến năm 2025</c>, <c>năm 2024</c>, or the end of <c>nhiệm kỳ 2015 - 2020</c>.</summary>
    public static int? YearOf(string heading)
    {
        var lower = KpiText.Lower(KpiText.Nfc(heading));
        return TargetBase.TargetYear(heading, lower, 0, lower.Length)?.Year;
    }

    /// <summary>True when <paramref name="words"/> stand right after <c>không</c> (<c>không phấn đấu</c> never occurs; <c>không cần</c> does).</summary>
    private static bool Negated(ReadOnlySpan<char> lower, string words)
    {
        var at = KpiText.IndexOfWords(lower, words);
        return at >= 6 && lower[..at].TrimEnd().EndsWith("không", StringComparison.Ordinal);
    }
}
