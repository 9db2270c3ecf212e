namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// Every rhyme (<i>vần</i>) of standard Vietnamese spelling, built from the nuclei and the finals each one takes
/// (after Đoàn Thiện Thuật, <i>Ngữ âm tiếng Việt</i>, and the spelling rules of Quyết định 240/QĐ of 1984). A rhyme
/// absent from the table (<c>uơng</c>, <c>ât</c> with the wrong vowel, <c>êng</c>) is not Vietnamese.
/// </summary>
internal static class RhymeTable
{
    /// <summary>Medial glide and nucleus → the finals they take; <c>-</c> stands for an open syllable.</summary>
    private static readonly (string Medial, string Nucleus, string Finals, InitialPlacement Placement)[] Rows =
    [
        ("", "a", "- c ch i m n ng nh o p t u y", InitialPlacement.Any),
        ("", "ă", "c m n ng p t", InitialPlacement.Any),
        ("", "â", "c m n ng p t u y", InitialPlacement.Any),
        ("", "e", "- c m n ng o p t", InitialPlacement.Any),
        ("", "ê", "- ch m n nh p t u", InitialPlacement.Any),
        ("", "i", "- ch m n nh p t u", InitialPlacement.Any),
        ("", "y", "-", InitialPlacement.OpenY),
        ("", "o", "- c i m n ng p t", InitialPlacement.Any),
        ("", "oo", "c ng", InitialPlacement.Any),
        ("", "ô", "- c i m n ng p t", InitialPlacement.Any),
        ("", "ơ", "- i m n p t", InitialPlacement.Any),
        ("", "u", "- c i m n ng p t", InitialPlacement.Any),
        ("", "ư", "- c i m n ng t u", InitialPlacement.Any),
        ("", "iê", "c m n ng p t u", InitialPlacement.AfterInitial),
        ("", "yê", "m n ng t u", InitialPlacement.WithoutInitial),
        ("", "ia", "-", InitialPlacement.Any),
        ("", "uô", "c i m n ng t", InitialPlacement.Any),
        ("", "ua", "-", InitialPlacement.Any),
        ("", "ươ", "c i m n ng p t u", InitialPlacement.Any),
        ("", "ưa", "-", InitialPlacement.Any),
        // Medial o (written o before a, ă, e).
        ("o", "a", "- c ch i m n ng nh o p t u y", InitialPlacement.Any),
        ("o", "ă", "c m n ng p t", InitialPlacement.Any),
        ("o", "e", "- n o t", InitialPlacement.Any),
        // Medial u.
        ("u", "â", "n ng t y", InitialPlacement.Any),
        ("u", "ê", "- ch n nh t u", InitialPlacement.Any),
        ("u", "ơ", "- i", InitialPlacement.Any),
        ("u", "y", "- ch n nh p t u", InitialPlacement.Any),
        ("u", "yê", "n t", InitialPlacement.Any),
        ("u", "ya", "-", InitialPlacement.Any),
    ];

    private static readonly Dictionary<string, Rhyme> ByText = Build();

    /// <summary>Lookup by the rhyme's text without allocating.</summary>
    private static readonly Dictionary<string, Rhyme>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All rhymes, for tests and for candidate generation.</summary>
    public static IReadOnlyCollection<Rhyme> All => ByText.Values;

    /// <summary>The rhyme written <paramref name="text"/> (lower-case base letters), or null when there is none.</summary>
    public static Rhyme? Find(ReadOnlySpan<char> text) => BySpan.TryGetValue(text, out var rhyme) ? rhyme : null;

    private static Dictionary<string, Rhyme> Build()
    {
        var rhymes = new Dictionary<string, Rhyme>(StringComparer.Ordinal);
        foreach (var (medial, nucleus, finals, placement) in Rows)
        {
            foreach (var final in finals.Split(' '))
            {
                var coda = final == "-" ? "" : final;
                var text = medial + nucleus + coda;
                rhymes.Add(text, new Rhyme(text, medial, nucleus, coda, placement));
            }
        }
        return rhymes;
    }
}
