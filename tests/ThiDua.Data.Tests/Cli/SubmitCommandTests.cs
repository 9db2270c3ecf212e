using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Cli;
using ThiDua.Data.Tests.Infrastructure;

namespace ThiDua.Data.Tests.Cli;

public sealed class SqliteSubmitCommandTests : SubmitCommandTests<SqliteTestDatabase>;

public sealed class PostgresSubmitCommandTests : SubmitCommandTests<PostgresTestDatabase>;

/// <summary><c>thidua submit</c> against the real service listening on a local port.</summary>
public abstract class SubmitCommandTests<TDatabase> : DatabaseTests<TDatabase>, IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private WebApplicationFactory<Program>? factory;
    private string server = "";

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("urls", "http://127.0.0.1:0");
            host.UseSetting("Database:Provider", Database.Options.Provider);
            host.UseSetting("Database:ConnectionString", Database.Options.ConnectionString);
            host.UseSetting("Database:DataFolder", Database.Options.DataFolder);
        });
        factory.UseKestrel();
        factory.StartServer();
        server = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        await DisposeAsync();
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [DatabaseFact]
    public async Task A_folder_is_sent_with_a_line_per_file_and_a_summary_and_sending_it_again_changes_nothing()
    {
        var files = Corpus.Plans.Count;

        var first = await RunAsync("submit", Corpus.Directory, "--server", server, "--jobs", "2");
        var again = await RunAsync("submit", Corpus.Directory, "--server", server);

        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files + 1, lines.Length);
        Assert.Equal(Corpus.Plans.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            lines[..^1].Select(l => Path.GetFileName(l[..l.IndexOf(": ", StringComparison.Ordinal)])));
        var rejected = lines.Where(l => l.Contains(": bị từ chối: ", StringComparison.Ordinal)).ToList();
        Assert.All(rejected, l => Assert.Contains("unitId", l));
        Assert.Equal(rejected.Count > 0 ? ExitCodes.UnreadableFile : ExitCodes.Ok, first.Code);
        var stored = lines.Count(l => l.Contains(": đã lưu — ", StringComparison.Ordinal));
        var superseded = lines.Count(l => l.Contains(": thay thế phiên bản cũ — ", StringComparison.Ordinal));
        Assert.Equal(files, stored + superseded + rejected.Count);
        Assert.Equal($"Tổng cộng {files} tệp: {stored} đã lưu, 0 không đổi, {superseded} thay thế phiên bản cũ, {rejected.Count} bị từ chối.", lines[^1].TrimEnd());
        Assert.Contains($"Tổng cộng {files} tệp: 0 đã lưu, {stored + superseded} không đổi, 0 thay thế phiên bản cũ, {rejected.Count} bị từ chối.", again.Output);
    }

    [DatabaseFact]
    public async Task The_benchmark_mode_sends_distinct_copies_and_reports_the_rate()
    {
        var plan = Corpus.File("tri-yen-2024.docx");

        var run = await RunAsync("submit", plan, "--server", server, "--repeat-to", "6", "--parallel", "2");

        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.Contains("Tổng cộng 6 tệp: 1 đã lưu, 0 không đổi, 5 thay thế phiên bản cũ, 0 bị từ chối.", run.Output);
        Assert.Matches(@"Nhập 6 kế hoạch trong [\d.]+ s với 2 luồng: [\d.]+ kế hoạch/giây\.", run.Output);
    }

    [DatabaseFact]
    public async Task Bad_arguments_and_an_unreachable_server_give_their_exit_codes()
    {
        var plan = Corpus.File("tri-yen-2024.docx");

        var badServer = await RunAsync("submit", plan, "--server", "ftp://x");
        var nothing = await RunAsync("submit", Path.Combine(Path.GetTempPath(), $"khong-co-{Guid.NewGuid():N}"), "--server", server);
        var unreachable = await RunAsync("submit", plan, "--server", "http://127.0.0.1:1");

        Assert.Equal(ExitCodes.Usage, badServer.Code);
        Assert.Equal(ExitCodes.Usage, nothing.Code);
        Assert.Contains("không tìm thấy", nothing.Error);
        Assert.Equal(ExitCodes.InternalError, unreachable.Code);
        Assert.Contains("không kết nối được máy chủ", unreachable.Error);
    }
}
