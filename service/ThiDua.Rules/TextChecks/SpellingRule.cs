using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-SPELL (house rule): Vietnamese spelling, checked by <see cref="SpellChecker"/> — syllables that are not Vietnamese
/// (<c>vủa</c>, <c>Luât</c>), a tone mark on the wrong vowel (<c>qủa</c>), two syllables run together (<c>tổchức</c>) and the
/// same word twice (<c>loại loại</c>). Old-style tone placement (<c>hoá</c>, <c>Uỷ</c>) is accepted. Runs over every paragraph
/// of the document: header, body, tables and closing. One finding per issue; its text quotes the word with its neighbours,
/// and its fix replaces the word by the correction (the neighbour is kept in the searched text so the right occurrence
/// changes). Severity: warning.
/// </summary>
public sealed class SpellingRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "TEXT-SPELL";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var checker = SpellChecker.Default;
        var memo = new SpellingMemo(); // a plan repeats its words: each correct one is validated once per check
        foreach (var p in context.Document.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var words = context.WordsOf(p.Index);
            var text = words.Text;
            foreach (var issue in checker.Check(words, memo))
            {
                var (from, to) = (TextWindow.WordBefore(text, issue.Start), TextWindow.WordAfter(text, issue.Start + issue.Length));
                var before = text[from..issue.Start];
                var fix = issue.Suggestion is { } s
                    ? new Fix($"Sửa “{issue.Word}” thành “{s}”", p.Index, Replace: [new TextReplacement(before + issue.Word, before + s)])
                    : null;
                yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, p.Index), p.Index,
                    issue.Message,
                    issue.Suggestion is { } suggestion ? $"“{suggestion}”" : "Từ tiếng Việt viết đúng chính tả",
                    $"“{issue.Word}”", fix, excerpt: text[from..to]);
            }
        }
    }
}
