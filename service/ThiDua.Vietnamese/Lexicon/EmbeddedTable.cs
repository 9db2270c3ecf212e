using System.Text;

namespace ThiDua.Vietnamese.Lexicon;

/// <summary>
/// The tab-separated word lists embedded in this assembly (<c>Resources/*.tsv</c>): one entry a line, fields separated
/// by one TAB, lines starting with <c>#</c> and blank lines skipped, text NFC.
/// </summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of the embedded resource <paramref name="name"/> (logical name, e.g. <c>ThiDua.Vietnamese.confusables.tsv</c>).</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded.</exception>
    public static List<string[]> Rows(string name)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Rows(reader);
    }

    /// <summary>The rows of a table read from <paramref name="reader"/>.</summary>
    public static List<string[]> Rows(TextReader reader)
    {
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Normalize(NormalizationForm.FormC).Split('\t'));
        }
        return rows;
    }
}
