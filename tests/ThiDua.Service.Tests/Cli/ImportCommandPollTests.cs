using System.Text.Json;
using ThiDua.Cli;
using ThiDua.Cli.Service;
using Step = ThiDua.Service.Tests.Cli.ScriptedService.Step;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// <c>thidua import</c> and <c>thidua submit</c> against a service that restarts, throttles or fails (a real HTTP server, scripted):
/// a failed or throttled poll is tried again — after its <c>Retry-After</c> — and the run ends with the import's report; a poll
/// refused for good, or failing past the retries, ends the run with one line after the one warning; an import start or a
/// submission is sent again only when the service did not take it.
/// </summary>
public sealed class ImportCommandPollTests : IAsyncLifetime
{
    private const string Id = "4f1d3c2b-0a9e-4b8c-9d7e-6f5a4b3c2d1e";
    private const string Poll = "/api/imports/" + Id;
    private ScriptedService service = null!;

    public async Task InitializeAsync() => service = await ScriptedService.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    private static string Report(string status, int done) => JsonSerializer.Serialize(new
    {
        id = Id, status, source = new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", folderPath = "Kế hoạch" }, found = 1, done,
        files = done == 0 ? [] : new[] { new { file = "Kế hoạch thi đua.docx", outcome = "stored", message = "Đã lưu.", planId = 1, kpiCount = 7, contentHash = new string('a', 64) } },
        error = (string?)null,
    });

    private static Step Problem(int status, string? retryAfter = null) =>
        new(status, retryAfter, $$"""{"title":"Dịch vụ đang khởi động lại","status":{{status}}}""");

    private void Serve(params Step[] polls)
    {
        service.On("POST", "/api/imports", new Step(202, Body: Report("queued", 0)));
        service.On("GET", Poll, [.. polls, new Step(200, Body: Report("completed", 1))]);
    }

    private Task<(int Code, string Out, string Err)> Import() =>
        CliRun.RunAsync("import", "--onedrive", "--server", service.Address.AbsoluteUri, "--token", "abc.def.ghi");

    [Fact]
    public async Task A_failed_poll_is_tried_again_and_the_import_report_follows()
    {
        Serve(Problem(503, "0"), Step.Drop);
        var run = await Import();

        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        Assert.Contains("Kế hoạch thi đua.docx", run.Out);
        Assert.Equal(3, service.Calls("GET", Poll).Count);
        Assert.Equal($"thidua: cảnh báo: máy chủ {service.Address} tạm thời chưa trả lời được (HTTP 503); đang thử lại.", Assert.Single(CliRun.Lines(run.Err)));
    }

    [Fact]
    public async Task A_throttled_poll_waits_what_Retry_After_says()
    {
        Serve(Problem(429, "2"));
        var run = await Import();

        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        var polls = service.Calls("GET", Poll);
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(1.95), "Retry-After: 2 not waited");
        Assert.Contains("(HTTP 429)", Assert.Single(CliRun.Lines(run.Err)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polls_failing_past_the_retries_end_the_run_with_the_warning_and_one_line()
    {
        service.On("POST", "/api/imports", new Step(202, Body: Report("queued", 0)));
        service.On("GET", Poll, Problem(503, "0"));
        var run = await Import();

        Assert.Equal(ExitCodes.InternalError, run.Code);
        Assert.Equal(1 + ServiceHttp.ReadRetries, service.Calls("GET", Poll).Count);
        var lines = CliRun.Lines(run.Err);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("thidua: cảnh báo: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"thidua: lỗi: không đọc được tiến độ đợt nhập {Id} (HTTP 503)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_refused_for_good_ends_the_run_with_one_line()
    {
        Serve(Problem(400));
        var run = await Import();

        Assert.Equal(ExitCodes.InternalError, run.Code);
        Assert.Single(service.Calls("GET", Poll));
        Assert.StartsWith("thidua: lỗi: không đọc được tiến độ đợt nhập", Assert.Single(CliRun.Lines(run.Err)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_start_the_service_did_not_take_is_sent_again_and_one_it_may_have_taken_is_not()
    {
        Serve();
        service.On("POST", "/api/imports", Problem(429, "1"), new Step(202, Body: Report("queued", 0)));
        var taken = await Import();
        var starts = service.Calls("POST", "/api/imports").Count;
        service.On("POST", "/api/imports", Problem(500), new Step(202, Body: Report("queued", 0)));
        var failed = await Import();

        Assert.True(taken.Code == ExitCodes.Ok, taken.Err);
        Assert.Equal(2, starts);
        Assert.Equal(ExitCodes.InternalError, failed.Code);
        Assert.Equal(starts + 1, service.Calls("POST", "/api/imports").Count);
        Assert.Contains("(HTTP 500)", Assert.Single(CliRun.Lines(failed.Err)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_submission_is_sent_again_after_Retry_After_and_its_file_reported_once()
    {
        const string Answer = """{"items":[{"file":"tien-dong-2024.docx","status":201,"result":{"outcome":"stored","message":"Đã lưu kế hoạch."}}]}""";
        service.On("POST", "/api/plans/submit/batch", Problem(429, "1"), new Step(200, Body: Answer));
        var run = await CliRun.RunAsync("submit", Corpus.File("tien-dong-2024.docx"), "--server", service.Address.AbsoluteUri, "--token", "abc.def.ghi");

        Assert.True(run.Code == ExitCodes.Ok, run.Out + run.Err);
        var sends = service.Calls("POST", "/api/plans/submit/batch");
        Assert.Equal(2, sends.Count);
        Assert.True(sends[1].At - sends[0].At >= TimeSpan.FromSeconds(0.95), "Retry-After: 1 not waited");
        Assert.Equal(sends[0].Body, sends[1].Body);
        Assert.Single(CliRun.Lines(run.Out), l => l.Contains("tien-dong-2024.docx: ", StringComparison.Ordinal));
    }
}
