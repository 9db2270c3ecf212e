using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Cli;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// <c>thidua import</c> (and <c>submit</c>'s sign-in) against the real service listening on a local port, signing in with
/// Entra ID tokens from an OpenID Connect stand-in, and reading the corpus plans from a Microsoft Graph stand-in.
/// </summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private OidcStandIn oidc = null!;
    private GraphLibraryStandIn graph = null!;
    private SecuredApiFactory api = null!;
    private string server = "";
    private string[] files = [];

    public async Task InitializeAsync()
    {
        files = Directory.GetFiles(Corpus.Directory, "*.docx").Order(StringComparer.Ordinal).ToArray();
        oidc = await OidcStandIn.StartAsync();
        graph = new GraphLibraryStandIn(files);
        api = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        api.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        api.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
        server = api.StartOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        graph.Dispose();
        await oidc.DisposeAsync();
    }

    private string[] Import(params string[] more) =>
        ["import", "--site-url", GraphLibraryStandIn.SiteUrl, "--folder", GraphLibraryStandIn.Folder, "--server", server, .. more];

    [Fact]
    public async Task Importing_the_library_reports_every_file_and_importing_it_again_reports_all_unchanged()
    {
        var first = await CliRun.RunAsync(Import("--token", oidc.Token(Admin)));
        var again = await CliRun.RunAsync(Import("--token", oidc.Token(Admin), "--format", "json"));

        var lines = CliRun.Lines(first.Out);
        Assert.True(lines.Length == files.Length + 1, first.Out + first.Err);
        Assert.Equal(files.Select(Path.GetFileName), lines[..^1].Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
        var stored = lines.Count(l => l.Contains(": đã lưu (", StringComparison.Ordinal));
        var superseded = lines.Count(l => l.Contains(": thay thế phiên bản cũ (", StringComparison.Ordinal));
        var rejected = lines.Count(l => l.Contains(": bị từ chối", StringComparison.Ordinal));
        Assert.True(stored >= 4, first.Out);
        Assert.Equal(files.Length, stored + superseded + rejected);
        Assert.Matches($@"^Tổng cộng {files.Length} tệp: {stored} đã lưu, 0 không đổi, {superseded} thay thế phiên bản cũ, {rejected} bị từ chối; [1-9]\d* chỉ tiêu\.$", lines[^1]);
        Assert.Equal(rejected > 0 ? ExitCodes.UnreadableFile : ExitCodes.Ok, first.Code);
        Assert.Equal("", first.Err);

        var report = JsonDocument.Parse(again.Out).RootElement;
        Assert.Equal("completed", report.GetProperty("status").GetString());
        Assert.Equal(GraphLibraryStandIn.SiteUrl, report.GetProperty("source").GetProperty("siteUrl").GetString());
        var outcomes = report.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(files.Length, outcomes.Count);
        Assert.Equal(stored + superseded, outcomes.Count(o => o == "unchanged"));
        Assert.DoesNotContain(outcomes, o => o is "stored" or "superseded");
        Assert.All(report.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("outcome").GetString() == "unchanged"),
            f => Assert.True(f.GetProperty("kpiCount").GetInt32() >= 0 && f.GetProperty("planId").GetInt32() > 0));
        Assert.Equal(first.Code, again.Code);
    }

    [Fact]
    public async Task A_site_the_library_does_not_have_is_one_line_and_exit_code_3()
    {
        var run = await CliRun.RunAsync("import", "--site-url", "https://ubnd.sharepoint.com/sites/khong-co", "--server", server, "--token", oidc.Token(Admin));

        Assert.Equal(ExitCodes.UnreadableFile, run.Code);
        Assert.Equal("", run.Out);
        var line = Assert.Single(CliRun.Lines(run.Err));
        Assert.StartsWith("thidua: lỗi: không nhập được từ https://ubnd.sharepoint.com/sites/khong-co: ", line);
        Assert.Contains("404", line);
    }

    [Fact]
    public async Task Without_a_token_or_with_a_bad_one_the_service_refuses_and_one_line_says_how_to_sign_in()
    {
        var none = await CliRun.RunAsync(Import());
        var expired = await CliRun.RunAsync(Import("--token", oidc.Token(Admin, d => { d.NotBefore = DateTime.UtcNow.AddHours(-3); d.IssuedAt = d.NotBefore; d.Expires = DateTime.UtcNow.AddHours(-2); })));
        var malformed = await CliRun.RunAsync(Import("--token", "có dấu cách"));

        foreach (var run in new[] { none, expired, malformed })
        {
            Assert.Equal(ExitCodes.Usage, run.Code);
            Assert.Equal("", run.Out);
            Assert.StartsWith("thidua: lỗi: ", Assert.Single(CliRun.Lines(run.Err)));
        }
        Assert.Contains("yêu cầu đăng nhập (HTTP 401)", none.Err);
        Assert.Contains("--token", none.Err);
        Assert.Contains("--sign-in", none.Err);
        Assert.Contains("không nhận mã truy cập đã gửi (HTTP 401", expired.Err);
        Assert.Contains("mã truy cập", malformed.Err);
    }

    [Fact]
    public async Task Submit_sends_the_same_token_from_the_option_or_the_environment()
    {
        var plan = Corpus.File("tri-yen-2024.docx");

        var anonymous = await CliRun.RunAsync("submit", plan, "--server", server);
        var withOption = await CliRun.RunAsync("submit", plan, "--server", server, "--token", oidc.Token(Admin));
        (int Code, string Out, string Err) fromEnvironment;
        Environment.SetEnvironmentVariable("THIDUA_TOKEN", oidc.Token(Admin));
        try
        {
            fromEnvironment = await CliRun.RunAsync("submit", plan, "--server", server);
        }
        finally
        {
            Environment.SetEnvironmentVariable("THIDUA_TOKEN", null);
        }

        Assert.Equal(ExitCodes.Usage, anonymous.Code);
        Assert.Contains("yêu cầu đăng nhập (HTTP 401)", Assert.Single(CliRun.Lines(anonymous.Err)));
        Assert.Equal(ExitCodes.Ok, withOption.Code);
        Assert.Contains("tri-yen-2024.docx: đã lưu — ", withOption.Out);
        Assert.Equal(ExitCodes.Ok, fromEnvironment.Code);
        Assert.Contains("tri-yen-2024.docx: không đổi — ", fromEnvironment.Out);
    }
}
