using ThiDua.Service.Infrastructure;
using System.Globalization;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;

namespace ThiDua.Service.Features.Kpis;

/// <summary>
/// Reads the query string parameters shared by the KPI database endpoints, with Vietnamese reasons when one is invalid
/// (the parameters are bound as text so a bad value gets its own message rather than a generic 400).
/// </summary>
public sealed class QueryArgs
{
    private readonly List<string> errors = [];

    /// <summary>The reasons collected so far, one sentence each.</summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>An optional whole number in [<paramref name="min"/>, <paramref name="max"/>]; null when absent or invalid (then an error is recorded).</summary>
    public int? Int(string? text, string name, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add($"Tham số {name} phải là số nguyên từ {min} đến {max} (đã nhận \"{text}\").");
        return null;
    }

    /// <summary>A year, 1945–2100.</summary>
    public int? Year(string? text) => Int(text, "year", 1945, 2100);

    /// <summary>A database id (positive).</summary>
    public int? Id(string? text, string name) => Int(text, name, 1, int.MaxValue);

    /// <summary><c>true</c>/<c>false</c>/<c>1</c>/<c>0</c>; <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string? text, string name, bool fallback = false)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return fallback;
            case "true" or "1": return true;
            case "false" or "0": return false;
            default:
                errors.Add($"Tham số {name} phải là true hoặc false (đã nhận \"{text}\").");
                return fallback;
        }
    }

    /// <summary>A trimmed text filter, null when absent.</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();

    /// <summary>Page number and size (<c>page</c>, <c>pageSize</c>), defaults 1 and <see cref="PageRequest.DefaultSize"/>.</summary>
    public PageRequest Page(string? page, string? pageSize) =>
        new(Int(page, "page", 1, 1_000_000) ?? 1, Int(pageSize, "pageSize", 1, PageRequest.MaxSize) ?? PageRequest.DefaultSize);

    /// <summary>The export format of <c>format</c>: null for JSON (absent or <c>json</c>), else xlsx, csv-vn or csv.</summary>
    public ExportFormat? Format(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("json", StringComparison.OrdinalIgnoreCase)) return null;
        if (ExportFormats.TryParse(text, out var format)) return format;
        errors.Add($"Tham số format phải là json, xlsx, csv-vn (CSV cho Excel tiếng Việt) hoặc csv (đã nhận \"{text}\").");
        return null;
    }

    /// <summary>The 400 problem listing every error, or null when all parameters were valid.</summary>
    public IResult? Problem() => errors.Count == 0 ? null : ApiProblems.Problem(ProblemCatalog.InvalidParameter, string.Join(" ", errors));
}
