using System.Text.Json;
using ThiDua.Cli.Service.Api;

namespace ThiDua.Cli.Service;

/// <summary>
/// One answer of ThiDua.Service to a call of the generated client: the resource, or — when the service refused — the HTTP
/// status and its RFC 9457 problem, whose Vietnamese <c>detail</c> says what went wrong.
/// </summary>
/// <typeparam name="T">The resource's type, as the OpenAPI document describes it.</typeparam>
/// <param name="Value">The resource; null when the call failed.</param>
/// <param name="Status">The HTTP status of a failure (0 for a success: the generated client does not keep it).</param>
/// <param name="Problem">The problem of a failure, or null when its body was not one.</param>
public sealed record ServiceReply<T>(T? Value, int Status, ProblemDetails? Problem) where T : class
{
    /// <summary>True when the resource came back.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>What a failed answer says, in one line: the problem's <c>detail</c>, else its <c>title</c>, else the bare status.</summary>
    public string ProblemText => Problem is { Detail: { Length: > 0 } detail } ? detail
        : Problem is { Title: { Length: > 0 } title } ? title
        : $"máy chủ trả lời HTTP {Status} không đọc được.";

    /// <summary>The problem's machine-readable <c>error</c> name (<c>OutsideUnitScope</c>, <c>NotFound</c>…: an extension of RFC 9457 the service adds), or null.</summary>
    public string? Error =>
        Problem?.AdditionalProperties.TryGetValue("error", out var value) == true && value is JsonElement { ValueKind: JsonValueKind.String } text
            ? text.GetString() : null;
}
