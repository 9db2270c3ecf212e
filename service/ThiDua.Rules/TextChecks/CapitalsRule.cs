using ThiDua.Plans.Model;
using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Lexicon;

namespace ThiDua.Rules.TextChecks;

/// <summary>
/// TEXT-CAPS — viết hoa (Nghị định 30/2020/NĐ-CP, Phụ lục II), checked by <see cref="CapitalsChecker"/> against the
/// capitals dictionary (<c>proper-names.tsv</c>: awards, titles of thi đua and of honour, organisations, named documents,
/// holidays, each with the legal text that defines it; extended by the applicable profile,
/// <see cref="Profiles.EffectiveProfile.ProperNames"/>): the names of the dictionary with too few or too many capitals, a
/// part of a document cited by its number (<c>mục II</c> → <c>Mục II</c>), a position right before a person's name, and,
/// in running text and headings of the body (the căn cứ included), the first letter of a line (Phụ lục II, Mục I: a
/// capital "khi xuống dòng"), unless the line goes on from a paragraph stopped mid-sentence. The header, tables and the
/// closing part are checked for names only (their lines are not sentences). Lines in capitals are left alone. Nothing is
/// guessed from how often a form occurs: a word is reported only when the dictionary or one of those rules says how it is
/// written, and a name only when a capital it needs is missing (see <see cref="Reported"/>). The type of a document cited
/// by its number (<c>kế hoạch số 15/KH-UBND</c>) is not reported: the rule names the documents known by their name. One finding per word or name; its fix re-cases it in place (the word
/// before kept in the searched text, so the right occurrence changes). Severity: warning.
/// </summary>
public sealed class CapitalsRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "TEXT-CAPS";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        var checker = ReferenceEquals(context.Profile.ProperNames, ProperNames.Default) ? CapitalsChecker.Default : new CapitalsChecker(context.Profile.ProperNames);
        var prose = new Cursor<int>(plan.BodyParagraphs, static p => p);
        var headings = new Cursor<Heading>(plan.Headings, static h => h.Paragraph);
        var continues = false; // the paragraph before, running text (not a title), stops mid-sentence: this one goes on with it
        string? previous = null; // the paragraph before, when running text or a title
        foreach (var p in context.Document.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var words = context.WordsOf(p.Index);
            var text = words.Text;
            var isProse = prose.Contains(p.Index);
            var isRunning = isProse || headings.Contains(p.Index);
            var continuation = isRunning && (continues || previous is not null && SplitWord(previous, text));
            var last = text.AsSpan().TrimEnd()[^1];
            continues = isProse && (char.IsLetterOrDigit(last) || last is ',' or '-' or '–');
            previous = isRunning ? text : null;
            foreach (var issue in checker.Check(words, isRunning && !continuation ? CapitalsScope.LineStart : CapitalsScope.None))
            {
                if (!Reported(issue)) continue;
                var from = TextWindow.WordBefore(text, issue.Start);
                var to = TextWindow.WordAfter(text, issue.Start + issue.Length);
                var before = text[from..issue.Start];
                yield return context.At(Id, Severity.Warning, PlanParts.Of(plan, p.Index), p.Index,
                    $"{What(issue)}: viết “{issue.Expected}” (theo {issue.Source}).",
                    $"“{issue.Expected}”", $"“{issue.Written}”",
                    new Fix($"Sửa “{issue.Written}” thành “{issue.Expected}”", p.Index,
                        Replace: [new TextReplacement(before + issue.Written, before + issue.Expected)]),
                    excerpt: text[from..to]);
            }
        }
    }

    /// <summary>
    /// Whether an issue the checker gives is reported. The checker is asked for no document type cited by number, and for a
    /// sentence start only at the start of a line that does not go on from the paragraph before (text copied from a page
    /// breaks sentences into paragraphs; a lower-case word after a period inside a line is more often a period typed for a
    /// comma than a sentence); of the rest, a name only when a letter its form capitalises is written in lower case
    /// (capitals the form lacks, <c>Tết Nguyên Đán</c>, are the habit of many offices, not a missing capital).
    /// </summary>
    private static bool Reported(CapitalsIssue issue)
    {
        if (issue.Kind == CapitalsIssueKind.SentenceStart) return true;
        for (var i = 0; i < issue.Written.Length && i < issue.Expected.Length; i++)
            if (char.IsLower(issue.Written[i]) && char.IsUpper(issue.Expected[i])) return true;
        return false;
    }

    /// <summary>
    /// Whether paragraphs, asked in increasing order, are among <paramref name="items"/>, in order of their paragraph
    /// (<see cref="PlanDocument.BodyParagraphs"/>, <see cref="PlanDocument.Headings"/>): one walk, nothing allocated.
    /// </summary>
    private struct Cursor<T>(IReadOnlyList<T> items, Func<T, int> paragraphOf)
    {
        private int next;

        public bool Contains(int paragraph)
        {
            while (next < items.Count && paragraphOf(items[next]) < paragraph) next++;
            return next < items.Count && paragraphOf(items[next]) == paragraph;
        }
    }

    /// <summary>
    /// Whether a line break split a word between <paramref name="before"/> and <paramref name="line"/>: the one ends and the
    /// other starts with a syllable, and the two are one word of several syllables (<see cref="PlanWords"/>: <c>1. Mục</c> /
    /// <c>tiêu tổng quát</c>, text copied from a page). The line then goes on from the one before, even a title: no sentence
    /// starts in the middle of a word.
    /// </summary>
    private static bool SplitWord(string before, string line)
    {
        var end = before.AsSpan().TrimEnd();
        var from = end.Length;
        while (from > 0 && char.IsLetter(end[from - 1])) from--;
        var start = line.AsSpan();
        var to = 0;
        while (to < start.Length && char.IsLetter(start[to])) to++;
        return from < end.Length && (from == 0 || !char.IsLetterOrDigit(end[from - 1])) && to > 0 && (to == start.Length || !char.IsLetterOrDigit(start[to]))
            && PlanWords.Join(end[from..], start[..to]);
    }

    /// <summary>What the rule is about, in Vietnamese.</summary>
    private static string What(CapitalsIssue issue) => issue.Kind switch
    {
        CapitalsIssueKind.SentenceStart => "Chữ đầu câu phải viết hoa",
        CapitalsIssueKind.DocumentPart => "Phần, mục, chương, điều của văn bản được viện dẫn viết hoa chữ cái đầu",
        CapitalsIssueKind.PositionBeforeName => "Chức vụ đi liền với tên người viết hoa chữ cái đầu",
        _ => issue.Name?.Kind switch
        {
            ProperNameKind.Award => "Tên khen thưởng viết hoa theo quy định",
            ProperNameKind.CompetitionTitle => "Tên danh hiệu thi đua viết hoa theo quy định",
            ProperNameKind.HonourTitle => "Tên danh hiệu vinh dự viết hoa theo quy định",
            ProperNameKind.Organisation => "Tên cơ quan, tổ chức viết hoa theo quy định",
            ProperNameKind.Document => "Tên văn bản viết hoa theo quy định",
            ProperNameKind.Holiday => "Tên ngày lễ, ngày tết viết hoa theo quy định",
            _ => "Viết hoa theo quy định",
        },
    };
}
