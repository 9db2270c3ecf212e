using System.Runtime.CompilerServices;

namespace ThiDua.Docx.Tests.Package.Samples;

/// <summary>
/// The real plans of <c>shared/corpus</c>, which lies beside the repository (<c>../shared/corpus</c> from its root).
/// Found by walking up from the test binaries, then (when they are built into an artifacts folder elsewhere) from this
/// source file's location.
/// </summary>
public static class CorpusPaths
{
    /// <summary>The corpus folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No <c>shared/corpus</c> beside any parent folder.</exception>
    public static string Folder { get; } = Find();

    /// <summary>Full path of the corpus file <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Every corpus .docx file name, for theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.docx").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
        throw new DirectoryNotFoundException("shared/corpus not found above " + AppContext.BaseDirectory);
    }
}
