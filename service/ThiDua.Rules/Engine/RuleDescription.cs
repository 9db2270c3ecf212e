namespace ThiDua.Rules.Engine;

/// <summary>What a rule applies: the decree (or its appendices), or a house rule that goes beyond it.</summary>
public enum RuleBasis
{
    /// <summary>Nghị định 30/2020/NĐ-CP or one of its appendices (Phụ lục I, II, III).</summary>
    Decree,
    /// <summary><em>Quy định của cơ quan</em>: what reviewers in Văn phòng send back though the decree does not say it (<c>rules.md</c>: <em>(house)</em>).</summary>
    House,
}

/// <summary>
/// How a rule explains itself — the "vì sao" shown beside a finding in the pane and by <c>thidua explain</c>: its id, the
/// severity <c>shared/spec/rules.md</c> gives it, the plan part it is mostly about, a short title and explanation in
/// Vietnamese, and the exact clause it applies. Every rule of <see cref="RuleCatalog"/> has exactly one, in
/// <see cref="RuleDescriptions"/>.
/// </summary>
/// <param name="Id">The rule id, e.g. <c>HDR-MOTTO</c>.</param>
/// <param name="Severity">The severity of its findings under the base profile (the decree): a rule profile may change it.</param>
/// <param name="Part">The plan part the rule is about, for grouping (<see cref="PlanPart.Document"/> for rules over the whole text).</param>
/// <param name="Title">What is checked, a few words in Vietnamese (<c>Tiêu ngữ</c>).</param>
/// <param name="Explanation">Why and what is expected, one or two sentences in Vietnamese, for an officer (no rule ids, no jargon).</param>
/// <param name="Basis">Decree or house rule.</param>
/// <param name="Clause">The exact clause, in Vietnamese: <c>Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm b và c</c>,
/// or <c>Quy định của cơ quan</c> for a house rule.</param>
public sealed record RuleDescription(
    string Id, Severity Severity, PlanPart Part, string Title, string Explanation, RuleBasis Basis, string Clause);
