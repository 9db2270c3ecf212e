using System.Text.Json.Serialization;
using ThiDua.Plans.Authoring;
using ThiDua.Rules;
using ThiDua.Rules.Engine;
using ImportView = ThiDua.Cli.Service.Api.ImportView;

namespace ThiDua.Cli.Output;

/// <summary>
/// Source-generated JSON metadata of every type the CLI writes or reads: the <c>--format json</c> reports, the unit
/// profile and targets of <c>thidua new</c>, and the import report of ThiDua.Service (<c>thidua import --format json</c>,
/// the generated API type). No reflection, so the native (ahead-of-time compiled, trimmed) <c>thidua</c> serializes exactly
/// as the <c>dotnet thidua.dll</c> build does. The options (names, enums, escaping) are those of <see cref="CliJson.Options"/>.
/// </summary>
[JsonSerializable(typeof(List<CheckReport>))]
[JsonSerializable(typeof(List<ExtractReport>))]
[JsonSerializable(typeof(List<RuleDescription>))]
[JsonSerializable(typeof(RuleDescription))]
[JsonSerializable(typeof(UnitProfile))]
[JsonSerializable(typeof(List<TargetSpec>))]
[JsonSerializable(typeof(ImportView))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
