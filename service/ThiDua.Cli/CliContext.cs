using ThiDua.Rules;

namespace ThiDua.Cli;

/// <summary>What every command writes to and works with.</summary>
/// <param name="Output">Reports (stdout).</param>
/// <param name="Error">One line per file that failed, usage errors (stderr).</param>
/// <param name="Engine">The plan engine, shared by all files of the run.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error, PlanEngine Engine);
