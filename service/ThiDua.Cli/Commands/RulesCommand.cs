using System.CommandLine;
using ThiDua.Cli.Output;
using ThiDua.Rules.Engine;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua rules [--format text|json]</c>: every rule the check applies, with its severity and clause.</summary>
public static class RulesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = OutputFormat.CreateOption();
        var command = new Command("rules", "Liệt kê các quy tắc kiểm tra: mã, mức độ, nội dung và điều khoản của Nghị định 30/2020/NĐ-CP áp dụng.") { format };
        command.SetAction(async (result, _) =>
        {
            var rules = RuleCatalog.Descriptions;
            if (result.GetValue(format) == OutputFormat.Json) await CliJson.WriteAsync(context.Output, rules.ToList());
            else await RuleText.WriteListAsync(context.Output, rules);
            return ExitCodes.Ok;
        });
        return command;
    }
}
