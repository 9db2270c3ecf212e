using ThiDua.Rules.Structure;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.Structure;

public sealed class PartTitlesRuleTests
{
    [Fact]
    public void Every_part_of_the_compliant_plan_has_a_title() =>
        Assert.Empty(PlanFixture.Run(new PartTitlesRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Fact]
    public void A_muc_label_followed_by_running_text_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "II. NỘI DUNG THI ĐUA"), "NỘI DUNG THI ĐUA",
            "Năm 2024, các ngành tập trung thi đua hoàn thành các chỉ tiêu đã đề ra. Các đơn vị đăng ký thi đua trước ngày 15 tháng 3."));
        var f = Assert.Single(PlanFixture.Run(new PartTitlesRule(), plan));
        Assert.Equal("Sau số thứ tự là nội dung, không có tiêu đề", f.Observed);
    }

    [Fact]
    public void A_khoan_used_as_a_heading_is_found_by_position_and_needs_a_title()
    {
        // "1. Nội dung thi đua" heads 1.1.–1.6.: once 1.1. has a title, khoản 1 is a heading, and written as running text it has none.
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, "1. Nội dung thi đua"), "Nội dung thi đua",
                "Các ngành, đơn vị tổ chức thi đua sâu rộng với các nội dung chủ yếu, bảo đảm thiết thực và hiệu quả trong toàn xã năm 2024.");
            var child = Find(d, "1.1. Các ngành");
            ReplaceText(child, child.InnerText, "1.1. Thi đua phát triển kinh tế");
        });
        var f = Assert.Single(PlanFixture.Run(new PartTitlesRule(), plan));
        Assert.Contains("Khoản 1", f.Message);
    }
}
