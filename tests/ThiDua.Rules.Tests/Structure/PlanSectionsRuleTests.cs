using ThiDua.Rules.Structure;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.Structure;

public sealed class PlanSectionsRuleTests
{
    [Fact]
    public void Plan_with_purpose_content_and_organisation_passes()
    {
        Assert.Empty(PlanFixture.Run(new PlanSectionsRule(), PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void Plan_without_organisation_part_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "III. TỔ CHỨC"), "TỔ CHỨC THỰC HIỆN", "KHEN THƯỞNG"));
        var f = Assert.Single(PlanFixture.Run(new PlanSectionsRule(), plan));
        Assert.Equal(-1, f.Paragraph);
        Assert.Contains("TỔ CHỨC THỰC HIỆN", f.Message);
    }

    [Fact]
    public void Parts_are_matched_by_meaning_not_wording()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d => ReplaceText(Find(d, "II. NỘI DUNG"), "NỘI DUNG THI ĐUA", "NHIỆM VỤ VÀ GIẢI PHÁP"));
        Assert.Empty(PlanFixture.Run(new PlanSectionsRule(), plan));
    }

    [Fact]
    public void Organisation_before_content_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            ReplaceText(Find(d, "II. NỘI DUNG"), "NỘI DUNG THI ĐUA", "TỔ CHỨC THỰC HIỆN");
            ReplaceText(Find(d, "III. TỔ CHỨC"), "TỔ CHỨC THỰC HIỆN", "NỘI DUNG THI ĐUA");
        });
        var f = Assert.Single(PlanFixture.Run(new PlanSectionsRule(), plan));
        Assert.Contains("đứng trước", f.Message);
    }
}
