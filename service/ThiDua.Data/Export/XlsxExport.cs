using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Data.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as an .xlsx workbook with the Open XML SDK: one sheet named after the table, a bold
/// frozen header row with an auto-filter, numbers as number cells, dates as date cells (<c>dd/mm/yyyy</c>), times as
/// date-time cells in Vietnam time (<c>dd/mm/yyyy hh:mm</c>, <see cref="VietnamTime"/>), text as inline strings — so a
/// spreadsheet sorts and sums them whatever its regional settings.
/// (ClosedXML 0.95.4, the only version the registry serves, needs Open XML SDK 2.x and fails with the 3.x the reader uses.)
/// </summary>
public static class XlsxExport
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private const uint TimeStyle = 3;
    private const uint DateFormatId = 164, TimeFormatId = 165;
    private const int MaxCellText = 32_767;

    /// <summary>Writes the workbook to <paramref name="output"/> (any writable stream); leaves it open.</summary>
    public static void Write(ExportTable table, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Headers, header: true));
            for (var r = 0; r < table.Rows.Count; r++)
                data.Append(Row((uint)r + 2, table.Rows[r], header: false));
            var lastCell = $"{ColumnName(table.Headers.Count - 1)}{table.Rows.Count + 1}";
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                })
                { WorkbookViewId = 0 }),
                Widths(table),
                data,
                new AutoFilter { Reference = $"A1:{lastCell}" });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(table.Title) }));
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Row Row(uint index, IEnumerable<object?> cells, bool header)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var value in cells)
        {
            var reference = $"{ColumnName(c)}{index}";
            var cell = value switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number },
                long n => new Cell { CellReference = reference, CellValue = new CellValue((decimal)n), DataType = CellValues.Number },
                decimal n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number },
                DateOnly d => new Cell
                {
                    CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()),
                    DataType = CellValues.Number, StyleIndex = DateStyle,
                },
                DateTimeOffset t => new Cell
                {
                    CellReference = reference, CellValue = new CellValue(Math.Round(VietnamTime.Of(t).ToOADate(), 8)),
                    DataType = CellValues.Number, StyleIndex = TimeStyle,
                },
                var text => new Cell
                {
                    CellReference = reference, DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Clean(text.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (header) cell.StyleIndex = BoldStyle;
            row.Append(cell);
            c++;
        }
        return row;
    }

    private static Columns Widths(ExportTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Rows.Take(500).Select(r => r[c] is DateTimeOffset ? 16 : r[c]?.ToString()?.Length ?? 0).Append(table.Headers[c].Length).Max();
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(longest + 2, 6, 60), CustomWidth = true });
        }
        return columns;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = TimeFormatId, FormatCode = "dd/mm/yyyy hh:mm" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = TimeFormatId, ApplyNumberFormat = true }));

    /// <summary>A1-style column letters of the 0-based <paramref name="index"/> (0 → A, 26 → AA).</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Excel sheet names: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Select(ch => "[]:*?/\\".Contains(ch) ? '-' : ch).ToArray()).Trim('\'');
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(31, name.Length)];
    }

    /// <summary>Drops characters XML cannot carry and cuts text at Excel's cell limit.</summary>
    private static string Clean(string text)
    {
        var clean = new string(text.Where(ch => char.IsSurrogate(ch) || XmlConvert.IsXmlChar(ch)).ToArray());
        return clean.Length <= MaxCellText ? clean : clean[..MaxCellText];
    }
}
