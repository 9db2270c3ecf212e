using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// Markup other writers than Word produce, built by hand into a corpus plan: every spelling of a repeated header row
/// (<c>w:tblHeader</c> as <c>true</c>, <c>1</c>, <c>on</c> and the empty element — LibreOffice writes <c>true</c>, which the
/// SDK's typed value refused) goes through check and extract and is read as a header row; a borderless table written as
/// cells with <c>nil</c> edges over a bordered table style (as LibreOffice writes the header and signature tables) draws no line.
/// </summary>
public sealed class OtherWritersMarkupTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly PlanEngine Engine = new();

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("on")]
    [InlineData(null)]
    public void Every_spelling_of_a_repeated_header_row_is_checked_and_extracted(string? value)
    {
        var docx = FixCheck.Edited("tri-yen-2024.docx", w =>
        {
            foreach (var row in w.MainDocumentPart!.Document!.Body!.Descendants<TableRow>())
            {
                var trPr = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
                trPr.RemoveAllChildren<TableHeader>();
                var header = new OpenXmlUnknownElement("w", "tblHeader", W);
                if (value is not null) header.SetAttribute(new OpenXmlAttribute("w", "val", W, value));
                trPr.AppendChild(header);
            }
        });

        Assert.NotEmpty(Engine.Check(new MemoryStream(docx), "plan.docx").Findings);
        Assert.Equal(24, Engine.Extract(new MemoryStream(docx), "plan.docx").Kpis.Count);
        var tables = PlanFixture.FromBytes(docx).Source.Tables;
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.All(t.Rows, r => Assert.True(r.IsHeader)));
    }

    [Theory]
    [InlineData("nil", false)]
    [InlineData("none", false)]
    [InlineData("single", true)]
    public void A_layout_table_of_cells_with_nil_edges_over_a_bordered_style_draws_no_line(string edge, bool reported)
    {
        var docx = FixCheck.Edited(PlanFixture.Compliant, w =>
        {
            var table = w.MainDocumentPart!.Document!.Body!.Descendants<Table>().First();
            table.GetFirstChild<TableProperties>()!.TableBorders?.Remove();
            table.GetFirstChild<TableProperties>()!.TableStyle = new TableStyle { Val = "TableGrid" };
            foreach (var cell in table.Descendants<TableCell>())
            {
                var tcPr = cell.TableCellProperties ?? cell.PrependChild(new TableCellProperties());
                tcPr.TableCellBorders = new TableCellBorders(
                    new TopBorder { Val = new EnumValue<BorderValues>(BorderValues.Nil) },
                    new LeftBorder { Val = new EnumValue<BorderValues>(BorderValues.Nil) },
                    new BottomBorder { Val = new EnumValue<BorderValues>(BorderValues.Nil) },
                    new RightBorder { Val = new EnumValue<BorderValues>(BorderValues.Nil) });
            }
            var last = table.Descendants<TableCell>().Last().TableCellProperties!.TableCellBorders!;
            last.RemoveAllChildren<BottomBorder>();
            last.AppendChild(new BottomBorder { Val = new EnumValue<BorderValues>(new BorderValues(edge)) });
        });

        Assert.Equal(reported, FixCheck.Check(docx).Any(f => f.Rule == "TABLE-LAYOUT" && f.Message.Contains("đường viền")));
    }
}
