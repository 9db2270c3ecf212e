using System.Text;
using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

public class KpiCatalogueTests
{
    private static readonly KpiCatalogue catalogue = KpiCatalogue.Default;

    [Fact]
    public void Holds_every_code_of_the_trí_yên_records_with_the_sector_of_the_tagged_file()
    {
        foreach (var record in KpiCorpus.TaggedCustomXml())
        {
            var entry = catalogue.Find(record.Code);
            Assert.NotNull(entry);
            Assert.Equal(record.Sector, entry.Sector);
        }
        Assert.All(KpiCorpus.ReadmeTable(), r => Assert.NotNull(catalogue.Find(r.Code)));
    }

    [Fact]
    public void Entries_are_well_formed()
    {
        Assert.InRange(catalogue.Entries.Count, 140, 400);
        Assert.Equal(catalogue.Entries.Count, catalogue.Entries.Select(e => e.Code).Distinct().Count());
        Assert.All(catalogue.Entries, e =>
        {
            Assert.Matches("^[a-z-]+\\.[a-z0-9-]+$", e.Code);
            Assert.NotNull(catalogue.FindSector(e.Sector));
            Assert.True(e.Name.Length > 0 && e.Name.IsNormalized(), e.Code);
            Assert.True(e.Unit.Length == 0 || KpiUnits.Find(e.Unit) is not null, $"{e.Code}: unknown unit {e.Unit}");
            Assert.True(e.Source.IsNormalized() && catalogue.Sources.Values.Any(d => e.Source.StartsWith(d, StringComparison.Ordinal)),
                $"{e.Code}: its source must open with one of the catalogue's public documents, not «{e.Source}»");
        });
        Assert.All(catalogue.Sources.Values, d => Assert.Matches(@"^(Quyết định|Nghị định|Nghị quyết|Thông tư|Luật|Quy định) .*số \d", d));
        Assert.All(catalogue.Sources.Values, d => Assert.DoesNotContain("Trí Yên", d, StringComparison.Ordinal));
        Assert.All(catalogue.Sectors, s => Assert.True(s.Name.IsNormalized()));
    }

    [Fact]
    public void Every_entry_is_found_by_its_own_name() =>
        Assert.All(catalogue.Entries, e => Assert.Equal(e.Code, catalogue.Match(e.Name)?.Code));

