using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// Source-generated JSON of the rule profile document: camelCase members, enums as camelCase strings, nulls left out
/// when written. No reflection, so the native <c>thidua</c> reads profiles as the service does.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(SeverityJson)])]
[JsonSerializable(typeof(RuleProfile))]
internal sealed partial class RuleProfileJson : JsonSerializerContext;

/// <summary>Severities as the document writes them: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
internal sealed class SeverityJson() : JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase);
