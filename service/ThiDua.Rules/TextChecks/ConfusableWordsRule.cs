using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Confusables;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-CONFUSABLE (house rule): real-word slips — words whose every syllable is valid, so TEXT-SPELL passes them, but
/// which are not the word meant (<c>sử lý</c> → <c>xử lý</c>, <c>chia sẽ</c> → <c>chia sẻ</c>). Only the pairs of the
/// documented list (<see cref="ConfusableWords"/>: <c>confusables.tsv</c>, each pair with the dictionary entry of the word
/// meant) and what the applicable rule profile adds to it (<see cref="Profiles.EffectiveProfile.Confusables"/>) are reported, whole words, whatever the case; nothing is guessed from how often a form occurs. Runs over every
/// paragraph of the document. One finding per slip; its fix replaces the slip (with the word before it, so the right
/// occurrence changes) by the word meant, in the slip's case. Severity: warning.
/// </summary>
public sealed class ConfusableWordsRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "TEXT-CONFUSABLE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var words = context.Profile.Confusables;
        foreach (var p in context.Document.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var paragraph = context.WordsOf(p.Index);
            var text = paragraph.Text;
            foreach (var slip in words.Find(paragraph))
            {
                var from = TextWindow.WordBefore(text, slip.Start);
                var to = TextWindow.WordAfter(text, slip.Start + slip.Length);
                var before = text[from..slip.Start];
                yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, p.Index), p.Index,
                    $"Dùng nhầm từ: “{slip.Written}” là từ khác, từ đúng là “{slip.Meant}” (theo {slip.Pair.Source}).",
                    $"“{slip.Meant}”", $"“{slip.Written}”",
                    new Fix($"Sửa “{slip.Written}” thành “{slip.Meant}”", p.Index,
                        Replace: [new TextReplacement(before + slip.Written, before + slip.Meant)]),
                    excerpt: text[from..to]);
            }
        }
    }
}
