using System.CommandLine;
using ThiDua.Cli.Output;
using ThiDua.Rules.Engine;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua explain &lt;mã&gt; [--format text|json]</c>: why a rule reports what it reports, and the clause it applies.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Mã quy tắc, ví dụ HDR-MOTTO (không phân biệt hoa thường)." };
        var format = OutputFormat.CreateOption();
        var command = new Command("explain", "Giải thích một quy tắc kiểm tra và điều khoản áp dụng. " + ExitCodes.Help) { id, format };
        command.SetAction(async (result, _) =>
        {
            var wanted = result.GetValue(id) ?? "";
            if (RuleCatalog.Describe(wanted) is not { } rule)
            {
                await context.Error.WriteLineAsync($"thidua: lỗi: không có quy tắc mã “{wanted}”. Dùng `thidua rules` để xem các mã.");
                return ExitCodes.Usage;
            }
            if (result.GetValue(format) == OutputFormat.Json) await CliJson.WriteAsync(context.Output, rule);
            else await RuleText.WriteAsync(context.Output, rule);
            return ExitCodes.Ok;
        });
        return command;
    }
}
