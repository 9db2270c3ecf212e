using ThiDua.Data.Export;

namespace ThiDua.Service.Features.Kpis;

/// <summary>The response of a query: its JSON, or the same rows as a CSV or XLSX download when <c>?format=</c> asks for one.</summary>
public static class ExportResults
{
    /// <summary>
    /// <paramref name="json"/> as JSON when <paramref name="format"/> is null, else <paramref name="table"/> written as a file
    /// named after the table and the format (<see cref="ExportFormats.FileName"/>).
    /// </summary>
    public static IResult JsonOrFile<T>(T json, ExportFormat? format, Func<ExportTable> table)
    {
        if (format is not { } f) return TypedResults.Ok(json);
        var rows = table();
        using var output = new MemoryStream();
        f.Write(rows, output);
        return TypedResults.File(output.ToArray(), f.ContentType(), f.FileName(rows.Title));
    }
}
