using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-INVISIBLE (house rule): no zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and no stray no-break spaces
/// (U+00A0, U+202F) inside text — a reader does not see them, but they break search, sorting and the central database.
/// Found by <see cref="InvisibleCharacters"/>, over every paragraph of the document (header, body, tables, closing). One
/// finding per paragraph, naming each kind of character and how many; its fix replaces each character, in reading order,
/// by what keeps the text as read (a space between two words, nothing elsewhere). Severity: warning.
/// </summary>
public sealed class InvisibleCharactersRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "TEXT-INVISIBLE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var p in context.Document.Paragraphs)
        {
            var found = InvisibleCharacters.Find(p.Text);
            if (found.Count == 0) continue;
            var kinds = found.GroupBy(c => c.Name).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} × {g.Count()}");
            var first = found[0].Index;
            var from = Math.Max(0, first - 30);
            var excerpt = Visible(p.Text[from..Math.Min(p.Text.Length, first + 30)]);
            yield return context.At(Id, Severity.Warning, PlanParts.Of(context.Plan, p.Index), p.Index,
                (found.Count == 1 ? "Có một ký tự ẩn" : $"Có {found.Count} ký tự ẩn") + " trong đoạn văn (đánh dấu · trong đoạn trích): không nhìn thấy nhưng làm hỏng tìm kiếm và dữ liệu.",
                "Không có ký tự ẩn (chỉ dùng khoảng trắng thường)",
                string.Join("; ", kinds),
                new Fix(found.Count == 1 ? "Xóa ký tự ẩn" : $"Xóa {found.Count} ký tự ẩn", p.Index,
                    Replace: found.Select(c => new TextReplacement(c.Character.ToString(), c.Replacement)).ToList()),
                excerpt: (from > 0 ? "…" : "") + excerpt);
        }
    }

    /// <summary>The text with each invisible character shown as <c>·</c>, so the officer sees where it is.</summary>
    private static string Visible(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = InvisibleCharacters.IsInvisible(t[i]) ? '·' : t[i];
        });
}
