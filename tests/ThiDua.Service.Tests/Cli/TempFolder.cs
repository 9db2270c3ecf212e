namespace ThiDua.Service.Tests.Cli;

/// <summary>A temporary folder removed after the test.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("thidua-cli-").FullName;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> (folders created) and returns the full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Deletes the folder.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
