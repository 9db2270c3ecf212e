using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using ThiDua.Plans.Kpis;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Exports;

public sealed class SqliteExportTests : ExportTests<SqliteTestDatabase>;

public sealed class PostgresExportTests : ExportTests<PostgresTestDatabase>;

/// <summary>Exports of query results, opened and read back: CSV with CsvHelper, XLSX with the Open XML SDK.</summary>
public abstract class ExportTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private async Task<List<KpiRow>> StoredKpisAsync()
    {
        await Submissions.SubmitAsync(TriYen());
        await Submissions.SubmitAsync(Json(Commune("Nham Sơn"),
            Kpi("lao-dong.viec-lam-moi", "Tạo việc làm mới", "=", 35m, "lao động") with
            {
                Source = new TargetSource("- Tạo việc làm mới cho 35 lao động, \"ưu tiên\" thanh niên; 2024.", 5, "đoạn 5", 1),
            }));
        await using var db = Context();
        return await new KpiQueries(db).AllAsync(new KpiFilter(Year: 2024));
    }

    [DatabaseFact]
    public async Task Kpi_csv_is_utf8_with_bom_and_reads_back_to_the_same_values()
    {
        var rows = await StoredKpisAsync();
        var table = ExportTables.Kpis(rows);
        using var output = new MemoryStream();

        ExportFormat.Csv.Write(table, output);

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(bytes);
        var read = new List<(string Unit, string Label, string Comparator, decimal? Value, string Sentence)>();
        while (csv.Read())
        {
            read.Add((csv.GetString("Đơn vị ban hành"), csv.GetString("Chỉ tiêu"), csv.GetString("So sánh"),
                csv.IsEmpty(csv.Headers.ToList().IndexOf("Giá trị")) ? null : csv.Parse<decimal>("Giá trị"), csv.GetString("Câu nguồn")));
        }
        Assert.Equal(table.Headers, csv.Headers);
        Assert.Equal(rows.Count, read.Count);
        Assert.Equal(rows.Select(r => (r.UnitName, r.Label, ComparatorText.Of(r.Comparator), r.Value)),
            read.Select(r => (r.Unit, r.Label, r.Comparator, r.Value)));
        Assert.Equal(rows.Where(r => !r.Source.Sentence.StartsWith('-')).Select(r => r.Source.Sentence),
            read.Where(r => !r.Sentence.StartsWith('\'')).Select(r => r.Sentence));
        Assert.Contains("'- Tạo việc làm mới cho 35 lao động, \"ưu tiên\" thanh niên; 2024.", read.Select(r => r.Sentence));
    }

    [DatabaseFact]
    public async Task Kpi_xlsx_is_a_valid_workbook_with_number_cells_and_reads_back_to_the_same_values()
    {
        var rows = await StoredKpisAsync();
        var table = ExportTables.Kpis(rows);
        using var output = new MemoryStream();

        ExportFormat.Xlsx.Write(table, output);

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("chi-tieu", sheet.Name!.Value);
        var cells = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(table.Headers, cells[0].Select(Text));
        Assert.Equal(rows.Count, cells.Count - 1);
        var valueColumn = table.Headers.ToList().IndexOf("Giá trị");
        var labelColumn = table.Headers.ToList().IndexOf("Chỉ tiêu");
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].Label, Text(cells[i + 1][labelColumn]));
            var value = cells[i + 1][valueColumn];
            Assert.Equal(rows[i].Value, value.CellValue is null ? null : decimal.Parse(value.CellValue.Text, CultureInfo.InvariantCulture));
        }
    }

    [DatabaseFact]
    public async Task Summary_and_coverage_export_with_their_own_columns()
    {
        await StoredKpisAsync();
        await using var db = Context();
        var summary = await new KpiSummaries(db).SummarizeAsync(new KpiFilter(Year: 2024));
        var coverage = await new UnitCoverage(db).ForYearAsync(2024);
        using var summaryCsv = new MemoryStream();
        using var coverageXlsx = new MemoryStream();

        ExportFormat.Csv.Write(ExportTables.Summary(summary), summaryCsv);
        ExportFormat.Xlsx.Write(ExportTables.Coverage(2024, coverage), coverageXlsx);

        using var csv = CsvReader.Create(summaryCsv.ToArray());
        var codes = new List<string>();
        while (csv.Read()) codes.Add(csv.GetString("Mã chỉ tiêu"));
        Assert.Equal(summary.Select(s => s.Code), codes);
        coverageXlsx.Position = 0;
        using var workbook = SpreadsheetDocument.Open(coverageXlsx, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(coverage.Count + 1, rows.Count);
        Assert.Equal("tinh-hinh-gui-2024", workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
