using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
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

    /// <summary>
    /// States in the OpenAPI document that the endpoint's 200 answer is, besides its JSON, a download in each
    /// <see cref="ExportFormat"/> (<c>?format=xlsx</c>: a workbook; <c>csv-vn</c>, <c>csv</c>: UTF-8 CSV), as binary.
    /// </summary>
    public static RouteHandlerBuilder ProducesExports(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse { Content: { } content })
                foreach (var type in Enum.GetValues<ExportFormat>().Select(f => f.ContentType()).Distinct())
                    content.TryAdd(type, new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
            return Task.CompletedTask;
        });
}
