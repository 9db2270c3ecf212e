using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Plans.Kpis;

/// <summary>A sentence of a passage, weighed once (<see cref="TargetMood.Weigh(string, int?)"/>) for both the document's lean and its own reading.</summary>
/// <param name="Start">Index of its first character in the passage's text.</param>
/// <param name="End">Index after its last character.</param>
/// <param name="Weight">The weight of its own words (positive: target, negative: result).</param>
/// <param name="Words">The target words found in it.</param>
/// <param name="Continues">True when it opens by continuing the sentence before it (<c>Trong đó, …</c>).</param>
internal readonly record struct WeighedSentence(int Start, int End, int Weight, IReadOnlyList<string> Words, bool Continues);

/// <summary>
/// The sentences of a body's passages for <see cref="TargetDiscovery"/>: the year the text is written for, each passage's
/// sentences weighed (<see cref="TargetMood.Weigh(string, int?)"/>) and the document's lean, each worked out on first use —
/// finding only what cannot be read weighs the sentences of the lists of targets, and the others only when a sentence
/// there goes with one of them or says nothing in a part that says nothing either.
/// </summary>
internal sealed partial class TargetSentences
{
    private readonly List<TargetPassage> passages;
    private readonly TargetDocument document;
    private readonly string?[] lowered;
    private readonly List<WeighedSentence>?[] weighed;
    private int? prior;

    /// <summary>The sentences of <paramref name="passages"/>, in a document that says <paramref name="document"/> of itself.</summary>
    public TargetSentences(List<TargetPassage> passages, TargetDocument document)
    {
        this.passages = passages;
        this.document = document;
        lowered = new string?[passages.Count];
        weighed = new List<WeighedSentence>?[passages.Count];
        Year = document.Year ?? LatestYear();
    }

    /// <summary>The year the plan is for: the document's, else the one its text is written for (<see cref="LatestYear"/>).</summary>
    public int? Year { get; }

    /// <summary>
    /// The sentences of passage <paramref name="p"/>, weighed. The passage's <see cref="KpiText.Lower"/> form maps character
    /// for character, so a sentence's lower form is its range of the passage's (a span, not a copy).
    /// </summary>
    public List<WeighedSentence> Of(int p)
    {
        if (weighed[p] is { } known) return known;
        var sentences = new List<WeighedSentence>(1);
        var text = LowerOf(p);
        foreach (var (start, end) in Sentences(passages[p].Text))
        {
            var lower = text.AsSpan(start, end - start); // no copy: a regex runs on a string only when the sentence names a year
            var (weight, words) = start == 0 && end == text.Length ? TargetMood.Weigh(text, Year) : TargetMood.Weigh(lower, Year);
            sentences.Add(new WeighedSentence(start, end, weight, words, weight == 0 && TargetMood.Continues(lower)));
        }
        return weighed[p] = sentences;
    }

    /// <summary>
    /// How the document leans when a sentence and its part say nothing: its title (<c>KẾ HOẠCH</c> +2, <c>BÁO CÁO</c> −2)
    /// and, for each sentence, the sign of its own wording.
    /// </summary>
    public int Prior => prior ??= ComputePrior();

    /// <summary>
    /// Whether <paramref name="sentence"/> is taken as a target: by its own wording against its part's topic weight
    /// (<see cref="TargetMood.Weight"/>); a sentence that says nothing goes with the sentence before it when it opens by
    /// continuing it (in its passage, else <paramref name="last"/>), else with the sentence before it in its passage, else
    /// with its part, and in a part that says nothing with the document (<see cref="Prior"/>).
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="topicWeight">The weight of the topic of the part it stands in.</param>
    /// <param name="previous">Whether the sentence before it in its passage was taken; null for the first.</param>
    /// <param name="last">Whether the last sentence read before its passage was taken.</param>
    public bool Take(WeighedSentence sentence, int topicWeight, bool? previous, TakenBefore last)
    {
        if (sentence.Weight != 0) return topicWeight + sentence.Weight > 0;
        if (sentence.Continues && (previous ?? last.Resolve(this)) is { } before) return before;
        if (previous is { } inPassage) return inPassage;
        return topicWeight > 0 || (topicWeight == 0 && Prior > 0);
    }

