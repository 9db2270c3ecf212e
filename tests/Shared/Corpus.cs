using System.Runtime.CompilerServices;

namespace ThiDua.Tests.Shared;

/// <summary>
/// The one way tests find their assets: the repository root (the folder of <c>ThiDua.WordAddin.sln</c>, found by walking
/// up from this source file's folder, which works wherever the test binaries are built) and, beside it, <c>../shared</c>:
/// the corpus (<c>THIDUA_CORPUS</c> when set), the seeds and the real published plans, all read in place and never
/// copied into the repository. Linked into every test project by <c>tests/Directory.Build.props</c>.
/// </summary>
internal static class Corpus
{
    private static readonly Lazy<string> root = new(() =>
    {
        for (var d = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!); d is not null; d = d.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(d.FullName, "ThiDua.WordAddin.sln"))) return d.FullName;
        }
        throw new DirectoryNotFoundException("Không tìm thấy thư mục gốc của repo (ThiDua.WordAddin.sln).");
    });

    private static readonly Lazy<string> dir = new(() =>
        Environment.GetEnvironmentVariable("THIDUA_CORPUS") is { Length: > 0 } env ? env : Path.Combine(SharedDirectory, "corpus"));

    /// <summary>The repository root: the folder of <c>ThiDua.WordAddin.sln</c>.</summary>
    public static string RepositoryRoot => root.Value;

    /// <summary><c>../shared</c> beside the repository root.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The corpus folder, <c>../shared/corpus</c>.</summary>
    public static string Directory => dir.Value;

    /// <summary>Every .docx of the corpus, sorted by name.</summary>
    public static IReadOnlyList<string> Plans => System.IO.Directory.GetFiles(Directory, "*.docx").Order(StringComparer.Ordinal).ToList();

    /// <summary>The file name of every .docx of the corpus, sorted, for theories.</summary>
    public static TheoryData<string> Names() => [.. Plans.Select(p => Path.GetFileName(p))];

    /// <summary>Full path of a corpus file, e.g. <c>tien-dong-2024.docx</c> or <c>expected.json</c>.</summary>
    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary><c>../shared/seeds</c>: the text of the five real plans of the corpus.</summary>
    public static string SeedsDirectory => Path.Combine(SharedDirectory, "seeds");

    /// <summary>Full path of a seed, e.g. <c>000_4790eecb053239ab.txt</c>.</summary>
    public static string SeedFile(string name) => Path.Combine(SeedsDirectory, name);

    /// <summary>The text of a seed, e.g. <c>000_4790eecb053239ab.txt</c>.</summary>
    public static string Seed(string name) => System.IO.File.ReadAllText(SeedFile(name));

    /// <summary><c>../shared/real-plans</c>: real published plans as Word files, read in place (never copied into the repository).</summary>
    public static string RealPlansDirectory => Path.Combine(SharedDirectory, "real-plans");

    /// <summary>Full path of a real plan, e.g. <c>21-ha-tinh-kh-437-2021-tiem-vac-xin-tre-em.docx</c>.</summary>
    public static string RealPlan(string name) => Path.Combine(RealPlansDirectory, name);

    /// <summary><c>tests/artifacts/</c>, where tests leave files for people to look at (created when missing).</summary>
    public static string Artifacts => System.IO.Directory.CreateDirectory(Path.Combine(RepositoryRoot, "tests", "artifacts")).FullName;

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
