using ThiDua.Docx.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-UPRIGHT — kiểu chữ đứng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e: nội dung văn bản in thường, kiểu chữ đứng;
/// the look of <see cref="PlanElement.BodyText"/>): no paragraph of running text set in italic. Running text is
/// <see cref="ThiDua.Plans.Model.PlanDocument.BodyParagraphs"/> — numbered khoản without a title included, titles and
/// tables excluded — without the căn cứ lines and the opening <c>Thực hiện …</c> sentence (their look is BASIS-STYLE's) and
/// without short lines that read as a title or a slogan (<see cref="HeadingRecognizer.ReadsAsTitle"/>). A paragraph is
/// italic when at least <see cref="ItalicShare"/> of its letters are: a few words in italic for emphasis inside a sentence
/// are allowed. One finding per paragraph; the fix turns italic off on the whole paragraph. Severity: warning.
/// </summary>
public sealed class UprightBodyRule : IPlanRule
{
    /// <summary>Share of a paragraph's letters in italic from which the paragraph is set in italic (0.8 = 80 %).</summary>
    public const double ItalicShare = 0.8;

    /// <inheritdoc />
    public string Id => "BODY-UPRIGHT";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Standard[PlanElement.BodyText].Italic is not false) yield break;
        var basis = context.Plan.Basis.Select(b => b.Line.Paragraph).ToHashSet();
        foreach (var index in context.Plan.BodyParagraphs)
        {
            if (basis.Contains(index)) continue;
            var p = context.Document.Paragraphs[index];
            if (!HasItalic(p)) continue; // no italic run: no letter to count
            var (letters, italic) = Letters(p);
            if (letters == 0 || italic < ItalicShare * letters) continue;
            var text = p.Text.Trim();
            if (HeadingRecognizer.ReadsAsTitle(text, DominantFormat(p))) continue;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, index,
                "Đoạn văn nội dung trình bày chữ nghiêng; nội dung văn bản phải là chữ đứng (chỉ được in nghiêng vài chữ để nhấn mạnh).",
                "Chữ đứng", italic == letters ? "Cả đoạn chữ nghiêng" : $"{Math.Round(100.0 * italic / letters)}% chữ nghiêng",
                new Fix("Bỏ chữ nghiêng cho cả đoạn", index, Run: new RunFormat(Italic: false)));
        }
    }

    /// <summary>Whether any run of <paramref name="p"/> is italic.</summary>
    private static bool HasItalic(DocParagraph p)
    {
        for (var i = 0; i < p.Runs.Count; i++)
            if (p.Runs[i].Format.Italic) return true;
        return false;
    }

    /// <summary>Letters drawn by the paragraph's visible runs, and how many of them are italic.</summary>
    private static (int Letters, int Italic) Letters(DocParagraph p)
    {
        int letters = 0, italic = 0;
        foreach (var r in p.VisibleRuns)
        {
            var n = r.Text.Count(char.IsLetter);
            letters += n;
            if (r.Format.Italic) italic += n;
        }
        return (letters, italic);
    }

    /// <summary>The format of the run drawing most letters (for reading a short line as a title).</summary>
    private static ThiDua.Docx.Formatting.RunFormat DominantFormat(DocParagraph p) =>
        p.VisibleRuns.GroupBy(r => r.Format).OrderByDescending(g => g.Sum(r => r.Text.Length)).Select(g => g.Key).FirstOrDefault() ?? p.MarkFormat;
}
