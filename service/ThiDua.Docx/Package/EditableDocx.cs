using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Docx.Package;

/// <summary>
/// A .docx opened for editing in memory (from <see cref="DocxLoader.OpenEditable"/>): change <see cref="Document"/>,
/// then call <see cref="ToArray"/> once to get the saved package.
/// </summary>
public sealed class EditableDocx : IDisposable
{
    private readonly MemoryStream stream;
    private bool closed;

    internal EditableDocx(WordprocessingDocument document, MemoryStream stream)
    {
        Document = document;
        this.stream = stream;
    }

    /// <summary>The editable document. Unusable after <see cref="ToArray"/>.</summary>
    public WordprocessingDocument Document { get; }

    /// <summary>Saves and closes the document and returns the package bytes (a complete ZIP: the central directory is written on close).</summary>
    /// <exception cref="ObjectDisposedException">Called twice, or after <see cref="Dispose"/>.</exception>
    public byte[] ToArray()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        Document.Save();
        Document.Dispose();
        closed = true;
        return stream.ToArray();
    }

    /// <summary>Discards the document without saving.</summary>
    public void Dispose()
    {
        if (closed) return;
        closed = true;
        Document.Dispose();
        stream.Dispose();
    }
}
