using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Service.Api;

/// <summary>
/// The generated client of ThiDua.Service's API (NSwag's C# generator over <c>addin/src/api/openapi.json</c>, at build:
/// see ThiDua.Cli.csproj): one method per operation, named by its <c>operationId</c>, over the <see cref="HttpClient"/>
/// <see cref="ServiceClient"/> builds (base address, bearer token, resilience). This part sets its JSON: every request and
/// answer is (de)serialized through <see cref="ServiceApiJsonContext"/>, which is source-generated, and through nothing else.
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = JsonThroughTheContext)]
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = JsonThroughTheContext)]
[UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "ConvertToString reads an enum's fields for its EnumMember name; the CLI passes no enum to a path, query or form parameter.")]
public partial class ThiDuaApi
{
    private const string JsonThroughTheContext =
        "The generated calls use JsonSerializer's options overloads, but the options' only resolver is the source-generated " +
        "ServiceApiJsonContext (UpdateJsonSerializerSettings): no reflection-based metadata is ever made, in the JIT build as in " +
        "the native one; a type missing from the context fails in both alike (NotSupportedException), which the CLI tests would show.";

    /// <summary>The JSON of the API: the source-generated metadata only, enums as the service writes them (camelCase).</summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => Configure(settings);

    /// <summary>Sets <paramref name="settings"/> as the API's JSON (see <see cref="UpdateJsonSerializerSettings"/>).</summary>
    internal static JsonSerializerOptions Configure(JsonSerializerOptions settings)
    {
        settings.TypeInfoResolver = ServiceApiJsonContext.Default;
        settings.Converters.Add(new JsonStringEnumConverter<ImportStatus>(JsonNamingPolicy.CamelCase));
        settings.Converters.Add(new JsonStringEnumConverter<SubmissionOutcome>(JsonNamingPolicy.CamelCase));
        settings.Converters.Add(new RuleProfileDocumentConverter());
        return settings;
    }
}

/// <summary>
/// A rule profile of the API (<c>GET /api/rule-profiles/{name}/chain</c>) read as <see cref="RuleProfile"/> by
/// <see cref="RuleProfileReader"/> — against the same JSON Schema the service checks it with, every problem listed in a
/// <see cref="RuleProfileException"/> — rather than as a generated copy of its shape (the generator is told to use this type).
/// </summary>
public sealed class RuleProfileDocumentConverter : JsonConverter<RuleProfile>
{
    /// <inheritdoc />
    /// <exception cref="RuleProfileException">The document is not a valid profile.</exception>
    public override RuleProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return RuleProfileReader.Read(document.RootElement.GetRawText());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RuleProfile value, JsonSerializerOptions options) =>
        writer.WriteRawValue(RuleProfileReader.Write(value));
}

/// <summary>
/// Source-generated JSON metadata of the API types the CLI sends and reads: the import (<c>POST /api/imports</c>, <c>GET
/// /api/imports/{id}</c>), the batch submission (<c>POST /api/plans/submit/batch</c>), a stored rule profile's chain and
/// the RFC 9457 problem of a refusal. An operation whose types are not listed here cannot be called.
/// </summary>
[JsonSerializable(typeof(ImportRequest))]
[JsonSerializable(typeof(ImportView))]
[JsonSerializable(typeof(SubmissionBatch))]
[JsonSerializable(typeof(List<RuleProfile>))]
[JsonSerializable(typeof(ProblemDetails))]
public sealed partial class ServiceApiJsonContext : JsonSerializerContext;
