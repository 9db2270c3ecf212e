using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// The Vietnamese problems of requests the framework refuses before a handler runs: a parameter that cannot be bound
/// (<c>?year=abc</c>, a required one missing, a JSON body that does not read) and a parameter that fails validation
/// (the DataAnnotations of a request record, checked by <c>AddValidation</c>). The framework's messages are English;
/// these say in Vietnamese which parameter and why, as <see cref="ProblemCatalog.InvalidParameter"/> or
/// <see cref="ProblemCatalog.InvalidJson"/>.
/// </summary>
public static partial class RequestProblems
{
    /// <summary>
    /// The problem of a binding failure (<see cref="BadHttpRequestException"/> with status 400 from parameter binding),
    /// or null when the failure is not a parameter's (then the status alone describes it).
    /// </summary>
    public static (ProblemCatalog.Entry Entry, string Detail)? ForBinding(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest) return null;
        if (BodyFailure().Match(exception.Message) is { Success: true })
        {
            var where = exception.InnerException is JsonException { Path: { Length: > 0 } path } ? $" tại {path}" : "";
            return (ProblemCatalog.InvalidJson, $"Nội dung JSON không đọc được{where}: hãy gửi application/json đúng cấu trúc mô tả trong tài liệu API.");
        }
        if (MissingBody().IsMatch(exception.Message))
            return (ProblemCatalog.InvalidJson, "Thiếu nội dung JSON của yêu cầu.");
        if (BindFailure().Match(exception.Message) is { Success: true } bind)
            return (ProblemCatalog.InvalidParameter,
                $"Tham số {Name(bind.Groups["name"].Value)} phải là {Kind(bind.Groups["type"].Value)} (đã nhận “{bind.Groups["value"].Value}”).");
        if (Missing().Match(exception.Message) is { Success: true } missing)
            return (ProblemCatalog.InvalidParameter, $"Thiếu tham số {Name(missing.Groups["name"].Value)} ({Kind(missing.Groups["type"].Value)}).");
        return null;
    }

    /// <summary>The detail of a validation failure: each parameter's Vietnamese message, once, in order.</summary>
    public static string ForValidation(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Values.SelectMany(m => m).Distinct());

    /// <summary>The query name of a bound parameter: <c>Year</c> (a record's property) → <c>year</c>.</summary>
    private static string Name(string parameter) => parameter.Length == 0 ? parameter : char.ToLowerInvariant(parameter[0]) + parameter[1..];

    /// <summary>What a value of the parameter's type is, in Vietnamese.</summary>
    private static string Kind(string type) => type.Replace("Nullable<", "").Replace("System.", "").TrimEnd('?', '>') switch
    {
        "int" or "long" or "short" or "Int16" or "Int32" or "Int64" => "số nguyên",
        "double" or "decimal" or "float" or "Double" or "Decimal" or "Single" => "số",
        "bool" or "Boolean" => "true hoặc false",
        "DateOnly" or "DateTime" or "DateTimeOffset" => "ngày theo dạng yyyy-MM-dd",
        "Guid" => "mã định danh (GUID)",
        _ => "giá trị hợp lệ",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>\S+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex Missing();

    [GeneratedRegex("""^Failed to read parameter ".*" from the request body as JSON\.$""", RegexOptions.Singleline)]
    private static partial Regex BodyFailure();

    [GeneratedRegex("""^Implicit body inferred for parameter ".*" but no body was provided|^Required parameter ".*" was not provided from body""")]
    private static partial Regex MissingBody();
}
