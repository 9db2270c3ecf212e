using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Data.Export;

namespace ThiDua.Service.Features.Kpis;

/// <summary>A query's rows as a CSV or XLSX download, when <c>?format=</c> asks for one (<see cref="Infrastructure.ExportQuery"/>).</summary>
public static class ExportResults
{
    /// <summary><paramref name="rows"/> written in <paramref name="format"/>, named after the table and the format (<see cref="ExportFormats.FileName"/>).</summary>
    public static FileContentHttpResult File(ExportFormat format, ExportTable rows)
    {
        using var output = new MemoryStream();
        format.Write(rows, output);
        return TypedResults.File(output.ToArray(), format.ContentType(), format.FileName(rows.Title));
    }
}
