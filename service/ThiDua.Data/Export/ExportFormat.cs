namespace ThiDua.Data.Export;

/// <summary>File formats of an export (<c>?format=csv|xlsx</c>).</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated values, UTF-8 with a byte order mark so Excel shows Vietnamese (RFC 4180).</summary>
    Csv,
    /// <summary>An Excel workbook (Office Open XML SpreadsheetML).</summary>
    Xlsx,
}

/// <summary>Content types and file extensions of <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    /// <summary>Reads <c>csv</c> or <c>xlsx</c> (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv": format = ExportFormat.Csv; return true;
            case "xlsx": format = ExportFormat.Xlsx; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The MIME type (<c>text/csv; charset=utf-8</c>, <c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>).</summary>
    public static string ContentType(this ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The file extension with its dot.</summary>
    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? ".csv" : ".xlsx";

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(this ExportFormat format, ExportTable table, Stream output)
    {
        if (format == ExportFormat.Csv) CsvExport.Write(table, output);
        else XlsxExport.Write(table, output);
    }
}
