using ThiDua.Rules.Engine;

namespace ThiDua.Cli.Output;

/// <summary>How <c>thidua rules</c> and <c>thidua explain</c> print a rule's <see cref="RuleDescription"/>.</summary>
public static class RuleText
{
    /// <summary>One line per rule, grouped by plan part: <c>  HDR-MOTTO  [LỖI]  Tiêu ngữ — Nghị định 30/2020/NĐ-CP, …</c>.</summary>
    public static async Task WriteListAsync(TextWriter output, IReadOnlyList<RuleDescription> rules)
    {
        var width = rules.Count == 0 ? 0 : rules.Max(r => r.Id.Length);
        foreach (var part in rules.GroupBy(r => r.Part).OrderBy(g => g.Key))
        {
            await output.WriteLineAsync(Labels.Of(part.Key));
            foreach (var rule in part)
                await output.WriteLineAsync($"  {rule.Id.PadRight(width)}  [{Labels.Of(rule.Severity)}]  {rule.Title} — {rule.Clause}");
        }
        await output.WriteLineAsync($"{rules.Count} quy tắc. Dùng `thidua explain <mã>` để xem giải thích của một quy tắc.");
    }

    /// <summary>A rule in full: id, severity and title, the explanation, the clause.</summary>
    public static async Task WriteAsync(TextWriter output, RuleDescription rule)
    {
        await output.WriteLineAsync($"{rule.Id} · {Labels.Of(rule.Severity)} · {rule.Title}");
        await output.WriteLineAsync($"  {rule.Explanation}");
        await output.WriteLineAsync($"  Căn cứ: {rule.Clause}");
    }
}
