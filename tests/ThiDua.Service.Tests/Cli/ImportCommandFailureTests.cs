using ThiDua.Auth.Tests.StandIns;
using ThiDua.Cli;

namespace ThiDua.Service.Tests.Cli;

/// <summary><c>thidua import</c>'s usage errors, an unreachable service and an unreachable sign-in authority: one line each, and their exit codes.</summary>
public sealed class ImportCommandFailureTests
{
    [Fact]
    public async Task An_unreachable_service_is_one_line_and_exit_code_4()
    {
        var run = await CliRun.RunAsync("import", "--onedrive", "--server", "http://127.0.0.1:1", "--token", "abc.def.ghi");

        Assert.Equal(ExitCodes.InternalError, run.Code);
        var line = Assert.Single(CliRun.Lines(run.Err));
        Assert.StartsWith("thidua: lỗi: không kết nối được máy chủ http://127.0.0.1:1/", line);
    }

    [Theory]
    [InlineData("import", "--folder", "x")]
    [InlineData("import", "--onedrive", "--site-id", "host,1,2")]
    [InlineData("import", "--site-url", "http://ubnd.sharepoint.com/sites/noivu")]
    [InlineData("import", "--onedrive", "--server", "ftp://x")]
    [InlineData("import", "--onedrive", "--sign-in", "--tenant", "7d1b6f0e-2f8c-4a43-9a51-3c1f3b6f0a10")]
    public async Task Bad_arguments_are_usage_errors_without_calling_any_service(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, .. args.Contains("--server") ? Array.Empty<string>() : ["--server", "http://127.0.0.1:1"]]);

        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith("thidua: lỗi: ", run.Err);
        Assert.DoesNotContain("không kết nối được", run.Err);
    }

    [Fact]
    public async Task A_sign_in_authority_that_cannot_be_reached_is_one_line_and_exit_code_4()
    {
        var run = await CliRun.RunAsync("import", "--onedrive", "--server", "http://127.0.0.1:1",
            "--sign-in", "--tenant", "https://127.0.0.1:1/" + OidcStandIn.TenantId, "--client-id", OidcStandIn.ClientId);

        Assert.Equal(ExitCodes.InternalError, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith("thidua: lỗi: không kết nối được máy chủ đăng nhập https://127.0.0.1:1/", Assert.Single(CliRun.Lines(run.Err)));
    }
}
