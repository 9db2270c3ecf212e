using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// JSON of the API: camelCase members, enums as camelCase strings (<c>error</c>, <c>header</c>); nulls written as null;
/// numbers only as JSON numbers (<see cref="JsonNumberHandling.Strict"/>).
/// </summary>
/// <remarks>
/// ASP.NET Core's web defaults also read a number from a string (<c>"year": "2024"</c>), which the OpenAPI document then
/// has to state as <c>["integer", "string"]</c> with a pattern — every generated client types such a field as a string or a
/// union. The API's clients are generated from the document and send numbers, so a number sent as a string is a client's
/// mistake: it is refused (400 <c>InvalidJson</c> naming the field) instead of guessed, and the document says
/// <c>integer</c>. Query and form values are text on the wire and are still bound from text (<c>?year=2024</c>).
/// </remarks>
public static class ApiJson
{
    /// <summary>Configures the minimal-API JSON options (also what the OpenAPI document describes).</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        // Bodies are read through the Stream API, which holds a value in one array, rather than ASP.NET Core 10's PipeReader,
        // which gives a long value as a sequence of the connection's segments: the base64 .docx of a JSON submission (one
        // value of up to 27 MB) is then decoded in place into an array of the file's length (Base64DocxConverter) instead of
        // being copied into a pooled buffer first.
        AppContext.SetSwitch(StreamBasedJsonSwitch, true);
        return services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
    }

    /// <summary>ASP.NET Core's switch that reads request bodies as JSON through the Stream API (see <see cref="AddApiJson"/>).</summary>
    public const string StreamBasedJsonSwitch = "Microsoft.AspNetCore.UseStreamBasedJsonParsing";

    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> withoutNulls = new();

    /// <summary>
    /// The API's JSON options with null members left out when written, for answers that are documents of their own format
    /// whose schema has no null (a rule profile: absent means "not set by this profile", and its schema refuses null). One
    /// instance per API options, so the serializer's metadata is built once.
    /// </summary>
    public static JsonSerializerOptions WithoutNulls(JsonOptions options) =>
        withoutNulls.GetValue(options.SerializerOptions, api => new JsonSerializerOptions(api) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });
}