    private string LowerOf(int p) => lowered[p] ??= KpiText.Lower(passages[p].Text);

    private int ComputePrior()
    {
        var sum = TargetMood.TitleWeight(document.Title);
        for (var p = 0; p < passages.Count; p++)
            foreach (var sentence in Of(p))
                sum += Math.Sign(sentence.Weight);
        return sum;
    }

    /// <summary>
    /// The year the text is written for when the plan does not say: the latest year of a full date it gives (<c>26/12/2024</c>,
    /// <c>ngày 01 tháng 02 năm 2024</c>), else the year it names most often (the latest on a tie), a year compared with
    /// (<c>so với năm 2015</c>) left out.
    /// </summary>
    private int? LatestYear()
    {
        int? dated = null;
        var counts = new Dictionary<int, int>();
        for (var p = 0; p < passages.Count; p++)
        {
            foreach (Match m in FullDate().Matches(passages[p].Text))
                dated = Math.Max(dated ?? 0, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
            foreach (Match m in NamedYear().Matches(LowerOf(p)))
            {
                if (m.Groups["lead"].Success) continue;
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                counts[y] = counts.GetValueOrDefault(y) + 1;
            }
        }
        if (dated is not null) return dated;
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).First().Key;
    }

    [GeneratedRegex(@"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?<y>(?:19|20)\d{2})\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?<y>(?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<lead>\b(?:so\s+với|so|bằng)\s+)?\bnăm\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYear();

    /// <summary>The sentences of a passage: ends at <c>. ! ?</c> before a capital (or the end), as index ranges.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) continue;
            yield return (start, i + 1);
            start = i + 2;
        }
        if (start < text.Length) yield return (start, text.Length);
    }
}

/// <summary>
/// Whether the last sentence read before a passage was taken as a target (<see cref="TargetSentences.Take"/>): known, or
/// that of the last sentence of an earlier passage whose sentences are weighed only when this is asked (a sentence opening
/// with <c>Trong đó</c> that says nothing of itself goes with it).
/// </summary>
internal sealed class TakenBefore
{
    private int passage;
    private int topicWeight;
    private TakenBefore? before;
    private bool? value;

    private TakenBefore() { }

    /// <summary>Nothing read yet.</summary>
    public static TakenBefore None { get; } = new();

    /// <summary>A known answer.</summary>
    public static TakenBefore Known(bool value) => value ? Taken : NotTaken;

    /// <summary>That of the last sentence of passage <paramref name="passage"/>, in a part of topic weight <paramref name="topicWeight"/>, read after <paramref name="before"/>.</summary>
    public static TakenBefore After(int passage, int topicWeight, TakenBefore before) =>
        new() { passage = passage, topicWeight = topicWeight, before = before };

    private static readonly TakenBefore Taken = new() { value = true };
    private static readonly TakenBefore NotTaken = new() { value = false };

    private bool Resolved => before is null;

    /// <summary>The answer, weighing the passages it waits on (back to the first known answer, then forward: no recursion).</summary>
    public bool? Resolve(TargetSentences sentences)
    {
        if (Resolved) return value;
        var chain = new Stack<TakenBefore>();
        for (var node = this; !node.Resolved; node = node.before!) chain.Push(node);
        while (chain.Count > 0)
        {
            var node = chain.Pop();
            bool? previous = null;
            foreach (var sentence in sentences.Of(node.passage)) previous = sentences.Take(sentence, node.topicWeight, previous, node.before!);
            node.value = previous ?? node.before!.value;
            node.before = null;
        }
        return value;
    }
}
