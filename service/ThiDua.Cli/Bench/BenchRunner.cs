using ThiDua.Docx.Package;
using ThiDua.Rules;

namespace ThiDua.Cli.Bench;

/// <summary>One document's figures. Times in ms (warm medians); allocation in bytes (all threads); null when the check failed.</summary>
public sealed record BenchRow(string Name, double Pages, long Size, double BaselineMs, double GuardMs, double? CheckMs, long? CheckAllocated, string? CheckError);

/// <summary>
/// The whole run: per-document rows, throughput with 2 workers (documents/s), peak working sets (bytes) of this process
/// after each phase, and the memory of checking the long plan measured alone in fresh processes (null when that failed).
/// </summary>
public sealed record BenchResult(
    IReadOnlyList<BenchRow> Rows,
    double BaselinePerSecond,
    double? CheckPerSecond,
    long PeakAtStart,
    long PeakAfterBaseline,
    long PeakAfterCorpusCheck,
    long PeakAfterGeneratedCheck,
    IsolatedMemory? LongPlanMemory);

/// <summary>
/// Measures, in one process and side by side, the engine's <see cref="PlanEngine.Check"/> and the bare baseline
/// (<see cref="BaselineReader"/>), plus the <see cref="PackageGuard"/> alone, on every corpus plan and the generated plans.
/// Phases run in order — baseline, check of the corpus, check of the generated plans — so the process peak after each
/// phase shows what that phase added; the long plan's own memory is then measured in fresh processes
/// (<see cref="IsolatedMemory"/>), where nothing else has raised the peak before it.
/// </summary>
public sealed class BenchRunner(PlanEngine engine, int runs, int workers = 2)
{
    /// <summary>
    /// Runs the benchmark over <paramref name="corpus"/> and <paramref name="generated"/> (name, bytes; the last generated
    /// plan is the long one). Throughput is measured on the corpus.
    /// </summary>
    public BenchResult Run(IReadOnlyList<(string Name, byte[] Bytes)> corpus, IReadOnlyList<(string Name, byte[] Bytes)> generated)
    {
        var documents = corpus.Concat(generated).ToList();
        var peakAtStart = Timing.PeakWorkingSet();
        var baseline = documents.Select(d => Timing.MedianMilliseconds(() => BaselineReader.ReadAllText(d.Bytes), runs)).ToArray();
        var guard = documents.Select(d => Timing.MedianMilliseconds(() => PackageGuard.Validate(d.Bytes), runs)).ToArray();
        var throughputCount = Math.Max(200, corpus.Count * runs);
        var baselinePerSecond = Timing.Throughput(i => BaselineReader.ReadAllText(corpus[i % corpus.Count].Bytes), throughputCount, workers);
        var peakAfterBaseline = Timing.PeakWorkingSet();

        var checks = corpus.Select(MeasureCheck).ToList();
        double? checkPerSecond = checks.All(c => c.Error is null)
            ? Timing.Throughput(k => Check(corpus[k % corpus.Count]), throughputCount, workers)
            : null;
        var peakAfterCorpus = Timing.PeakWorkingSet();
        checks.AddRange(generated.Select(MeasureCheck));
        var peakAfterGenerated = Timing.PeakWorkingSet();

        var rows = documents.Select((d, i) => new BenchRow(d.Name, EstimatePages(d.Bytes), d.Bytes.Length, baseline[i], guard[i], checks[i].Ms, checks[i].Allocated, checks[i].Error)).ToList();
        var longPlan = generated.Count > 0 && checks[^1].Error is null ? IsolatedMemory.Measure(generated[^1].Bytes) : null;
        return new BenchResult(rows, baselinePerSecond, checkPerSecond, peakAtStart, peakAfterBaseline, peakAfterCorpus, peakAfterGenerated, longPlan);
    }

    private (double? Ms, long? Allocated, string? Error) MeasureCheck((string Name, byte[] Bytes) document)
    {
        try
        {
            var ms = Timing.MedianMilliseconds(() => Check(document), runs);
            return (ms, Timing.AllocatedBytes(() => Check(document)), null);
        }
        catch (Exception ex)
        {
            return (null, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Check((string Name, byte[] Bytes) document) => engine.Check(new MemoryStream(document.Bytes, writable: false), document.Name);

    private static double EstimatePages(byte[] docx)
    {
        using var document = DocxLoader.Open(docx);
        return PageEstimate.Pages(document.MainDocumentPart!.Document!.Body!);
    }
}
