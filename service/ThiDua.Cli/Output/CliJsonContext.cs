using System.Text.Json.Serialization;
using ThiDua.Cli.Commands;
using ThiDua.Plans.Authoring;
using ThiDua.Rules;
using ThiDua.Rules.Engine;

namespace ThiDua.Cli.Output;

/// <summary>
/// Source-generated JSON metadata of every type the CLI writes or reads: the <c>--format json</c> reports, the unit
/// profile and targets of <c>thidua new</c>, and the import resources of ThiDua.Service. No reflection, so the native
/// (ahead-of-time compiled, trimmed) <c>thidua</c> serializes exactly as the <c>dotnet thidua.dll</c> build does. The
/// options (names, enums, escaping) are those of <see cref="CliJson.Options"/> and <see cref="Service.ServiceReply.Json"/>.
/// </summary>
[JsonSerializable(typeof(List<CheckReport>))]
[JsonSerializable(typeof(List<ExtractReport>))]
[JsonSerializable(typeof(List<RuleDescription>))]
[JsonSerializable(typeof(RuleDescription))]
[JsonSerializable(typeof(UnitProfile))]
[JsonSerializable(typeof(List<TargetSpec>))]
[JsonSerializable(typeof(ImportCommand.ImportSource))]
[JsonSerializable(typeof(ImportCommand.ImportReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
