namespace ThiDua.Data.Export;

/// <summary>File formats of an export (<c>?format=xlsx|csv-vn|csv</c>), the first choice first.</summary>
public enum ExportFormat
{
    /// <summary>An Excel workbook (Office Open XML SpreadsheetML): numbers, dates and times as real cells, in any regional setting.</summary>
    Xlsx,
    /// <summary>
    /// CSV for Excel with Vietnamese regional settings (<c>format=csv-vn</c>): fields separated by <c>;</c> (Windows' list
    /// separator in vi-VN), decimals with <c>,</c> and no thousands grouping, dates <c>dd/MM/yyyy</c>, times in Vietnam time;
    /// UTF-8 with a byte order mark.
    /// </summary>
    CsvVietnamese,
    /// <summary>Comma-separated values as RFC 4180 has them (<c>format=csv</c>): <c>,</c> between fields, <c>.</c> decimals, ISO 8601 dates and times; UTF-8 with a byte order mark.</summary>
    Csv,
}

/// <summary>Content types, file names and writers of <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    /// <summary>The names <c>?format=</c> takes, the first choice first.</summary>
    public const string Names = "xlsx, csv-vn, csv";

    /// <summary>Reads <c>xlsx</c>, <c>csv-vn</c> or <c>csv</c> (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "xlsx": format = ExportFormat.Xlsx; return true;
            case "csv-vn": format = ExportFormat.CsvVietnamese; return true;
            case "csv": format = ExportFormat.Csv; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The MIME type (<c>text/csv; charset=utf-8</c>, <c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>).</summary>
    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    /// <summary>The file name of an export of <paramref name="title"/>: <c>chi-tieu.xlsx</c>, <c>chi-tieu-excel-tieng-viet.csv</c>, <c>chi-tieu.csv</c>.</summary>
    public static string FileName(this ExportFormat format, string title) => format switch
    {
        ExportFormat.Xlsx => title + ".xlsx",
        ExportFormat.CsvVietnamese => title + "-excel-tieng-viet.csv",
        _ => title + ".csv",
    };

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(this ExportFormat format, ExportTable table, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Xlsx: XlsxExport.Write(table, output); break;
            case ExportFormat.CsvVietnamese: CsvExport.Write(table, output, CsvDialect.Vietnamese); break;
            default: CsvExport.Write(table, output, CsvDialect.Rfc4180); break;
        }
    }
}
