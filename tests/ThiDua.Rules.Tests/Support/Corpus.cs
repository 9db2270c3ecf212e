namespace ThiDua.Rules.Tests.Support;

/// <summary>Locates <c>../shared/corpus</c> beside the repository root (walking up from the test binaries).</summary>
public static class Corpus
{
    private static readonly Lazy<string> dir = new(() =>
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ThiDua.WordAddin.sln")))
                return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "corpus"));
        }
        throw new DirectoryNotFoundException("Không tìm thấy thư mục gốc của repo (ThiDua.WordAddin.sln).");
    });

    /// <summary>The corpus folder.</summary>
    public static string Directory => dir.Value;

    /// <summary>Full path of a corpus file, e.g. <c>tien-dong-2024.docx</c>.</summary>
    public static string File(string name) => Path.Combine(Directory, name);
}
