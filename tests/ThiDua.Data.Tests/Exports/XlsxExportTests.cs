using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ThiDua.Data.Export;

namespace ThiDua.Data.Tests.Exports;

/// <summary>Cell writing of the XLSX export, without a database.</summary>
public sealed class XlsxExportTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_follow_the_a1_convention(int index, string name) => Assert.Equal(name, XlsxExport.ColumnName(index));

    [Fact]
    public void Dates_are_date_cells_nulls_empty_and_unwritable_characters_dropped()
    {
        var table = new ExportTable("a/b:c", ["Ngày", "Ghi chú", "Số"], [[new DateOnly(2024, 2, 1), "x\u0001y 👍", null]]);
        using var output = new MemoryStream();

        XlsxExport.Write(table, output);

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("a-b-c", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var cells = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Last().Elements<Cell>().ToList();
        Assert.Equal(new DateTime(2024, 2, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0].CellValue!.Text);
        Assert.Equal("xy 👍", cells[1].InlineString!.InnerText);
        Assert.Null(cells[2].CellValue);
    }
}
