using System.Globalization;
using CsvHelper;

namespace ThiDua.Data.Export;

/// <summary>How a CSV file writes its fields, numbers, dates and times.</summary>
/// <param name="Separator">Between fields.</param>
/// <param name="Numbers">Decimal separator (no thousands grouping).</param>
/// <param name="DateFormat">Format of a date.</param>
/// <param name="TimeFormat">Format of a time, written in Vietnam time.</param>
public sealed record CsvDialect(char Separator, NumberFormatInfo Numbers, string DateFormat, string TimeFormat)
{
    /// <summary>RFC 4180: <c>,</c>, <c>99.6</c>, <c>2024-02-01</c>, <c>2024-02-01T15:30:00+07:00</c>.</summary>
    public static readonly CsvDialect Rfc4180 = new(',', NumberFormatInfo.InvariantInfo, "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'+07:00'");

    /// <summary>Excel with Vietnamese regional settings: <c>;</c>, <c>99,6</c>, <c>01/02/2024</c>, <c>01/02/2024 15:30</c>.</summary>
    public static readonly CsvDialect Vietnamese = new(';', new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "" }, "dd/MM/yyyy", "dd/MM/yyyy HH:mm");
}

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV with CsvHelper in a <see cref="CsvDialect"/> (quotes as RFC 4180 has them for
/// the dialect's separator): UTF-8 with a byte order mark so Excel shows Vietnamese; numbers without grouping; dates and,
/// in Vietnam time, times. A text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or CR — e.g. a source sentence <c>- Phấn đấu…</c>) gets an apostrophe in front
/// (<see cref="CsvInjection.Escape"/>, the OWASP guard against CSV injection).
/// </summary>
public static class CsvExport
{
    /// <summary>Writes the header row then every row; leaves <paramref name="output"/> open.</summary>
    public static void Write(ExportTable table, Stream output, CsvDialect dialect)
    {
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            Separator = dialect.Separator,
            FormatProvider = dialect.Numbers,
        };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        foreach (var header in table.Headers) csv.WriteField(header);
        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case DateOnly date: csv.WriteField(date.ToString(dialect.DateFormat, CultureInfo.InvariantCulture)); break;
                    case DateTimeOffset time: csv.WriteField(VietnamTime.Of(time).ToString(dialect.TimeFormat, CultureInfo.InvariantCulture)); break;
                    case decimal number: csv.WriteField(number.ToString("0.############################", dialect.Numbers)); break;
                    case int or long: csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture)); break;
                    default: csv.WriteField(cell?.ToString()); break;
                }
            }
            csv.EndRecord();
        }
        csv.Flush();
    }
}
