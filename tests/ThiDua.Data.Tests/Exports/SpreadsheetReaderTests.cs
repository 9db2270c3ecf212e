using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Data.Export;

namespace ThiDua.Data.Tests.Exports;

/// <summary>
/// The exports opened by a real spreadsheet program — LibreOffice Calc, headless — as an officer's Excel opens them:
/// the XLSX as it is; the Vietnamese CSV (<c>format=csv-vn</c>) with Vietnamese regional settings (language vi-VN,
/// separator <c>;</c>), as Excel with Windows set to Vietnam reads a .csv. What Calc reads is saved again as .xlsx and
/// checked cell by cell: numbers are number cells with the values written, dates and times date cells.
/// </summary>
public sealed class SpreadsheetReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A table with the kinds of values the exports hold: large whole numbers, decimals, a date, a time.</summary>
    private static readonly ExportTable Table = new("chi-tieu",
        ["Chỉ tiêu", "Giá trị", "Ngày ban hành", "Thời điểm gửi (giờ Việt Nam)"],
        [
            ["Thu ngân sách", 10129300000m, new DateOnly(2024, 2, 1), new DateTimeOffset(2024, 2, 1, 8, 30, 0, TimeSpan.Zero)],
            ["Tỷ lệ tham gia BHYT", 99.6m, new DateOnly(2024, 12, 25), new DateTimeOffset(2024, 12, 31, 20, 5, 0, TimeSpan.Zero)],
            ["Tỷ lệ hộ nghèo", 1.06m, null, null],
        ]);

    [Fact]
    public void Vietnamese_csv_opened_with_Vietnamese_settings_gives_numbers_dates_and_Vietnam_times()
    {
        var csv = Path.Combine(folder, "chi-tieu.csv");
        using (var file = File.Create(csv)) ExportFormat.CsvVietnamese.Write(Table, file);
        Assert.StartsWith("Chỉ tiêu;Giá trị;", File.ReadAllText(csv));
        Assert.Contains("Tỷ lệ tham gia BHYT;99,6;25/12/2024;01/01/2025 03:05", File.ReadAllText(csv));

        // Calc's CSV import: separator 59 (;), text delimiter 34 ("), UTF-8 (76), from line 1, language 1066 (vi-VN).
        var cells = ReadBack(Convert(csv, "xlsx:Calc MS Excel 2007 XML", "--infilter=CSV:59,34,76,1,,1066"));

        AssertNumbers(cells);
    }

    [Fact]
    public void Xlsx_opened_by_a_spreadsheet_keeps_numbers_dates_and_Vietnam_times_as_cells()
    {
        var xlsx = Path.Combine(folder, "chi-tieu.xlsx");
        using (var file = File.Create(xlsx)) ExportFormat.Xlsx.Write(Table, file);

        var cells = ReadBack(Convert(xlsx, "xlsx:Calc MS Excel 2007 XML", null, "resaved"));

        AssertNumbers(cells);
    }

    [Fact]
    public void Rfc4180_csv_keeps_commas_points_and_iso_times()
    {
        using var output = new MemoryStream();
        ExportFormat.Csv.Write(Table, output);
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.Contains("Tỷ lệ tham gia BHYT,99.6,2024-12-25,2025-01-01T03:05:00+07:00", text);
        Assert.Equal("chi-tieu-excel-tieng-viet.csv", ExportFormat.CsvVietnamese.FileName("chi-tieu"));
    }

    /// <summary>The values Calc read: numbers as number cells, dates and Vietnam times as date serials.</summary>
    private static void AssertNumbers(List<List<(string Value, bool IsNumber)>> cells)
    {
        Assert.Equal(["Chỉ tiêu", "Giá trị", "Ngày ban hành", "Thời điểm gửi (giờ Việt Nam)"], cells[0].Select(c => c.Value));
        decimal Number((string Value, bool IsNumber) cell)
        {
            Assert.True(cell.IsNumber, $"“{cell.Value}” was read as text");
            return decimal.Parse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        Assert.Equal([10129300000m, 99.6m, 1.06m], cells.Skip(1).Select(r => Math.Round(Number(r[1]), 6)));
        Assert.Equal(new DateTime(2024, 2, 1), DateTime.FromOADate((double)Number(cells[1][2])));
        // 08:30 UTC is 15:30 in Vietnam; 20:05 UTC on 31 December is 03:05 on 1 January.
        Assert.Equal(new DateTime(2024, 2, 1, 15, 30, 0), RoundToMinute(DateTime.FromOADate((double)Number(cells[1][3]))));
        Assert.Equal(new DateTime(2025, 1, 1, 3, 5, 0), RoundToMinute(DateTime.FromOADate((double)Number(cells[2][3]))));
    }

    private static DateTime RoundToMinute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute + (t.Second >= 30 ? 1 : 0), 0);

    /// <summary>Converts <paramref name="input"/> with LibreOffice headless into <see cref="folder"/>/<paramref name="into"/>; returns the new file.</summary>
    private string Convert(string input, string filter, string? inFilter, string into = "converted")
    {
        var outDir = Directory.CreateDirectory(Path.Combine(folder, into)).FullName;
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        var info = new ProcessStartInfo(Locate("soffice")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore" }) info.ArgumentList.Add(a);
        if (inFilter is not null) info.ArgumentList.Add(inFilter);
        foreach (var a in new[] { "--convert-to", filter, "--outdir", outDir, input }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish within 2 minutes.");
        }
        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + ".xlsx");
        Assert.True(process.ExitCode == 0 && File.Exists(output), $"LibreOffice could not open {Path.GetFileName(input)}: {stderr.Result}");
        return output;
    }

    private static string Locate(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator))
            if (File.Exists(Path.Combine(dir, program))) return Path.Combine(dir, program);
        Assert.Fail($"{program} is not installed (service/install-prerequisites.sh test installs libreoffice-calc-nogui).");
        return "";
    }

    /// <summary>Every row's cells as Calc saved them: the value (a shared string's text) and whether it is a number cell.</summary>
    private static List<List<(string Value, bool IsNumber)>> ReadBack(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
        {
            var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
            if (cell.DataType?.Value == CellValues.SharedString) return (strings[int.Parse(value, CultureInfo.InvariantCulture)], false);
            var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
            return (value, isNumber && value.Length > 0);
        }).ToList()).ToList();
    }
}
