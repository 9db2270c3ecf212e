using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Docx.Package;

/// <summary>
/// Opens uploaded bytes as a <see cref="WordprocessingDocument"/> safely: reads the stream within the size limit, runs
/// <see cref="PackageGuard"/>, opens from memory, loads the main document part (for editing; a read streams it), and turns
/// every Open XML, ZIP or XML failure into a <see cref="DocxInputException"/> (<see cref="DocxInputError.Corrupt"/>).
/// </summary>
public static class DocxLoader
{
    /// <summary>Reads <paramref name="input"/> to its end, stopping as soon as it passes <see cref="PackageLimits.MaxBytes"/>.</summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.TooLarge"/> past the limit.</exception>
    public static byte[] ReadAll(Stream input, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var max = (limits ?? PackageLimits.Default).MaxBytes;
        if (input.CanSeek && input.Length - input.Position > max) throw InputFailures.TooLarge(input.Length - input.Position, max);
        using var copy = input.CanSeek ? new MemoryStream((int)(input.Length - input.Position)) : new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > max) throw InputFailures.TooLarge(null, max);
            copy.Write(buffer, 0, read);
        }
        return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
    }

    /// <summary>Validates and opens <paramref name="input"/> read-only. The caller disposes the document.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx (any <see cref="DocxInputError"/> but <see cref="DocxInputError.Missing"/>).</exception>
    public static WordprocessingDocument Open(Stream input, PackageLimits? limits = null) => Open(ReadAll(input, limits), limits);

    /// <summary>Validates and opens <paramref name="package"/> read-only, the main document part loaded. The caller disposes the document.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public static WordprocessingDocument Open(byte[] package, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        PackageGuard.Validate(package, limits);
        return OpenChecked(new MemoryStream(package, writable: false), editable: false, limits);
    }

    /// <summary>
    /// Validates <paramref name="package"/>, opens it read-only and returns what <paramref name="read"/> makes of it; the document
    /// is disposed before returning. Same result as <see cref="Open(byte[], PackageLimits?)"/> followed by <paramref name="read"/>
    /// (an XML error in the main part is <see cref="DocxInputError.Corrupt"/> either way), without the copy to a temporary file
    /// that Open XML SDK 3.3 makes of every stream it opens read-only (to rewrite malformed relationship URIs; a writable
    /// <see cref="MemoryStream"/> is copied too, since the SDK wraps a read-only open in a stream it cannot write — one temporary
    /// file written, read and deleted per plan, about a third of the bare read of a small plan): the package is opened
    /// through <see cref="System.IO.Packaging.Package"/> straight from memory. A package that way refuses to open — a
    /// malformed URI among others, found by reaching every part when it opens — is opened again the SDK's ordinary way,
    /// whose outcome is the answer; the plan itself is never read twice.
    /// </summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="read"/> was cancelled (never turned into an input error).</exception>
    public static T Read<T>(byte[] package, Func<WordprocessingDocument, T> read, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        limits ??= PackageLimits.Default;
        PackageGuard.Validate(package, limits);
        using var zip = OpenInPlace(package, limits, out var inPlace);
        using var document = inPlace ?? OpenChecked(new MemoryStream(package, writable: false), editable: false, limits, loadMainPart: false);
        try
        {
            return read(document);
        }
        catch (Exception ex) when (ex is not DocxInputException && AsInputException(ex) is { } input)
        {
            // The main part is read as it streams: its XML errors surface here, as they do in Open when it loads the part.
            throw input;
        }
    }

    /// <summary>Validates <paramref name="package"/> and opens a copy for editing (for the mechanical fixes).</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public static EditableDocx OpenEditable(byte[] package, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        PackageGuard.Validate(package, limits);
        var stream = new MemoryStream(package.Length + 4096);
        stream.Write(package);
        stream.Position = 0;
        return new EditableDocx(OpenChecked(stream, editable: true, limits), stream);
    }

    /// <summary>
    /// The <see cref="DocxInputException"/> an exception met while reading a package stands for: itself when it is one,
    /// <see cref="DocxInputError.Corrupt"/> for Open XML, ZIP, packaging and XML failures (also when wrapped), null for
    /// anything else (a bug, not bad input).
    /// </summary>
    public static DocxInputException? AsInputException(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DocxInputException input) return input;
            if (IsReadFailure(ex)) return InputFailures.Corrupt("nội dung văn bản không đọc được (cấu trúc Open XML hoặc XML không hợp lệ)", exception);
        }
        return null;
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException;

    /// <summary>
    /// Opens <paramref name="package"/> read-only through <see cref="System.IO.Packaging.Package"/>, which the SDK reads in
    /// place; null (and <paramref name="document"/> null) when that fails, for <see cref="OpenChecked"/> to open it the
    /// ordinary way and say why. The caller disposes the package after the document.
    /// </summary>
    private static System.IO.Packaging.Package? OpenInPlace(byte[] package, PackageLimits limits, out WordprocessingDocument? document)
    {
        document = null;
        System.IO.Packaging.Package? zip = null;
        try
        {
            zip = System.IO.Packaging.Package.Open(new MemoryStream(package, writable: false), FileMode.Open, FileAccess.Read);
            document = WordprocessingDocument.Open(zip, Settings(limits));
            if (document.MainDocumentPart is null) throw InputFailures.Corrupt("thiếu phần nội dung chính word/document.xml");
            ReachEveryPart(document);
            return zip;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            document?.Dispose();
            document = null;
            zip?.Close();
            return null;
        }
    }

    /// <summary>
    /// Reaches every part of <paramref name="document"/>: the SDK reads a part's relationships only when the part is first
    /// reached, so a malformed URI or a relationship to a part the package lacks surfaces here, while the package opens,
    /// rather than in the reader as an <see cref="InvalidOperationException"/>.
    /// </summary>
    private static void ReachEveryPart(WordprocessingDocument document)
    {
        foreach (var _ in document.GetAllParts()) { }
    }

    private static OpenSettings Settings(PackageLimits limits) => new()
    {
        AutoSave = false,
        MaxCharactersInPart = limits.MaxUncompressedBytes,
    };

    /// <summary>
    /// Opens the package; with <paramref name="loadMainPart"/>, also loads the main part's tree (for editing), so that its
    /// XML errors surface here. Without it the part is left to a reader that streams it (<see cref="Reading.DocxReader"/>).
    /// Every part is reached before returning (<see cref="ReachEveryPart"/>). Whatever the SDK throws while opening bytes the guard let through
    /// is about those bytes (a relationship to a part that is not there throws <see cref="InvalidOperationException"/>, for
    /// one), so it is <see cref="DocxInputError.Corrupt"/>.
    /// </summary>
    private static WordprocessingDocument OpenChecked(MemoryStream stream, bool editable, PackageLimits limits, bool loadMainPart = true)
    {
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(stream, editable, Settings(limits));
            if (document.MainDocumentPart is not { } main || loadMainPart && main.Document is null)
                throw InputFailures.Corrupt("thiếu phần nội dung chính word/document.xml");
            ReachEveryPart(document);
            return document;
        }
        catch (Exception ex) when (ex is not (DocxInputException or OutOfMemoryException or OperationCanceledException))
        {
            document?.Dispose();
            stream.Dispose();
            throw AsInputException(ex) ?? InputFailures.Corrupt("các thành phần bên trong tệp không khớp với nhau", ex);
        }
        catch
        {
            document?.Dispose();
            stream.Dispose();
            throw;
        }
    }
}
