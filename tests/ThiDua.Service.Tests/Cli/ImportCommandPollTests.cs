using System.Text.Json;
using ThiDua.Cli;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Request = WireMock.RequestBuilders.Request;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// <c>thidua import</c> while the service restarts: a poll answered 503 (then none at all would be the same) is tried again and
/// the run ends with the import's report; a poll refused for good (403 is not a passing state) still ends the run.
/// </summary>
public sealed class ImportCommandPollTests : IDisposable
{
    private static readonly Guid Id = Guid.Parse("4f1d3c2b-0a9e-4b8c-9d7e-6f5a4b3c2d1e");
    private readonly WireMockServer service = WireMockServer.Start();

    private static string Report(string status, int done) => JsonSerializer.Serialize(new
    {
        id = Id, status, source = new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", folderPath = "Kế hoạch" }, found = 1, done,
        files = done == 0 ? [] : new[] { new { file = "Kế hoạch thi đua.docx", outcome = "stored", message = "Đã lưu.", planId = 1, kpiCount = 7, contentHash = new string('a', 64) } },
        error = (string?)null,
    });

    private void Serve(int pollStatus, string? body = null)
    {
        service.Given(Request.Create().WithPath("/api/imports").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Content-Type", "application/json").WithBody(Report("queued", 0)));
        service.Given(Request.Create().WithPath($"/api/imports/{Id}").UsingGet()).InScenario("poll").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(pollStatus).WithHeader("Content-Type", "application/problem+json")
                .WithBody("""{"title":"Dịch vụ đang khởi động lại","status":503}"""));
        service.Given(Request.Create().WithPath($"/api/imports/{Id}").UsingGet()).InScenario("poll").WhenStateIs("failed once")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body ?? Report("completed", 1)));
    }

    [Fact]
    public async Task A_failed_poll_is_tried_again_and_the_import_report_follows()
    {
        Serve(503);
        var run = await CliRun.RunAsync("import", "--site-url", "https://ubnd.sharepoint.com/sites/noivu", "--folder", "Kế hoạch",
            "--server", service.Urls[0], "--token", "abc.def.ghi");

        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        Assert.Contains("Kế hoạch thi đua.docx", run.Out);
        Assert.Contains("thidua: cảnh báo: không đọc được tiến độ đợt nhập", Assert.Single(CliRun.Lines(run.Err)));
    }

    [Fact]
    public async Task A_poll_refused_for_good_ends_the_run_with_one_line()
    {
        Serve(400);
        var run = await CliRun.RunAsync("import", "--onedrive", "--server", service.Urls[0], "--token", "abc.def.ghi");

        Assert.Equal(ExitCodes.InternalError, run.Code);
        Assert.StartsWith("thidua: lỗi: không đọc được tiến độ đợt nhập", Assert.Single(CliRun.Lines(run.Err)));
    }

    public void Dispose() => service.Stop();
}
