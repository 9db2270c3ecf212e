namespace ThiDua.Docx.Package;

/// <summary>Why an uploaded file cannot be read as a Word document.</summary>
public enum DocxInputError
{
    /// <summary>Zero bytes. HTTP 400.</summary>
    Empty,
    /// <summary>Nothing was sent at all (e.g. the multipart form has no <c>file</c> field). HTTP 400.</summary>
    Missing,
    /// <summary>Larger than the configured limit. HTTP 413.</summary>
    TooLarge,
    /// <summary>Not a ZIP/OPC package at all (plain text, PDF, image…). HTTP 415.</summary>
    NotDocx,
    /// <summary>A Word 97–2003 binary <c>.doc</c> (OLE compound file without encryption streams). HTTP 415.</summary>
    LegacyDoc,
    /// <summary>
    /// A macro-enabled <c>.docm</c> (main part content type <c>…document.macroEnabled.main+xml</c>), or a package of any name that
    /// carries a macro project (<c>vbaProject.bin</c>, a part of the VBA project or VBA data content type). HTTP 415.
    /// </summary>
    MacroEnabled,
    /// <summary>A password-protected package (OLE compound file holding <c>EncryptionInfo</c>/<c>EncryptedPackage</c>). HTTP 422.</summary>
    Encrypted,
    /// <summary>A ZIP whose entries expand beyond the limits (total size or compression ratio). HTTP 422.</summary>
    ZipBomb,
    /// <summary>A ZIP that is damaged or lacks a readable <c>word/document.xml</c>. HTTP 422.</summary>
    Corrupt,
    /// <summary>
    /// XML whose structure no real plan has (<see cref="PackageLimits.MaxElementDepth"/>, <see cref="PackageLimits.MaxElements"/>,
    /// <see cref="PackageLimits.MaxParagraphCharacters"/>, <see cref="PackageLimits.MaxParagraphElements"/>): tables nested
    /// thousands deep, a paragraph of millions of characters. HTTP 422.
    /// </summary>
    TooComplex,
}

/// <summary>
/// Thrown when bytes offered as a .docx cannot be read. <see cref="Exception.Message"/> is a Vietnamese sentence
/// meant for the officer (NFC); <see cref="Error"/> tells the caller which HTTP status or CLI line to give.
/// </summary>
public sealed class DocxInputException(DocxInputError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The kind of problem.</summary>
    public DocxInputError Error { get; } = error;
}
