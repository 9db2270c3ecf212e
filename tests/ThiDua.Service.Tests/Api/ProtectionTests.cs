using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Service.Tests.Api;

/// <summary>Security headers on pages and on the API, and the rate limits with their Vietnamese 429.</summary>
public class ProtectionTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task The_pane_may_be_framed_by_office_hosts_only_and_runs_only_its_own_scripts_and_office_js()
    {
        var root = Directory.CreateTempSubdirectory("thidua-pane-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "taskpane.html"), "<!doctype html><title>Ngăn</title>");
            using var withPane = factory.WithWebHostBuilder(b => b.UseSetting("Pane:Root", root.FullName));
            using var client = withPane.CreateClient();
            var page = await client.GetAsync("/taskpane.html");

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var csp = Directive(page);
            Assert.Equal(["'self'", "https://appsforoffice.microsoft.com"], csp["script-src"]);
            Assert.Contains("https://*.officeapps.live.com", csp["frame-ancestors"]);
            Assert.Contains("'self'", csp["frame-ancestors"]);
            Assert.DoesNotContain("*", csp["frame-ancestors"]);
            Assert.Contains("https://login.microsoftonline.com", csp["connect-src"]);
            Assert.Equal(["'none'"], csp["object-src"]);
            Assert.False(page.Headers.Contains("X-Frame-Options"), "the pane must stay frameable by Office on the web");
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(page.Headers.Contains("Server"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Api_answers_and_problems_load_nothing_and_are_framed_by_nobody()
    {
        using var client = factory.CreateClient();
        foreach (var response in new[] { await client.GetAsync("/api/sections"), await client.GetAsync("/api/khong-co") })
        {
            var csp = Directive(response);
            Assert.Equal(["'none'"], csp["default-src"]);
            Assert.Equal(["'none'"], csp["frame-ancestors"]);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task The_frame_ancestors_come_from_configuration_when_given()
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Security:FrameAncestors:0", "https://office.example.vn"));
        using var client = configured.CreateClient();
        var csp = Directive(await client.GetAsync("/dashboard"));
        Assert.Equal(["'self'", "https://office.example.vn"], csp["frame-ancestors"]);
    }

    [Fact]
    public async Task Past_the_per_user_limit_a_request_gets_a_vietnamese_429_with_retry_after()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:PerUserPerMinute", "3"));
        using var client = limited.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sections")).StatusCode);
        var refused = await client.GetAsync("/api/sections");

        var problem = await ProblemAssert.IsProblem(refused, 429, "TooManyRequests");
        Assert.Contains("giây", problem.GetProperty("detail").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task Past_the_per_address_limit_even_anonymous_requests_get_429()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:PerAddressPerMinute", "2"));
        using var client = limited.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/pane/config")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await ProblemAssert.IsProblem(await client.GetAsync("/api/pane/config"), 429, "TooManyRequests");
    }

    [Fact]
    public async Task One_user_starts_a_bounded_number_of_imports_per_hour()
    {
        // Imports are stored: in a database of the test's own, and with Graph credentials that need no Entra ID (LocalDevelopment has none).
        var data = Directory.CreateTempSubdirectory("thidua-imports-limit-");
        try
        {
            using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ImportsPerUserPerHour", "2").UseSetting("Database:DataFolder", data.FullName)
                .ConfigureTestServices(s => s.AddSingleton<IGraphCredentials, StandInGraphCredentials>()));
            using var client = limited.CreateClient();
            var body = JsonSerializer.Serialize(new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", folderPath = "Kế hoạch" });
            for (var i = 0; i < 2; i++)
                Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/imports", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
            await ProblemAssert.IsProblem(await client.PostAsync("/api/imports", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), 429, "TooManyRequests");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { data.Delete(recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task Without_sign_in_by_entra_id_an_import_is_refused_at_once_with_503()
    {
        var data = Directory.CreateTempSubdirectory("thidua-imports-local-");
        try
        {
            using var local = factory.WithWebHostBuilder(b => b.UseSetting("Database:DataFolder", data.FullName));
            using var client = local.CreateClient();
            var body = JsonSerializer.Serialize(new { oneDrive = true });
            await ProblemAssert.IsProblem(await client.PostAsync("/api/imports", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), 503, "GraphUnavailable");
            body = JsonSerializer.Serialize(new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", folderPath = "Kế hoạch/../../users/x/drive/root" });
            await ProblemAssert.IsProblem(await client.PostAsync("/api/imports", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), 400, "InvalidParameter");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { data.Delete(recursive: true); } catch (IOException) { }
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("fix")]
    [InlineData("../plans/tag")]
    [InlineData("../plans/tag/controls")]
    public async Task A_plan_the_engine_cannot_read_before_its_deadline_is_422_and_the_service_goes_on(string endpoint)
    {
        // A clock on which every deadline has already passed: a timer on the real clock can fire late when the thread
        // pool is busy (tests run in parallel), and a small plan is then read whole before it fires.
        using var hurried = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new PassedDeadlines())));
        using var client = hurried.CreateClient();
        var plan = File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"));
        var problem = await ProblemAssert.IsProblem(await client.PostAsync($"/api/plans/{endpoint}", Upload.Form(plan)), 422, "EngineTimeout");
        Assert.Contains("giây", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    /// <summary>A clock whose every timer fires as it is created: any deadline set on it has passed.</summary>
    private sealed class PassedDeadlines : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>The directives of the response's Content-Security-Policy, each with its sources.</summary>
    private static Dictionary<string, string[]> Directive(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
}
