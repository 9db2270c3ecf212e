using ThiDua.Plans.Model;

namespace ThiDua.Rules.TextChecks;

/// <summary>Which <see cref="PlanPart"/> a paragraph belongs to, for findings that run over the whole text.</summary>
public static class PlanParts
{
    /// <summary>Header up to its last paragraph, closing after the body, body in between.</summary>
    public static PlanPart Of(PlanDocument plan, int paragraph) =>
        paragraph <= plan.Header.LastParagraph ? PlanPart.Header
        : paragraph > plan.BodyEnd ? PlanPart.Closing
        : PlanPart.Body;
}