    [Theory]
    [InlineData("Tỷ lệ GDVH", "van-hoa.gia-dinh-van-hoa")]
    [InlineData("Khu dân cư văn hoá", "van-hoa.khu-dan-cu-van-hoa")]
    [InlineData("Cơ quan đạt chuẩn văn hóa", "van-hoa.co-quan-van-hoa")]
    [InlineData("Ty le ho ngheo theo chuan moi", "xa-hoi.ty-le-ho-ngheo")]
    [InlineData("TỶ LỆ BAO PHỦ BHYT", "y-te.bao-phu-bhyt")]
    [InlineData("Đào tạo nghề và tạo việc làm mới", "lao-dong.viec-lam-moi")]
    [InlineData("Xã đạt bộ tiêu chí Quốc gia về y tế", "y-te.bo-tieu-chi-quoc-gia")]
    [InlineData("Trường đạt chuẩn Quốc gia", "giao-duc.truong-chuan-quoc-gia")]
    [InlineData("Tỷ lệ hộ nghèo giảm", "xa-hoi.ty-le-ho-ngheo")]
    [InlineData("Tỷ lệ nghèo đa chiều", "xa-hoi.ty-le-ho-ngheo")]
    [InlineData("Số hộ nghèo", "xa-hoi.ho-ngheo")]
    [InlineData("Sản lượng bắp", "nong-nghiep.san-luong-ngo")]
    [InlineData("Đàn trâu, bò", "nong-nghiep.dan-trau-bo")]
    [InlineData("Đàn heo", "nong-nghiep.dan-lon")]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "y-te.suy-dinh-duong-thap-coi")]
    [InlineData("Tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân và thể thấp còi", "y-te.suy-dinh-duong-tre-em")]
    [InlineData("Tỷ lệ nhà ở kiên cố", "ha-tang.nha-o-kien-co")]
    [InlineData("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "chinh-quyen.to-chuc-dang")]
    [InlineData("Số tiết dạy sử dụng công nghệ thông tin", "giao-duc.ung-dung-cntt")]
    [InlineData("Tỷ lệ hộ cận nghèo", "xa-hoi.ho-can-ngheo")]
    [InlineData("Tỷ lệ dân số sử dụng nước sạch", "moi-truong.nuoc-sach")]
    [InlineData("Giao quân", "quoc-phong.tuyen-quan")]
    [InlineData("Tỷ lệ hồ sơ giải quyết đúng hạn", "chinh-quyen.ho-so-dung-han")]
    [InlineData("Tỷ lệ hồ sơ dịch vụ công trực tuyến", "chinh-quyen.dich-vu-cong-truc-tuyen")]
    public void Matches_plan_wording_to_the_indicator(string label, string code) =>
        Assert.Equal(code, catalogue.Match(label)?.Code);

    [Theory]
    [InlineData("Tổ chức hội nghị tổng kết")]
    [InlineData("Sản lượng")]
    [InlineData("Tốc độ tăng")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_no_indicator_for_words_that_name_none(string? label) => Assert.Null(catalogue.Match(label));

    [Fact]
    public void A_label_that_is_only_a_measure_takes_its_subject_from_the_context_given()
    {
        Assert.Equal("nong-nghiep.san-luong-lua", catalogue.Match("Sản lượng", "Năng suất cây lúa bình quân", KpiUnits.Find("tấn"))?.Code);
        Assert.Null(catalogue.Match("Sản lượng", null, KpiUnits.Find("tấn")));
        // A label that names its own subject is never read with another's.
        Assert.Equal("nong-nghiep.san-luong-ngo", catalogue.Match("Sản lượng bắp", "Năng suất cây lúa bình quân", KpiUnits.Find("tấn"))?.Code);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"sectors\": []}")]
    [InlineData("{\"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [{\"code\": \"x.y\", \"sector\": \"b\", \"match\": [[\"y\"]]}]}")]
    [InlineData("{\"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [{\"code\": \"x.y\", \"sector\": \"a\", \"match\": [[\"y\"]]}, {\"code\": \"x.y\", \"sector\": \"a\", \"match\": [[\"z\"]]}]}")]
    [InlineData("{\"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [{\"code\": \"x.y\", \"sector\": \"a\", \"match\": []}]}")]
    [InlineData("{\"sources\": {\"s\": \"Luật số 1\"}, \"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [{\"code\": \"x.y\", \"sector\": \"a\", \"match\": [[\"y\"]]}]}")]
    [InlineData("{\"sources\": {\"s\": \"Luật số 1\"}, \"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [{\"code\": \"x.y\", \"sector\": \"a\", \"match\": [[\"y\"]], \"source\": \"khac (mục 1)\"}]}")]
    public void A_malformed_catalogue_is_refused_with_a_reason(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => KpiCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_custom_catalogue_is_used_by_the_extractor()
    {
        const string json = "{\"sources\": {\"tinh\": \"Nghị quyết số 1/2024/NQ-HĐND của tỉnh\"}, \"sectors\": [{\"slug\": \"rieng\", \"name\": \"Riêng\"}], \"indicators\": [{\"code\": \"rieng.cay-an-qua\", \"name\": \"Diện tích cây ăn quả\", \"sector\": \"rieng\", \"unit\": \"ha\", \"match\": [[\"cây ăn quả\"]], \"source\": \"tinh (Phụ lục I)\"}]}";
        var custom = KpiCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var target = Assert.Single(new TargetExtractor(custom).Extract("Diện tích cây ăn quả đạt 120 ha.").Targets);
        Assert.Equal("rieng.cay-an-qua", target.Code);
        Assert.Equal("rieng", target.Sector);
        Assert.Equal("Nghị quyết số 1/2024/NQ-HĐND của tỉnh (Phụ lục I)", custom.Find("rieng.cay-an-qua")!.Source);
    }

    private static KpiCatalogue Custom(string indicators) => KpiCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(
        "{\"sources\": {\"s\": \"Luật số 1\"}, \"sectors\": [{\"slug\": \"a\", \"name\": \"A\"}], \"indicators\": [" + indicators + "]}")));

    [Theory]
    [InlineData("Số hộ có % thu nhập khá", "a.phan-tram")]     // first phrase starts with a sign, not a word
    [InlineData("Diện tích rừng trồng mới", "a.rung")]         // the second alternative's first word
    [InlineData("Dien tich rung trong moi", "a.rung")]         // only without diacritics
    [InlineData("Tỷ lệ che phủ", null)]                        // no first word of any alternative
    public void Only_entries_whose_first_words_are_in_the_label_are_scored_and_they_still_match(string label, string? code)
    {
        var custom = Custom(
            "{\"code\": \"a.phan-tram\", \"sector\": \"a\", \"match\": [[\"% thu nhập\"]], \"source\": \"s\"}," +
            "{\"code\": \"a.rung\", \"sector\": \"a\", \"match\": [[\"độ che phủ rừng\"], [\"rừng trồng\"]], \"source\": \"s\"}");
        Assert.Equal(code, custom.Match(label)?.Code);
    }

    [Fact]
    public void On_a_tie_the_earlier_entry_wins()
    {
        var custom = Custom(
            "{\"code\": \"a.truoc\", \"sector\": \"a\", \"match\": [[\"nhà văn hóa\"]], \"source\": \"s\"}," +
            "{\"code\": \"a.sau\", \"sector\": \"a\", \"match\": [[\"nhà văn hóa\"]], \"source\": \"s\"}");
        Assert.Equal("a.truoc", custom.Match("Xây dựng nhà văn hóa thôn")?.Code);
    }
}
