using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Rules;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// Warms the engine before the service takes requests (<see cref="EngineOptions.WarmUp"/>): checks, extracts, fixes and
/// tags the built-in plans (<see cref="WarmUpPlans"/>: one the service authors, and the same spoiled) a few times and writes the reports as the API writes them (its JSON options), so the just-in-time compiler has
/// compiled — and tiered compilation has begun to optimise — the reading, recognition, rule, KPI and report-writing code
/// before the first officer's plan arrives (tests/bench/warm-start.sh: the first check of a 7-page plan after a start,
/// 1.9 s of CPU without it, 0.8 s with it, 0.09 s warm, on a loaded machine). A hosted service's start is awaited before
/// the server listens, so the warm-up delays the start instead of the first request; a failure is logged and does not
/// stop the service.
/// </summary>
public sealed class EngineWarmUp(PlanEngine engine, IOptions<EngineOptions> options, IOptions<JsonOptions> json, ILogger<EngineWarmUp> logger)
    : IHostedService
{
    /// <summary>Rounds of check + extract; past 30 calls a method is queued for optimisation by tiered compilation.</summary>
    private const int Rounds = 32;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUp) return Task.CompletedTask;
        var clock = Stopwatch.StartNew();
        try
        {
            var elements = CreateEveryElementType();
            foreach (var docx in new[] { WarmUpPlans.Clean, WarmUpPlans.Spoiled })
            {
                for (var i = 0; i < Rounds && !cancellationToken.IsCancellationRequested; i++)
                {
                    engine.Check(new MemoryStream(docx, writable: false), "khoi-dong.docx", cancellationToken: cancellationToken);
                    engine.Extract(new MemoryStream(docx, writable: false), "khoi-dong.docx", cancellationToken);
                }
                JsonSerializer.SerializeToUtf8Bytes(engine.Check(new MemoryStream(docx, writable: false), "khoi-dong.docx", cancellationToken: cancellationToken),
                    json.Value.SerializerOptions);
                JsonSerializer.SerializeToUtf8Bytes(engine.Extract(new MemoryStream(docx, writable: false), "khoi-dong.docx", cancellationToken),
                    json.Value.SerializerOptions);
                engine.Fix(new MemoryStream(docx, writable: false), null, cancellationToken: cancellationToken);
                engine.Tag(new MemoryStream(docx, writable: false), cancellationToken);
            }
            logger.LogInformation("Engine warmed up in {Milliseconds} ms ({Elements} Open XML element types)", clock.ElapsedMilliseconds, elements);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Engine warm-up failed after {Milliseconds} ms; the first requests will be slower", clock.ElapsedMilliseconds);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Creates one element of every Open XML element type and asks its name, which builds the type's metadata: reading a
    /// plan Word saved meets element types no built-in plan has — drawings and their DrawingML, VML shapes, Office 2010–2021
    /// extensions (w14, wps, wp14…) — and the Open XML SDK prepares each type on first meeting it: 1 300 methods compiled
    /// during the first check of a real 7-page plan after a warm-up on the built-in plans alone (DOTNET_JitDisasmSummary).
    /// </summary>
    /// <returns>How many types were prepared.</returns>
    private static int CreateEveryElementType()
    {
        var count = 0;
        var schemas = typeof(DocumentFormat.OpenXml.Wordprocessing.Paragraph).Assembly; // the generated element classes of every namespace
        foreach (var type in schemas.GetExportedTypes())
        {
            if (type.IsAbstract || type.IsGenericTypeDefinition || !type.IsSubclassOf(typeof(DocumentFormat.OpenXml.OpenXmlElement)) ||
                type.GetConstructor(Type.EmptyTypes) is null)
                continue;
            _ = ((DocumentFormat.OpenXml.OpenXmlElement)Activator.CreateInstance(type)!).LocalName;
            count++;
        }
        return count;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
