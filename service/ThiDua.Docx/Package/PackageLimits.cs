namespace ThiDua.Docx.Package;

/// <summary>
/// The limits <see cref="PackageGuard"/> enforces on an uploaded .docx before Open XML reads it.
/// Sizes are in bytes. The defaults suit a commune or district plan (a few hundred KB) with room for pictures.
/// </summary>
public sealed record PackageLimits
{
    /// <summary>
    /// The defaults: 20 MB file, 200 MB uncompressed, 100:1 ratio on entries over 1 MB, 10 000 entries; XML nested at most
    /// <see cref="MaxElementDepth"/> deep, <see cref="MaxElements"/> elements, paragraphs of at most
    /// <see cref="MaxParagraphCharacters"/> characters and <see cref="MaxParagraphElements"/> elements.
    /// </summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>Largest accepted file, in bytes (default 20 MB = 20 × 2²⁰). Larger → <see cref="DocxInputError.TooLarge"/>.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of all ZIP entries, in bytes (default 200 MB), declared or actually inflated. Larger → <see cref="DocxInputError.ZipBomb"/>.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed : compressed ratio of one entry (default 100) — checked only on entries of at least <see cref="RatioCheckMinBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Uncompressed size from which an entry's compression ratio is checked, in bytes (default 1 MB): small XML parts legitimately compress far better.</summary>
    public long RatioCheckMinBytes { get; init; } = 1024 * 1024;

    /// <summary>Most ZIP entries accepted (default 10 000; a plan has 15–40).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>
    /// Deepest element nesting accepted in any XML part, the root being depth 1 (default 100). The corpus, the public real
    /// plans and their LibreOffice re-saves reach 20 at most (a tagged plan's controls around a table); each level of table
    /// nesting costs 3 to 5 (<c>w:tbl</c>/<c>w:tr</c>/<c>w:tc</c>, content controls), a drawing with a text box about 12.
    /// Deeper → <see cref="DocxInputError.TooComplex"/>. It also bounds the work that grows with depth (the paragraphs of a
    /// nested table are also its outer cells').
    /// </summary>
    public int MaxElementDepth { get; init; } = 100;

    /// <summary>
    /// Most XML elements in all the parts together (default 500 000; a generated 300-page plan has about 24 000, the
    /// real plans 200–3 000). It bounds the Open XML tree a fix or a tag loads: about 100–200 bytes an element.
    /// More → <see cref="DocxInputError.TooComplex"/>.
    /// </summary>
    public long MaxElements { get; init; } = 500_000;

    /// <summary>
    /// Most characters of text in one paragraph (<c>w:p</c>), field instructions included (default 100 000, some 30 pages
    /// of one paragraph; the longest in the corpus and real plans is 1 208). More → <see cref="DocxInputError.TooComplex"/>.
    /// </summary>
    public long MaxParagraphCharacters { get; init; } = 100_000;

    /// <summary>
    /// Most elements inside one paragraph (runs, their properties and text, fields, bookmarks…; default 100 000 — one run
    /// per character with its properties, over 10 000 characters; the corpus and real plans reach 120).
    /// More → <see cref="DocxInputError.TooComplex"/>.
    /// </summary>
    public long MaxParagraphElements { get; init; } = 100_000;
}
