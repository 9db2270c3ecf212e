using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.SecondRelease;

/// <summary>Builds the small documents of the second-release rule tests: the compliant plan with one element added or changed.</summary>
public static class SecondReleaseEdits
{
    private static readonly PlanEngine Engine = new();

    /// <summary>The findings of <paramref name="rule"/> on the compliant plan changed by <paramref name="edit"/>.</summary>
    public static IReadOnlyList<Finding> Run(IPlanRule rule, Action<WordprocessingDocument>? edit = null, string file = PlanFixture.Compliant) =>
        PlanFixture.Run(rule, PlanFixture.Load(file, edit));

    /// <summary>The compliant plan changed by <paramref name="edit"/>, as a package.</summary>
    public static byte[] Bytes(Action<WordprocessingDocument> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(File.ReadAllBytes(Corpus.File(PlanFixture.Compliant)));
        using (var w = WordprocessingDocument.Open(ms, true)) edit(w);
        return ms.ToArray();
    }

    /// <summary>The findings of rule <paramref name="id"/> on <paramref name="docx"/> after applying that rule's fixes.</summary>
    public static IReadOnlyList<Finding> AfterFix(byte[] docx, string id)
    {
        var fixedBytes = Engine.Fix(new MemoryStream(docx), [id]);
        return Engine.Check(new MemoryStream(fixedBytes), "fixed.docx").Findings.Where(f => f.Rule == id).ToList();
    }

    /// <summary>The findings of rule <paramref name="id"/> on <paramref name="docx"/> through the engine.</summary>
    public static IReadOnlyList<Finding> Check(byte[] docx, string id) =>
        Engine.Check(new MemoryStream(docx), "plan.docx").Findings.Where(f => f.Rule == id).ToList();

    /// <summary>A paragraph of Times New Roman text.</summary>
    public static Paragraph P(string text, double pt = 14, bool bold = false, bool italic = false, JustificationValues? jc = null, bool pageBreakBefore = false)
    {
        var pPr = new ParagraphProperties();
        if (pageBreakBefore) pPr.AppendChild(new PageBreakBefore());
        if (jc is { } j) pPr.AppendChild(new Justification { Val = j });
        var rPr = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold) rPr.AppendChild(new Bold());
        if (italic) rPr.AppendChild(new Italic());
        rPr.AppendChild(new FontSize { Val = ((int)(pt * 2)).ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(pPr, new Run(rPr, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A copy of the paragraph with text <paramref name="anchor"/>, retyped as <paramref name="text"/>, inserted after it.</summary>
    public static Action<WordprocessingDocument> InsertCopyAfter(string anchor, string text, Action<RunProperties>? format = null) => doc =>
    {
        var source = Header.DocEdits.Paragraph(doc, anchor);
        var copy = (Paragraph)source.CloneNode(true);
        var runs = copy.Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null).ToList();
        runs[0].GetFirstChild<Text>()!.Text = text;
        foreach (var r in runs.Skip(1)) r.Remove();
        if (format is not null) format(runs[0].RunProperties ??= new RunProperties());
        source.InsertAfterSelf(copy);
    };

    /// <summary>Appends <paramref name="blocks"/> at the end of the body, before its last section properties.</summary>
    public static Action<WordprocessingDocument> Append(params OpenXmlElement[] blocks) => doc =>
    {
        var body = doc.MainDocumentPart!.Document.Body!;
        var sectPr = body.Elements<SectionProperties>().Last();
        foreach (var b in blocks) sectPr.InsertBeforeSelf(b.CloneNode(true));
    };

    /// <summary>Inserts <paramref name="blocks"/> after the paragraph whose text starts with <paramref name="anchor"/>.</summary>
    public static Action<WordprocessingDocument> InsertAfter(string anchor, params OpenXmlElement[] blocks) => doc =>
    {
        OpenXmlElement at = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .First(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).StartsWith(anchor, StringComparison.Ordinal));
        foreach (var b in blocks) at = at.InsertAfterSelf(b.CloneNode(true));
    };

    /// <summary>Sets paragraph properties on the paragraph with text <paramref name="text"/>.</summary>
    public static Action<WordprocessingDocument> ParagraphProps(string text, Action<ParagraphProperties> change) => doc =>
        change(Header.DocEdits.Paragraph(doc, text).ParagraphProperties ??= new ParagraphProperties());

    /// <summary>Applies several edits in order.</summary>
    public static Action<WordprocessingDocument> All(params Action<WordprocessingDocument>[] edits) => doc =>
    {
        foreach (var e in edits) e(doc);
    };

    /// <summary>A work table: a header row (TT, Nội dung) and <paramref name="rows"/> numbered rows.</summary>
    public static Table WorkTable(int rows, bool repeatHeader, JustificationValues numberAlignment, int widthTwips = 9000)
    {
        TableCell Cell(string text, int width, JustificationValues? jc = null) =>
            new(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), P(text, 13, jc: jc));
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(new GridColumn { Width = "800" }, new GridColumn { Width = (widthTwips - 800).ToString(CultureInfo.InvariantCulture) }));
        var header = new TableRow(Cell("TT", 800, JustificationValues.Center), Cell("Nội dung công việc", widthTwips - 800, JustificationValues.Center));
        if (repeatHeader) header.PrependChild(new TableRowProperties(new TableHeader()));
        table.AppendChild(header);
        for (var i = 1; i <= rows; i++)
            table.AppendChild(new TableRow(Cell(i.ToString(CultureInfo.InvariantCulture), 800, numberAlignment),
                Cell($"Tổ chức phát động phong trào thi đua đợt {i} trên địa bàn toàn xã, sơ kết, tổng kết và khen thưởng kịp thời", widthTwips - 800)));
        return table;
    }
}
