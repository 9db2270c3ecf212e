using System.CommandLine;
using ThiDua.Cli.Service;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Commands;

/// <summary>
/// The <c>--profile FILE|NAME</c> option of <c>check</c> and <c>fix</c> (rules.md § Rule profiles): a profile document
/// (<c>.json</c>), a sample shipped with the engine (<c>tinh-mau</c>, <c>truong-mau</c>), or a profile stored on a ThiDua
/// server (<c>--server</c> or <c>THIDUA_SERVER</c>), applied with the profiles above it (province → district → unit).
/// Without it, the base: Nghị định 30/2020/NĐ-CP. One instance per command.
/// </summary>
public sealed class ProfileOption
{
    private readonly Option<string?> profile = new("--profile", "-p")
    {
        Description = "Hồ sơ quy tắc áp dụng: tệp .json, tên hồ sơ mẫu (" + string.Join(", ", SampleProfiles.All.Keys) +
                      ") hoặc tên hồ sơ lưu trên máy chủ (cần --server hoặc biến môi trường " + ServiceOptions.ServerVariable + "). " +
                      "Mặc định: Nghị định 30/2020/NĐ-CP.",
    };

    private readonly ServiceOptions service = new();

    /// <summary>Adds <c>--profile</c> and the server options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(profile);
        service.AddTo(command);
    }

    /// <summary>
    /// The profile <paramref name="result"/> names, or the base; null when it cannot be used — then one line per problem has
    /// gone to <see cref="CliContext.Error"/> and the command returns <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public async Task<EffectiveProfile?> ResolveAsync(ParseResult result, CliContext context, CancellationToken cancellationToken)
    {
        var value = result.GetValue(profile)?.Trim();
        if (string.IsNullOrEmpty(value)) return EffectiveProfile.Base;
        try
        {
            if (File.Exists(value) || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                return EffectiveProfile.Of([await ReadFileAsync(value, cancellationToken)]);
            if (SampleProfiles.Find(value) is { } sample) return EffectiveProfile.Of([sample]);
            if (result.GetResult(service.ServerOption) is null && Environment.GetEnvironmentVariable(ServiceOptions.ServerVariable) is not { Length: > 0 })
            {
                await context.Error.WriteLineAsync($"thidua: lỗi: không có hồ sơ quy tắc “{value}”: không phải tệp, không phải hồ sơ mẫu (" +
                                                   string.Join(", ", SampleProfiles.All.Keys) + "). Để dùng hồ sơ lưu trên máy chủ, thêm --server.");
                return null;
            }
            return EffectiveProfile.Of(await StoredChainAsync(value, service.Read(result), context, cancellationToken));
        }
        catch (RuleProfileException e)
        {
            foreach (var problem in e.Problems) await context.Error.WriteLineAsync($"thidua: lỗi: hồ sơ quy tắc {value}: {problem}");
            return null;
        }
        catch (ServiceCallException e)
        {
            await e.ReportAsync(context.Error);
            return null;
        }
        catch (IOException e)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: không đọc được hồ sơ quy tắc {value} ({e.Message}).");
            return null;
        }
    }

    private static async Task<RuleProfile> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new IOException("không có tệp này");
        if (new FileInfo(path).Length > RuleProfileReader.MaxLength * 4L) throw new RuleProfileException($"Hồ sơ quy tắc dài quá {RuleProfileReader.MaxLength / 1024} KB.");
        return RuleProfileReader.Read(await File.ReadAllTextAsync(path, cancellationToken));
    }

    /// <summary>The chain of stored profile <paramref name="name"/> (<c>GET /api/rule-profiles/{name}/chain</c>), each document read again here (<see cref="Service.Api.RuleProfileDocumentConverter"/>).</summary>
    private static async Task<List<RuleProfile>> StoredChainAsync(string name, ServiceSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        using var client = await ServiceClient.ConnectAsync(settings, context.Error, cancellationToken);
        var reply = await client.CallAsync((api, token) => api.GetRuleProfileChainAsync(name, token), cancellationToken);
        return reply.Value ?? throw new RuleProfileException(reply.ProblemText);
    }
}
