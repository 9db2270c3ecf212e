namespace ThiDua.Plans.Kpis;

/// <summary>
/// A passage of the body: one paragraph, or several when a line of text was broken into paragraphs (a page copied from
/// the web keeps its line wraps: <c>Phấn đấu tốc độ tăng trưởng</c> / <c>GRDP từ 11% trở lên…</c>).
/// </summary>
internal sealed record TargetPassage
{
    /// <summary>A passage of one line: <paramref name="numbering"/> is the line's Word numbering label, trimmed (empty when
    /// none); <paramref name="typedLabel"/> the length of the label typed at the start of <paramref name="text"/> when it has none.</summary>
    private TargetPassage(string text, TargetLine line, string numbering, int typedLabel)
    {
        Text = text;
        Line = line;
        Lines = 1;
        Label = numbering.Length > 0 ? numbering : text[..typedLabel].Trim();
        Body = numbering.Length == 0 ? text[typedLabel..].Trim()
            : WithoutTypedLabel(text.StartsWith(numbering, StringComparison.Ordinal) ? text[numbering.Length..] : text);
    }

    /// <summary>The text, NFC, the lines joined by a space, with its typed list label.</summary>
    public string Text { get; init; }

    /// <summary>The first line (its paragraph, place, numbering, heading).</summary>
    public TargetLine Line { get; }

    /// <summary>How many paragraphs it spans.</summary>
    public int Lines { get; init; }

    /// <summary>The list label drawn or typed before the text (<c>-</c>, <c>1.</c>, <c>a)</c>), trimmed; empty when none.</summary>
    public string Label { get; }

    /// <summary>The first line's text without its list label, trimmed.</summary>
    public string Body { get; }

    /// <summary>
    /// The passages of <paramref name="lines"/>: a line joins the one before it when that one ends without a final mark
    /// (<c>. ; : ! ?</c>) and it goes on the same sentence — it starts with a small letter, or with an abbreviation in capitals
    /// followed by small letters (<c>GRDP từ 11%…</c>) — and carries no list label of its own.
    /// </summary>
    public static List<TargetPassage> Join(IReadOnlyList<TargetLine> lines)
    {
        var passages = new List<TargetPassage>();
        foreach (var line in lines)
        {
            var text = KpiText.Nfc(line.Text ?? string.Empty).Trim();
            if (text.Length == 0) continue;
            var numbering = (line.NumberLabel ?? string.Empty).Trim();
            // The typed label is matched once per line; a line numbered by Word has none of its own before its number.
            var typedLabel = numbering.Length > 0 ? 0 : KpiText.ListLabelLength(text);
            if (passages.Count > 0 && numbering.Length == 0 && typedLabel == 0 && Continues(passages[^1], line, text))
            {
                var last = passages[^1];
                passages[^1] = last with { Text = $"{last.Text} {text}", Lines = last.Lines + 1 };
                continue;
            }
            passages.Add(new TargetPassage(text, line, numbering, typedLabel));
        }
        return passages;
    }

    /// <summary>Whether a line without a list label goes on the passage before it.</summary>
    private static bool Continues(TargetPassage before, TargetLine line, string text)
    {
        if (line.Paragraph != before.Line.Paragraph + before.Lines && before.Line.Paragraph >= 0) return false;
        var end = before.Text.TrimEnd();
        if (end.Length == 0 || end[^1] is '.' or ';' or ':' or '!' or '?' or '…' or ')' or '”' or '"') return false;
        if (IsCapitals(before.Text)) return false; // a title in capitals ends where its paragraph does
        if (char.IsLower(text[0])) return true;
        // "GRDP từ 11%": an abbreviation in capitals, then small letters, after a line that ends in a small word.
        var space = text.IndexOf(' ');
        return space >= 2 && text[..space].All(c => char.IsUpper(c) || char.IsDigit(c)) && space + 1 < text.Length
            && char.IsLower(text[space + 1]) && char.IsLower(end[^1]);
    }

    /// <summary>True when the letters of <paramref name="text"/> are all capitals (and there are some).</summary>
    public static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    private static string WithoutTypedLabel(string text) => text[KpiText.ListLabelLength(text)..].Trim();
}
