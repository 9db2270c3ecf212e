using System.IO.Compression;

namespace ThiDua.Docx.Package;

/// <summary>
/// Validates the bytes of an uploaded .docx before Open XML opens them, so that every bad input becomes a
/// <see cref="DocxInputException"/> with a Vietnamese message instead of an SDK exception, an out-of-memory or a hang.
/// Order: empty → size → signature (OLE compound file: encrypted package or .doc; anything not ZIP: what it is) →
/// ZIP central directory → declared sizes → main part content type (.docm, other Office formats) → inflated sizes.
/// </summary>
public static class PackageGuard
{
    private const int SniffBytes = 512;

    /// <summary>Throws when <paramref name="package"/> is not a .docx that is safe to open.</summary>
    /// <param name="package">The whole file.</param>
    /// <param name="limits">Size limits; <see cref="PackageLimits.Default"/> when null.</param>
    /// <exception cref="DocxInputException">
    /// <see cref="DocxInputError.Empty"/>, <see cref="DocxInputError.TooLarge"/>, <see cref="DocxInputError.NotDocx"/>,
    /// <see cref="DocxInputError.LegacyDoc"/>, <see cref="DocxInputError.Encrypted"/>, <see cref="DocxInputError.MacroEnabled"/>,
    /// <see cref="DocxInputError.ZipBomb"/> or <see cref="DocxInputError.Corrupt"/>.
    /// </exception>
    public static void Validate(byte[] package, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        limits ??= PackageLimits.Default;
        if (package.Length == 0) throw InputFailures.Empty();
        if (package.Length > limits.MaxBytes) throw InputFailures.TooLarge(package.Length, limits.MaxBytes);

        var head = package.AsSpan(0, Math.Min(SniffBytes, package.Length));
        if (head.StartsWith(FileSignature.CompoundFile)) throw ClassifyCompoundFile(package);
        if (head.StartsWith(FileSignature.EmptyZip)) throw InputFailures.Corrupt("gói ZIP không có thành phần nào");
        if (!head.StartsWith(FileSignature.Zip)) throw InputFailures.NotDocx(FileSignature.DescribeOther(head));

        using var zip = OpenZip(package);
        ZipBudget.CheckDeclared(zip, limits);
        PackageContent.CheckMainPart(zip);
        ZipBudget.CheckInflated(zip, limits);
    }

    /// <summary>An OLE compound file is an encrypted OOXML package, a Word 97–2003 document, or another legacy Office file.</summary>
    private static DocxInputException ClassifyCompoundFile(byte[] package)
    {
        var names = CompoundFileDirectory.ReadNames(package);
        if (names is null) return InputFailures.Corrupt("tệp có dạng Office đời cũ (OLE) nhưng cấu trúc thư mục bị hỏng");
        if (names.Contains("EncryptedPackage") && names.Contains("EncryptionInfo")) return InputFailures.Encrypted();
        if (names.Contains("WordDocument")) return InputFailures.LegacyDoc();
        if (names.Contains("Workbook") || names.Contains("Book")) return InputFailures.NotDocx("bảng tính Excel 97–2003 (.xls)");
        if (names.Contains("PowerPoint Document")) return InputFailures.NotDocx("bản trình chiếu PowerPoint 97–2003 (.ppt)");
        return InputFailures.NotDocx("tệp Office đời cũ (định dạng OLE)");
    }

    private static ZipArchive OpenZip(byte[] package)
    {
        try
        {
            var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            _ = zip.Entries.Count; // the central directory is read on first access: a damaged one fails here, not later
            return zip;
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            throw InputFailures.Corrupt("gói ZIP bị hỏng hoặc không đầy đủ (thiếu danh mục trung tâm)", ex);
        }
    }
}
