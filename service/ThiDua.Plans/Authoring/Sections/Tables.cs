using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>The two kinds of table an authored plan uses: borderless layout tables (header, closing) and ruled data tables.</summary>
internal static class Tables
{
    /// <summary>
    /// A borderless table of fixed column widths (twips) laying out the two columns of the header or of Nơi nhận and chữ ký.
    /// </summary>
    public static Table Layout(int[] columns, int indent, params TableRow[] rows)
    {
        var props = new TableProperties(
            new TableWidth { Width = Twips(columns.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        var table = new Table(props, Grid(columns));
        table.Append(rows);
        return table;
    }

    /// <summary>A table ruled with single ½ pt black lines, its first row repeated on each page.</summary>
    public static Table Ruled(int[] columns, TableRow heading, IEnumerable<OpenXmlElement> rows)
    {
        var props = new TableProperties(
            new TableWidth { Width = Twips(columns.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                Line(new TopBorder()), Line(new LeftBorder()), Line(new BottomBorder()), Line(new RightBorder()),
                Line(new InsideHorizontalBorder()), Line(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        heading.PrependChild(new TableRowProperties(new TableHeader(), new CantSplit()));
        var table = new Table(props, Grid(columns), heading);
        table.Append(rows);
        return table;
    }

    private static T Line<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Space = 0;
        border.Color = "000000";
        return border;
    }

    /// <summary>A row of cells, each <paramref name="columns"/> wide and holding the given block content.</summary>
    public static TableRow Row(int[] columns, params IEnumerable<OpenXmlElement>[] cells)
    {
        var row = new TableRow();
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(columns[i]), Type = TableWidthUnitValues.Dxa }));
            cell.Append(cells[i]);
            row.Append(cell);
        }
        return row;
    }

    private static TableGrid Grid(int[] columns) => new(columns.Select(c => new GridColumn { Width = Twips(c) }));

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
