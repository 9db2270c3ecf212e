using System.Text.Json;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Kpis;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// Chỉ tiêu of the real published plans of <c>../shared/real-plans</c> against the rows of its <c>truth.json</c>, matched
/// the way its README and <c>score.py</c> say: a true target is found by a numeric record of the same value (a span by its
/// lower end), and, for the second measure, the same comparator in plan-schema.md terms; every record left over is a
/// false positive. The files that set no target (reports of results, a plan's preamble) give no record at all.
/// </summary>
public sealed class RealPlanTargetTests
{
    private static readonly PlanEngine Engine = new();

    private sealed record Want(decimal Value, string Comparator, string Label);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Want>>> Truth = new(ReadTruth);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Target>>> Extracted = new(() =>
        Truth.Value.Keys.ToDictionary(f => f, f =>
        {
            using var stream = File.OpenRead(Corpus.RealPlan(f));
            return (IReadOnlyList<Target>)Engine.Extract(stream, f).Kpis.Where(k => !k.Qualitative && k.Value is not null).ToList();
        }));

    public static TheoryData<string> FilesWithoutTargets()
    {
        var data = new TheoryData<string>();
        foreach (var (file, rows) in ReadTruth()) if (rows.Count == 0) data.Add(file);
        return data;
    }

    public static TheoryData<string> FilesWithTargets()
    {
        var data = new TheoryData<string>();
        foreach (var (file, rows) in ReadTruth()) if (rows.Count > 0) data.Add(file);
        return data;
    }

    [Fact]
    public void Truth_covers_every_real_plan() =>
        Assert.Equal(Directory.GetFiles(Corpus.RealPlansDirectory, "*.docx").Select(Path.GetFileName).Order(), Truth.Value.Keys.Order());

    [Theory]
    [MemberData(nameof(FilesWithoutTargets))]
    public void A_text_that_sets_no_target_gives_no_record(string file) =>
        Assert.Empty(Extracted.Value[file]);

    [Theory]
    [MemberData(nameof(FilesWithTargets))]
    public void Every_record_of_a_plan_carries_its_evidence(string file) =>
        Assert.All(Extracted.Value[file], t =>
            Assert.True(t.Evidence.Heading.Length + t.Evidence.Wording.Length + t.Evidence.Column.Length > 0, $"{t.Label} {t.Value}: no evidence"));

    public static TheoryData<string> EveryPlan()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus.RealPlansDirectory, "*.docx").Concat(Directory.GetFiles(Corpus.Directory, "*.docx")).Order(StringComparer.Ordinal))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPlan))]
    public void The_check_finds_the_same_unreadable_chỉ_tiêu_as_a_full_reading(string path)
    {
        using var stream = File.OpenRead(path);
        var plan = Engine.Read(stream);
        Assert.Equal(PlanTargetReader.Read(plan).Unparsed, PlanTargetReader.ReadUnparsed(plan));
    }

    [Fact]
    public void Recall_and_precision_by_value_are_at_least_95_percent() =>
        AssertScore(withComparator: false, 0.95);

    [Fact]
    public void Recall_and_precision_by_value_and_comparator_are_at_least_90_percent() =>
        AssertScore(withComparator: true, 0.90);

    private static void AssertScore(bool withComparator, double floor)
    {
        int tp = 0, fn = 0, fp = 0;
        var missed = new List<string>();
        foreach (var (file, rows) in Truth.Value)
        {
            var pool = Extracted.Value[file].ToList();
            foreach (var want in rows)
            {
                var hit = pool.FirstOrDefault(t => Same(t.Value!.Value, want.Value) && (!withComparator || t.Comparator == want.Comparator));
                if (hit is null) { fn++; missed.Add($"{file}: {want.Label} {want.Comparator} {want.Value}"); continue; }
                pool.Remove(hit);
                tp++;
            }
            fp += pool.Count;
            missed.AddRange(pool.Select(t => $"{file}: extra «{t.Label}» {t.Comparator} {t.Value}"));
        }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        Assert.True(precision >= floor && recall >= floor,
            $"precision {precision:F2}, recall {recall:F2} (tp {tp}, fn {fn}, fp {fp})\n{string.Join("\n", missed)}");
    }

    private static bool Same(decimal a, decimal b) => Math.Abs(a - b) <= 1e-6m * Math.Max(1m, Math.Abs(b));

    /// <summary>The rows of truth.json by file: the value (a span's lower end) and the relation in plan-schema.md terms.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Want>> ReadTruth()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.RealPlansDirectory, "truth.json")));
        return doc.RootElement.EnumerateObject().ToDictionary(f => f.Name, f => (IReadOnlyList<Want>)f.Value.GetProperty("rows").EnumerateArray()
            .Select(r => new Want(
                r.GetProperty("value").ValueKind == JsonValueKind.Number ? r.GetProperty("value").GetDecimal() : r.GetProperty("range")[0].GetDecimal(),
                SchemaComparator(r.GetProperty("rel").GetString()!),
                r.GetProperty("label").GetString()!))
            .ToList());
    }

    /// <summary>The README's relation (<c>≥</c>, <c>Δ+ ≥</c>, <c>×</c>…) as a plan-schema.md comparator.</summary>
    private static string SchemaComparator(string rel)
    {
        rel = rel.Split('(')[0].Trim();
        if (rel.Contains('×', StringComparison.Ordinal)) return KpiComparator.Multiple;
        if (rel.StartsWith("Δ+", StringComparison.Ordinal)) return KpiComparator.Increase;
        if (rel.StartsWith("Δ−", StringComparison.Ordinal) || rel.StartsWith("Δ-", StringComparison.Ordinal)) return KpiComparator.Decrease;
        return rel switch { "≥" => KpiComparator.AtLeast, "≤" => KpiComparator.AtMost, _ => rel };
    }
}
