namespace ThiDua.Cli.Service;

/// <summary>
/// A one-line progress bar on an interactive terminal (<c>[████░░░░] 3/7 tệp.docx</c>) for the commands that send files
/// to or through the service; nothing when the output is redirected (and so in tests).
/// </summary>
/// <param name="writer">Where the bar is drawn (stderr).</param>
/// <param name="live">True to draw; <see cref="ForConsole"/> decides.</param>
public sealed class ProgressBar(TextWriter writer, bool live)
{
    private const int Width = 24;
    private bool shown;

    /// <summary>A bar drawn only when <paramref name="writer"/> is the console's stderr and that is a terminal.</summary>
    public static ProgressBar ForConsole(TextWriter writer) => new(writer, ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Draws <paramref name="done"/> of <paramref name="total"/> (clamped), with <paramref name="name"/> after the count.</summary>
    public void Show(int done, int total, string name)
    {
        if (!live) return;
        var filled = total > 0 ? Math.Clamp(done * Width / total, 0, Width) : 0;
        writer.Write($"\r[{new string('█', filled)}{new string('░', Width - filled)}] {done}/{total} {Truncate(name)}".PadRight(LineWidth));
        shown = true;
    }

    /// <summary>Erases the bar, so that a report line can be written in its place.</summary>
    public void Clear()
    {
        if (!live || !shown) return;
        writer.Write("\r" + new string(' ', LineWidth) + "\r");
        shown = false;
    }

    private static int LineWidth => Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 100) : 80;

    private static string Truncate(string name) => name.Length <= 40 ? name : "…" + name[^39..];
}
