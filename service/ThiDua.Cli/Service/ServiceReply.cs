using System.Text.Json;
using ThiDua.Cli.Output;

namespace ThiDua.Cli.Service;

/// <summary>
/// One answer of ThiDua.Service: its HTTP status and its JSON body — the resource, or an RFC 9457 problem whose
/// Vietnamese <c>detail</c> says what went wrong.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The parsed body; <see cref="JsonValueKind.Undefined"/> when it was empty or not JSON.</param>
public sealed record ServiceReply(int Status, JsonElement Body)
{
    /// <summary>The options the service's JSON is read and written with: camelCase names, over <see cref="CliJsonContext"/>.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { TypeInfoResolver = CliJsonContext.Default };

    /// <summary>True for a 2xx status.</summary>
    public bool Success => Status is >= 200 and < 300;

    /// <summary>What a failed answer says, in one line: the problem's <c>detail</c>, else its <c>title</c>, else the bare status.</summary>
    public string Problem => Text("detail") ?? Text("title") ?? $"máy chủ trả lời HTTP {Status} không đọc được.";

    /// <summary>The problem's machine-readable <c>error</c> name (<c>OutsideUnitScope</c>, <c>NotFound</c>…), or null.</summary>
    public string? Error => Text("error");

    /// <summary>The string property <paramref name="name"/> of the body, or null when absent, empty or not a string.</summary>
    public string? Text(string name) => TextOf(Body, name);

    /// <summary>The string property <paramref name="name"/> of <paramref name="element"/>, or null when it is not an object or the property is absent, empty or not a string.</summary>
    public static string? TextOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>The body as <typeparamref name="T"/>, or null when it does not have that shape.</summary>
    public T? Read<T>() where T : class
    {
        if (Body.ValueKind != JsonValueKind.Object) return null;
        try
        {
            return Body.Deserialize(CliJson.TypeInfo<T>(Json));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The reply for <paramref name="status"/> and the raw <paramref name="body"/>.</summary>
    public static ServiceReply From(int status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return new ServiceReply(status, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return new ServiceReply(status, default);
        }
    }
}
