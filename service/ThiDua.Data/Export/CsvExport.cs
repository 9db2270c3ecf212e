using CsvHelper;

namespace ThiDua.Data.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV with CsvHelper (RFC 4180: comma, CRLF, quotes when needed): UTF-8 with a byte
/// order mark so Excel shows Vietnamese, invariant numbers (<c>99.6</c>), ISO dates. A text cell that a spreadsheet would run
/// as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR — e.g. a source sentence <c>- Phấn đấu…</c>)
/// gets an apostrophe in front (<see cref="CsvInjection.Escape"/>, the OWASP guard against CSV injection).
/// </summary>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    /// <summary>Writes the header row then every row; leaves <paramref name="output"/> open.</summary>
    public static void Write(ExportTable table, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var header in table.Headers) csv.WriteField(header);
        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case DateOnly date: csv.WriteField(date, "yyyy-MM-dd"); break;
                    case decimal number: csv.WriteField(number, "0.############################"); break;
                    default: csv.WriteField(cell); break;
                }
            }
            csv.EndRecord();
        }
        csv.Flush();
    }
}
