namespace ThiDua.Cli.Input;

/// <summary>One plan file to process.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Display">The name shown in reports: relative to the working folder when under it, else the full path.</param>
/// <param name="Relative">The path under the folder given on the command line that it was found in; the file name for a file given by name.</param>
public sealed record PlanFile(string Path, string Display, string Relative);

/// <summary>Expands the files and folders given on the command line into the .docx files to process.</summary>
public static class PlanFiles
{
    /// <summary>
    /// Files are taken as given (whatever their extension: a .doc given by name gets its own Vietnamese reason);
    /// folders are searched, with their subfolders, for <c>*.docx</c>, skipping Word's <c>~$</c> lock files and the files
    /// <paramref name="skipInFolders"/> names (by file name); the result is in ordinal path order without duplicates.
    /// Paths that do not exist are returned apart.
    /// </summary>
    public static (IReadOnlyList<PlanFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, Func<string, bool>? skipInFolders = null)
    {
        var files = new SortedDictionary<string, PlanFile>(StringComparer.Ordinal);
        var missing = new List<string>();
        var workingFolder = Directory.GetCurrentDirectory();
        foreach (var given in paths)
        {
            var full = System.IO.Path.GetFullPath(given);
            if (File.Exists(full))
                files.TryAdd(full, new PlanFile(full, given, System.IO.Path.GetFileName(full)));
            else if (Directory.Exists(full))
                foreach (var found in Directory.EnumerateFiles(full, "*.docx", SearchOption.AllDirectories))
                {
                    var name = System.IO.Path.GetFileName(found);
                    if (name.StartsWith("~$", StringComparison.Ordinal) || skipInFolders?.Invoke(name) == true) continue;
                    files.TryAdd(found, new PlanFile(found, Display(found, workingFolder), System.IO.Path.GetRelativePath(full, found)));
                }
            else
                missing.Add(given);
        }
        return ([.. files.Values], missing);
    }

    private static string Display(string full, string workingFolder)
    {
        var relative = System.IO.Path.GetRelativePath(workingFolder, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative;
    }
}
