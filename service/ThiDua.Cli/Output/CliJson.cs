using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ThiDua.Rules;
using ThiDua.Rules.Engine;
using ImportStatus = ThiDua.Cli.Service.Api.ImportStatus;

namespace ThiDua.Cli.Output;

/// <summary>The JSON <c>--format json</c> prints: camelCase, enums as camelCase strings, indented, Vietnamese letters unescaped.</summary>
public static class CliJson
{
    /// <summary>
    /// The serializer options, over the source-generated <see cref="CliJsonContext"/>: serializing a type it does not list
    /// throws <see cref="NotSupportedException"/>. Each enum the reports carry has its converter here.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
        Converters = { CamelCase<Severity>(), CamelCase<PlanPart>(), CamelCase<RuleBasis>(), CamelCase<ImportStatus>() },
    };

    /// <summary>Writes <paramref name="value"/> and a line break.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not listed in <see cref="CliJsonContext"/>.</exception>
    public static Task WriteAsync<T>(TextWriter output, T value) =>
        output.WriteLineAsync(JsonSerializer.Serialize(value, TypeInfo<T>(Options)));

    /// <summary>The metadata of <typeparamref name="T"/> under <paramref name="options"/> (whose resolver is <see cref="CliJsonContext"/>).</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not listed in <see cref="CliJsonContext"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>Enum values as camelCase strings (<c>Severity.Error</c> → <c>"error"</c>), without reflection.</summary>
    public static JsonConverter CamelCase<TEnum>() where TEnum : struct, Enum => new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase);
}
