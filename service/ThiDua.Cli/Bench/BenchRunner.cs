using ThiDua.Docx.Package;
using ThiDua.Rules;

namespace ThiDua.Cli.Bench;

/// <summary>One document's figures. Times in ms (warm medians); allocation in bytes; null when the check failed.</summary>
public sealed record BenchRow(string Name, double Pages, long Size, double BaselineMs, double GuardMs, double? CheckMs, long? CheckAllocated, string? CheckError);

/// <summary>The whole run: per-document rows, throughput with 2 workers (documents/s) and peak working sets (bytes) after each phase.</summary>
public sealed record BenchResult(
    IReadOnlyList<BenchRow> Rows,
    double BaselinePerSecond,
    double? CheckPerSecond,
    long PeakAtStart,
    long PeakAfterBaseline,
    long PeakAfterCorpusCheck,
    long PeakAfterLargeCheck);

/// <summary>
/// Measures, in one process and side by side, the engine's <see cref="PlanEngine.Check"/> and the bare baseline
/// (<see cref="BaselineReader"/>), plus the <see cref="PackageGuard"/> alone, on every corpus plan and a generated long plan.
/// Phases run in order — baseline, check of the corpus, check of the long plan — so the process peak after each phase
/// shows what that phase added.
/// </summary>
public sealed class BenchRunner(PlanEngine engine, int runs, int workers = 2)
{
    /// <summary>Runs the benchmark over <paramref name="documents"/> (name, bytes); the last one is the long plan.</summary>
    public BenchResult Run(IReadOnlyList<(string Name, byte[] Bytes)> documents)
    {
        var peakAtStart = Timing.PeakWorkingSet();
        var baseline = documents.Select(d => Timing.MedianMilliseconds(() => BaselineReader.ReadAllText(d.Bytes), runs)).ToArray();
        var guard = documents.Select(d => Timing.MedianMilliseconds(() => PackageGuard.Validate(d.Bytes), runs)).ToArray();
        var corpus = documents.Take(documents.Count - 1).ToArray();
        var throughputCount = Math.Max(200, corpus.Length * runs);
        var baselinePerSecond = Timing.Throughput(i => BaselineReader.ReadAllText(corpus[i % corpus.Length].Bytes), throughputCount, workers);
        var peakAfterBaseline = Timing.PeakWorkingSet();

        var checks = new (double? Ms, long? Allocated, string? Error)[documents.Count];
        double? checkPerSecond = null;
        long peakAfterCorpus = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            checks[i] = MeasureCheck(documents[i]);
            if (i == documents.Count - 2)
            {
                if (checks.Take(corpus.Length).All(c => c.Error is null))
                    checkPerSecond = Timing.Throughput(k => Check(corpus[k % corpus.Length]), throughputCount, workers);
                peakAfterCorpus = Timing.PeakWorkingSet();
            }
        }
        var rows = documents.Select((d, i) => new BenchRow(d.Name, EstimatePages(d.Bytes), d.Bytes.Length, baseline[i], guard[i], checks[i].Ms, checks[i].Allocated, checks[i].Error)).ToList();
        return new BenchResult(rows, baselinePerSecond, checkPerSecond, peakAtStart, peakAfterBaseline, peakAfterCorpus, Timing.PeakWorkingSet());
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
