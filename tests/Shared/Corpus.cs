using System.Runtime.CompilerServices;

namespace ThiDua.Tests.Shared;

/// <summary>
/// Locates <c>../shared/corpus</c> beside the repository root: <c>THIDUA_CORPUS</c> when set, else found by walking up from
/// this source file's folder (which works wherever the test binaries are built) to <c>ThiDua.WordAddin.sln</c>.
/// Linked into the test projects that read the corpus.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> dir = new(() =>
    {
        if (Environment.GetEnvironmentVariable("THIDUA_CORPUS") is { Length: > 0 } env) return env;
        for (var d = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!); d is not null; d = d.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(d.FullName, "ThiDua.WordAddin.sln")))
                return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "corpus"));
        }
        throw new DirectoryNotFoundException("Không tìm thấy thư mục gốc của repo (ThiDua.WordAddin.sln).");
    });

    /// <summary>The corpus folder.</summary>
    public static string Directory => dir.Value;

    /// <summary>Every .docx of the corpus, sorted by name.</summary>
    public static IReadOnlyList<string> Plans => System.IO.Directory.GetFiles(Directory, "*.docx").Order(StringComparer.Ordinal).ToList();

    /// <summary>Full path of a corpus file, e.g. <c>tien-dong-2024.docx</c>.</summary>
    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary><c>../shared/real-plans</c>: real published plans as Word files, read in place (never copied into the repository).</summary>
    public static string RealPlansDirectory => Path.GetFullPath(Path.Combine(Directory, "..", "real-plans"));

    /// <summary>Full path of a real plan, e.g. <c>21-ha-tinh-kh-437-2021-tiem-vac-xin-tre-em.docx</c>.</summary>
    public static string RealPlan(string name) => Path.Combine(RealPlansDirectory, name);

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
