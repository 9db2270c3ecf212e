using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ThiDua.Plans.Authoring;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>
/// Converts a new plan for each corpus unit to PDF with LibreOffice once (<c>soffice --headless --convert-to pdf</c>),
/// keeps page 1 as a PNG in <c>tests/artifacts/</c> (<c>pdftoppm -png -r 50</c>) and reads the words' positions
/// (<c>pdftotext -bbox</c>).
/// </summary>
public sealed class RenderedPlans : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "thidua-author-" + Guid.NewGuid().ToString("N"));

    public RenderedPlans()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var files = CorpusUnits.All.Select(c =>
        {
            var path = Path.Combine(Directory, $"new-plan-{c.File}.docx");
            File.WriteAllBytes(path, NewPlanBuilder.Create(c.Plan));
            return path;
        }).ToList();
        // A profile of its own so the conversion never meets another LibreOffice running on the machine.
        var profile = new Uri(Path.Combine(Directory, "profile")).AbsoluteUri;
        ExternalTool.Run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", Directory, .. files], TimeSpan.FromMinutes(4));
        foreach (var c in CorpusUnits.All)
        {
            var pdf = Pdf(c.File);
            Assert.True(File.Exists(pdf), $"LibreOffice made no PDF for {c.File}.");
            ExternalTool.Run("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(Corpus.Artifacts, $"new-plan-{c.File}-page1")], TimeSpan.FromMinutes(1));
        }
    }

    public string Pdf(string file) => Path.Combine(Directory, $"new-plan-{file}.pdf");

    /// <summary>The words of page 1 with their boxes (points, origin top left), text in NFC.</summary>
    public (double Width, double Height, IReadOnlyList<Word> Words) Page1(string file)
    {
        var html = ExternalTool.Run("pdftotext", ["-bbox", "-f", "1", "-l", "1", Pdf(file), "-"], TimeSpan.FromMinutes(1));
        var xml = XDocument.Parse(html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var page = xml.Descendants(x + "page").Single();
        double D(XElement e, string a) => double.Parse(e.Attribute(a)!.Value, CultureInfo.InvariantCulture);
        var words = page.Elements(x + "word")
            .Select(w => new Word(w.Value.Normalize(NormalizationForm.FormC), D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"))).ToList();
        return (D(page, "width"), D(page, "height"), words);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A word on a PDF page and its box in points.</summary>
public sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax);

public class NewPlanRenderingTests(RenderedPlans rendered) : IClassFixture<RenderedPlans>
{
    /// <summary>The box around the words of the given lines, each found as a run of consecutive words.</summary>
    private static Word Block(IReadOnlyList<Word> words, IEnumerable<string> lines)
    {
        var boxes = new List<Word>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = Enumerable.Range(0, Math.Max(0, words.Count - parts.Length + 1))
                .FirstOrDefault(i => parts.Select((p, k) => words[i + k].Text == p).All(m => m), -1);
            Assert.True(start >= 0, $"“{line}” is not on page 1: {string.Join(' ', words.Select(w => w.Text))}");
            boxes.AddRange(words.Skip(start).Take(parts.Length));
        }
        return new Word("", boxes.Min(b => b.XMin), boxes.Min(b => b.YMin), boxes.Max(b => b.XMax), boxes.Max(b => b.YMax));
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Header_sits_in_two_columns_at_the_top_of_page_1(string file)
    {
        var plan = CorpusUnits.Get(file).Plan;
        var (_, height, words) = rendered.Page1(file);
        var data = PlanData.From(PlanParametersValidator.Normalize(plan), []);

        var agency = Block(words, [.. data.Metadata.IssuerParent.Split(' ', 2).Where(s => s.Length > 0).Take(1), "ỦY BAN NHÂN DÂN", "Số:"]);
        var nation = Block(words, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", plan.Unit.PlaceName + ", ngày"]);
        var title = Block(words, ["KẾ HOẠCH"]);

        Assert.True(agency.XMax < nation.XMin, $"left block ends at {agency.XMax:0} pt, right block starts at {nation.XMin:0} pt");
        Assert.True(agency.YMin < nation.YMax && nation.YMin < agency.YMax, "the two blocks are not side by side");
        Assert.All([agency, nation], b => Assert.True(b.YMin < height * 0.15 && b.YMax < title.YMin, $"block at {b.YMin:0}–{b.YMax:0} pt is not at the top"));
        Assert.True(File.Exists(Path.Combine(Corpus.Artifacts, $"new-plan-{file}-page1.png")));
    }
}
