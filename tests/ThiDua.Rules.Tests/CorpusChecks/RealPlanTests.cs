using ThiDua.Plans.Model;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// The real published plans of <c>../shared/real-plans</c>, as typed in Word from web pages and signed documents: none
/// crashes the checker; the header is read for what its text holds — the cơ quan by position, elements broken over two
/// lines as one — so no element present is reported missing and, where a page copied from the web has no header, no
/// header finding points at its text and no title is stored as the issuer.
/// </summary>
public sealed class RealPlanTests
{
    private static readonly PlanEngine Engine = new();

    /// <summary>Per file: the cơ quan ban hành as read (empty: no header), and which of Quốc hiệu, Tiêu ngữ, Số, ngày tháng, tên loại the text holds.</summary>
    public static TheoryData<string, string, string> Plans => new()
    {
        { "10-quang-trung-bim-son-phuong-huong-2015-2020.docx", "", "" },
        { "11-ba-dinh-bim-son-phuong-huong-2015-2020.docx", "", "" },
        { "12-vinh-linh-quang-tri-giam-ngheo-3-xa-2024.docx", "", "" },
        { "21-ha-tinh-kh-437-2021-tiem-vac-xin-tre-em.docx", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "nation motto number date type" },
        { "27-tra-vinh-nq-15-2020-kt-xh-2021.docx", "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH", "nation motto number date type" },
        { "32-mg-huong-duong-loc-ninh-muc-tieu-doi-ngu-giao-vien.docx", "", "" },
        // As the site renders it, the header lost TỈNH KON TUM, the Tiêu ngữ and the tên loại.
        { "33-kon-tum-kh-1479-2022-suy-dinh-duong-thap-coi.docx", "ỦY BAN NHÂN DÂN", "nation number date" },
        { "35-dao-huu-canh-chau-phu-bc-ky-hop-hdnd-2024.docx", "", "" },
        { "36-xa-luong-tuong-duong-bc-phat-trien-dang-vien-2024.docx", "", "" },
        { "37-ninh-thuan-kh-5872-2012-chien-luoc-giao-duc.docx", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "nation motto number date type" },
        { "38-xuan-hiep-tra-on-thcs-kh-giao-duc-2016-2017.docx", "TRƯỜNG THCS XUÂN HIỆP", "nation motto number date type" },
        { "39-tuyen-quang-thu-ngan-sach-quy-i-2024.docx", "", "" },
    };

    [Fact]
    public void Every_real_plan_is_listed() =>
        Assert.Equal(Directory.GetFiles(Corpus.RealPlansDirectory, "*.docx").Select(Path.GetFileName).Order(), Plans.Select(p => (string)p[0]).Order());

    [Theory]
    [MemberData(nameof(Plans))]
    public void Real_plan_is_checked_and_its_header_read_for_what_it_holds(string file, string issuer, string present)
    {
        var report = Check(file, out var plan);
        var extract = Extract(file);
        Assert.Equal(issuer, extract.Plan.Issuer);

        var elements = present.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var h = plan.Header;
        Assert.Equal(elements.Contains("nation"), h.NationalTitle is not null);
        Assert.Equal(elements.Contains("motto"), h.Motto is not null);
        Assert.Equal(elements.Contains("number"), h.DocumentNumber is not null);
        Assert.Equal(elements.Contains("date"), h.PlaceAndDate is not null);
        Assert.Equal(elements.Contains("type"), h.DocumentType is not null);

        var headerFindings = report.Findings.Where(f => f.Part == PlanPart.Header).ToList();
        if (issuer.Length == 0)
            Assert.All(headerFindings, f => Assert.Equal(-1, f.Paragraph));
        // An element that is there is never "missing" (a missing element's finding stands at no paragraph).
        foreach (var (rule, element) in new[] { ("HDR-NATION", "nation"), ("HDR-MOTTO", "motto"), ("HDR-NUMBER", "number"), ("HDR-DATE", "date"), ("HDR-TITLE", "type") })
            if (elements.Contains(element)) Assert.DoesNotContain(headerFindings, f => f.Rule == rule && f.Paragraph < 0);
        if (issuer.Length > 0) Assert.DoesNotContain(headerFindings, f => f.Rule == "HDR-AGENCY" && f.Paragraph < 0);
    }

    [Theory]
    [InlineData("21-ha-tinh-kh-437-2021-tiem-vac-xin-tre-em.docx", "437", "KH-UBND", "Hà Tĩnh", "2021-11-18")]
    [InlineData("27-tra-vinh-nq-15-2020-kt-xh-2021.docx", "15", "NQ-HĐND", "Trà Vinh", "2020-12-09")]
    [InlineData("37-ninh-thuan-kh-5872-2012-chien-luoc-giao-duc.docx", "5872", "KH-UBND", "Ninh Thuận", "2012-12-12")]
    [InlineData("38-xuan-hiep-tra-on-thcs-kh-giao-duc-2016-2017.docx", "93", "KH-THCS", "Xuân Hiệp", "2016-09-24")]
    public void Numbers_and_dates_broken_over_lines_or_typed_otherwise_are_read(string file, string number, string symbol, string place, string date)
    {
        var p = Extract(file).Plan;
        Assert.Equal((number, symbol, place, date), (p.Number, p.Symbol, p.Place, p.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_school_plan_reads_its_parent_body()
    {
        var p = Extract("38-xuan-hiep-tra-on-thcs-kh-giao-duc-2016-2017.docx").Plan;
        Assert.Equal(("PHÒNG GD- ĐT TRÀ ÔN", "TRƯỜNG THCS XUÂN HIỆP"), (p.IssuerParent, p.Issuer));
    }

    private static CheckReport Check(string file, out PlanDocument plan)
    {
        using (var read = System.IO.File.OpenRead(Corpus.RealPlan(file))) plan = Engine.Read(read);
        using var stream = System.IO.File.OpenRead(Corpus.RealPlan(file));
        return Engine.Check(stream, file);
    }

    private static ExtractReport Extract(string file)
    {
        using var stream = System.IO.File.OpenRead(Corpus.RealPlan(file));
        return Engine.Extract(stream, file);
    }
}
