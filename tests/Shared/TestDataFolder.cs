using System.Runtime.CompilerServices;

namespace ThiDua.Tests.Shared;

/// <summary>
/// Keeps every test run's data in its own temporary folder: before any test runs, <c>Database__DataFolder</c> points
/// the service (and any <c>thidua</c> process a test starts, which inherits it) at a new folder under the system's temp
/// folder, deleted when the test process ends. Without it a service started with no database setting would write to the
/// user's <c>~/.local/share/ThiDua</c>, shared between runs and machines' users. Linked into every test project by
/// <c>tests/Directory.Build.props</c>; a test that sets its own <c>Database:DataFolder</c> still wins.
/// </summary>
internal static class TestDataFolder
{
    /// <summary>The folder of this test process.</summary>
    public static string Path { get; private set; } = "";

    [ModuleInitializer]
    internal static void Initialize()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thidua-tests-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
        Environment.SetEnvironmentVariable("Database__DataFolder", Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { } // a file still open by a child process: the temp folder is the system's to clean
            catch (UnauthorizedAccessException) { }
        };
    }
}
