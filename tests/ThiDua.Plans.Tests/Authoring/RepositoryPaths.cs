using System.Runtime.CompilerServices;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>The repository root (the folder of <c>ThiDua.WordAddin.sln</c>), found from this source file's folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    /// <summary><c>tests/artifacts/</c>, where tests leave files for people to look at.</summary>
    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "tests", "artifacts")).FullName;

    /// <summary><c>../shared/corpus/</c> beside the repository.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string Find([CallerFilePath] string source = "")
    {
        for (var d = new DirectoryInfo(Path.GetDirectoryName(source)!); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "ThiDua.WordAddin.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("ThiDua.WordAddin.sln not found above " + source);
    }
}
