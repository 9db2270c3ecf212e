using System.Runtime.CompilerServices;

namespace ThiDua.Vietnamese.Tests.Support;

/// <summary>
/// The seed plans of <c>shared/seeds</c> (text of the five real plans), which lies beside the repository. Found by
/// walking up from the test binaries, then from this source file (when the binaries sit in an artifacts folder).
/// </summary>
public static class SeedFiles
{
    /// <summary>The seeds folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No <c>shared/seeds</c> beside any parent folder.</exception>
    public static string Folder { get; } = Find();

    /// <summary>The text of seed <paramref name="name"/> (e.g. <c>000_4790eecb053239ab.txt</c>).</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate)) return candidate;
            }
        throw new DirectoryNotFoundException("shared/seeds not found beside the repository.");
    }
}
