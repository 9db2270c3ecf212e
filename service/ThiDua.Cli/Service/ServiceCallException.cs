namespace ThiDua.Cli.Service;

/// <summary>
/// A failure that ends a command calling ThiDua.Service as a whole — bad server address, service unreachable or too slow,
/// sign-in needed or refused — with the one Vietnamese line to print and the <see cref="ExitCodes"/> value to return.
/// </summary>
/// <param name="message">The line, without the <c>thidua: lỗi: </c> prefix.</param>
/// <param name="exitCode">An <see cref="ExitCodes"/> value.</param>
public sealed class ServiceCallException(string message, int exitCode) : Exception(message)
{
    /// <summary>The exit code the command returns.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>Writes the line to <paramref name="error"/> and returns <see cref="ExitCode"/>.</summary>
    public async Task<int> ReportAsync(TextWriter error)
    {
        await error.WriteLineAsync("thidua: lỗi: " + Message);
        return ExitCode;
    }
}
