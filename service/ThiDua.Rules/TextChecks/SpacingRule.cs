using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Spacing;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-SPACE (house rule): spacing as Vietnamese typing wants it, checked by <see cref="TextSpacing"/> — no double spaces,
/// no space before <c>, . ; : ) ?</c>, one space after them, no space inside quotes and brackets. Runs over every paragraph
/// of the document (header, body, tables, closing). One finding per issue; its text is the excerpt around the issue
/// (<c>xã;cải</c>), its fix replaces that excerpt by the corrected one. Severity: warning.
/// </summary>
public sealed class SpacingRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "TEXT-SPACE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var p in context.Document.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var text = context.WordsOf(p.Index).Text;
            foreach (var issue in TextSpacing.Check(text))
            {
                var fixedExcerpt = issue.Replacement; // the excerpt corrected
                yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, p.Index), p.Index,
                    issue.Message, $"“{fixedExcerpt}”", $"“{issue.Excerpt}”",
                    new Fix($"Sửa khoảng trắng: “{fixedExcerpt}”", p.Index, Replace: [new TextReplacement(issue.Excerpt, fixedExcerpt)]),
                    excerpt: issue.Excerpt);
            }
        }
    }
}
