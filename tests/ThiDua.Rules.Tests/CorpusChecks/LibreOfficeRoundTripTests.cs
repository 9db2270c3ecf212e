using System.Diagnostics;
using System.Text.Json;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// Every corpus plan re-saved by LibreOffice (<c>soffice --headless --convert-to docx</c>, the installed Writer, into this
/// test's temp folder) reads as the original does (issue 12): the same findings — rule, severity, part, paragraph and the
/// quoted text — and the same chỉ tiêu records. LibreOffice writes on/off values as <c>true</c>/<c>1</c>, its own styles,
/// numbering and section properties: what it writes differently must not change what the plan says or how it looks.
/// </summary>
public sealed class LibreOfficeRoundTripTests(LibreOfficeRoundTripTests.Resaved resaved) : IClassFixture<LibreOfficeRoundTripTests.Resaved>
{
    private static readonly PlanEngine Engine = new();

    public static TheoryData<string> Plans => new(Corpus.Plans.Select(Path.GetFileName)!);

    /// <summary>
    /// What LibreOffice really changes, per file and rule, so those findings are compared without that rule. LibreOffice
    /// Writer (7.4) drops <c>w:tag</c> from every content control it writes back (it keeps the aliases and data bindings):
    /// the re-saved tagged plan really is untagged, and TAG-MISSING rightly says so. Its chỉ tiêu still read the same,
    /// found by their wording.
    /// </summary>
    private static readonly Dictionary<string, string[]> LibreOfficeChanges = new(StringComparer.Ordinal)
    {
        ["tri-yen-2024-tagged.docx"] = ["TAG-MISSING"],
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_plan_resaved_by_LibreOffice_gets_the_same_findings(string file)
    {
        var changed = LibreOfficeChanges.GetValueOrDefault(file, []);
        Assert.Equal(Findings(Corpus.File(file), changed), Findings(resaved.Of(file), changed));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_plan_resaved_by_LibreOffice_gives_the_same_chi_tieu(string file)
    {
        Assert.Equal(Kpis(Corpus.File(file)), Kpis(resaved.Of(file)));
    }

    private static List<string> Findings(string path, string[] without)
    {
        using var stream = File.OpenRead(path);
        return Engine.Check(stream, Path.GetFileName(path)).Findings.Where(f => !without.Contains(f.Rule))
            .Select(f => $"{f.Rule} {f.Severity} {f.Part} ¶{f.Paragraph} «{f.Text}»").ToList();
    }

    private static List<string> Kpis(string path)
    {
        using var stream = File.OpenRead(path);
        // Every field of the record, nested ones included, as the API would serialise it.
        return Engine.Extract(stream, Path.GetFileName(path)).Kpis.Select(k => JsonSerializer.Serialize(k)).ToList();
    }

    /// <summary>The corpus re-saved once by LibreOffice Writer, in a temp folder removed afterwards.</summary>
    public sealed class Resaved : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("thidua-libreoffice-").FullName;
        private readonly string output;

        public Resaved()
        {
            output = Directory.CreateDirectory(Path.Combine(folder, "resaved")).FullName;
            var start = new ProcessStartInfo(Locate("soffice")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
                     {
                         $"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--headless", "--norestore",
                         "--convert-to", "docx:MS Word 2007 XML", "--outdir", output,
                     })
                start.ArgumentList.Add(arg);
            foreach (var plan in Corpus.Plans) start.ArgumentList.Add(plan);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not re-save the corpus within 10 minutes.");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"LibreOffice exited with {process.ExitCode}: {error.Result}");
        }

        /// <summary>The re-saved copy of the corpus file <paramref name="file"/>.</summary>
        public string Of(string file)
        {
            var path = Path.Combine(output, file);
            Assert.True(File.Exists(path), $"LibreOffice did not write {file}");
            return path;
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private static string Locate(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{program} is not installed (service/install-prerequisites.sh test installs libreoffice-writer-nogui).");
    }
}
