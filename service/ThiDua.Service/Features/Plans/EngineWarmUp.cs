using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Plans.Authoring;
using ThiDua.Rules;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// Warms the engine before the service takes requests (<see cref="EngineOptions.WarmUp"/>): authors a plan of its own
/// (<see cref="NewPlanBuilder"/>, every standard section, numeric and qualitative chỉ tiêu) and checks, extracts, fixes and
/// tags it a few times and writes the reports as the API writes them (its JSON options), so the just-in-time compiler has
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
            var docx = NewPlanBuilder.Create(new PlanParameters(Unit, 2025, "Phát động phong trào thi đua năm 2025") { Targets = Targets });
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
            logger.LogInformation("Engine warmed up in {Milliseconds} ms", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Engine warm-up failed after {Milliseconds} ms; the first requests will be slower", clock.ElapsedMilliseconds);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static readonly UnitProfile Unit = new(
        "Ủy ban nhân dân xã Khởi Động", "UBND huyện Mẫu", "Khởi Động", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
        ["Phòng Nội vụ huyện", "Các thôn"], "VP-TK");

    private static readonly TargetSpec[] Targets =
    [
        new("nong-nghiep.nang-suat-lua", "Năng suất cây lúa bình quân", "kinh-te", ">=", 61m, "tạ/ha"),
        new("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ bảo hiểm y tế", "xa-hoi", ">=", 95m, "%"),
        new("", "An ninh chính trị, trật tự an toàn xã hội được giữ vững", "", "", null, ""),
    ];
}
