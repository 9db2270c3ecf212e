using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;

namespace ThiDua.Plans.Tests.Authoring;

public class SectionPreviewerTests
{
    private static readonly UnitProfile TriYen = CorpusUnits.Get("tri-yen-2024").Plan.Unit;

    /// <summary>A preview's lines as text, a missing value as <c>[what?]</c>.</summary>
    private static List<string> Shown(SectionPreview preview) =>
        preview.Lines.Select(l => string.Concat(l.Select(p => p.Missing is null ? p.Text : $"[{p.Missing}?]"))).ToList();

    private static SectionPreview Of(IReadOnlyList<SectionPreview> previews, string id) => previews.Single(p => p.Id == id);

    [Fact]
    public void Previews_every_section_of_the_catalogue_in_plan_order()
    {
        var previews = SectionPreviewer.PreviewAll(TriYen, 2025, "Phát động phong trào thi đua năm 2025", "VP");

        Assert.Equal(SectionCatalogue.All.Select(s => s.Id), previews.Select(p => p.Id));
        Assert.All(previews, p => Assert.NotEmpty(p.Lines));
        Assert.All(previews, p => Assert.Empty(p.Missing));
        Assert.DoesNotContain(previews.SelectMany(Shown), l => l.Contains('{') || l.Contains('\uE000'));
    }

    [Fact]
    public void Header_shows_the_unit_in_capitals_the_blank_number_and_date_and_the_year()
    {
        var header = Shown(Of(SectionPreviewer.PreviewAll(TriYen, 2025, "Kế hoạch", "VP"), "phan-dau"));

        Assert.Equal(["UBND HUYỆN YÊN DŨNG", "ỦY BAN NHÂN DÂN", "XÃ TRÍ YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số:      /KH-UBND", "Trí Yên, ngày      tháng      năm 2025"], header);
    }

    [Fact]
    public void Closing_writes_one_line_per_recipient_the_Luu_line_and_the_signature()
    {
        var deputy = TriYen with { SignerAuthority = "TM. Ủy ban nhân dân\nKT. Chủ tịch", SignerTitle = "Phó Chủ tịch", Recipients = ["Phòng Nội vụ huyện", "- Đảng ủy, HĐND xã;"] };

        var closing = Shown(Of(SectionPreviewer.PreviewAll(deputy, 2025, "Kế hoạch", "VP"), "noi-nhan-chu-ky"));

        Assert.Equal(["Nơi nhận:", "- Phòng Nội vụ huyện;", "- Đảng ủy, HĐND xã;", "- Lưu: VT, VP-TK.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Diễn"], closing);
    }

    [Fact]
    public void Values_the_profile_lacks_are_marked_by_name_and_listed_once()
    {
        var incomplete = TriYen with { Symbol = "", SignerName = "  ", Recipients = [], DraftingUnit = "" };

        var previews = SectionPreviewer.PreviewAll(incomplete, 2025, "Kế hoạch", "VP");

        var closing = Of(previews, "noi-nhan-chu-ky");
        Assert.Equal(["Nơi nhận:", "- [nơi nhận?];", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "[họ tên người ký?]"], Shown(closing));
        Assert.Equal(["nơi nhận", "họ tên người ký"], closing.Missing);
        Assert.Equal(["ký hiệu"], Of(previews, "phan-dau").Missing);
        Assert.Contains("Số:      /KH-[ký hiệu?]", Shown(Of(previews, "phan-dau")));
    }

    [Fact]
    public void Without_a_unit_or_a_valid_year_every_unit_value_and_the_year_are_missing()
    {
        var previews = SectionPreviewer.PreviewAll(null, 1999, null, "VP");

        var header = Of(previews, "phan-dau");
        Assert.Equal(["cơ quan chủ quản", "tên cơ quan ban hành", "ký hiệu", "địa danh", "năm"], header.Missing);
        Assert.Contains("[địa danh?], ngày      tháng      năm [năm?]", Shown(header));
        Assert.Equal(["trích yếu"], Of(previews, "ten-loai-trich-yeu").Missing);
        Assert.Contains("năm", Of(previews, "tien-do").Missing);
    }

    [Fact]
    public void The_preview_is_the_text_the_section_renderer_inserts()
    {
        var plan = CorpusUnits.Get("tri-yen-2024").Plan with { Number = "", Date = null };
        var previews = SectionPreviewer.PreviewAll(plan.Unit, plan.Year, plan.Subject, "VP");
        var part = 0;
        foreach (var section in SectionCatalogue.All)
        {
            if (section.Numbered) part++;
            var previous = part > 1 ? ThiDua.Plans.Standard.RomanNumeral.Format(part - 1) + "." : null;
            using var docx = PackageAssert.Open(SectionRenderer.Render(section.Id, plan, section.Numbered ? previous : null).Docx);
            var rendered = string.Concat(docx.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(t => t.Text)).Replace(" ", "");
            var shown = string.Concat(Shown(Of(previews, section.Id))).Replace(" ", "").Replace("|", "");
            Assert.Equal(rendered, shown);
        }
    }
}
