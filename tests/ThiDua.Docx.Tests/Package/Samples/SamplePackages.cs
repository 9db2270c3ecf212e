using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Tests.Package.Samples;

/// <summary>
/// Good and bad uploads built in code: a small valid .docx made with the Open XML SDK, and from it a .docm, a workbook
/// look-alike, a zip bomb, a truncated package…; compound files for an encrypted package, a .doc and a .xls.
/// Shared by the package tests and the service tests (linked there).
/// </summary>
public static class SamplePackages
{
    /// <summary>The main part content type of a macro-enabled document.</summary>
    public const string MacroEnabledType = "application/vnd.ms-word.document.macroEnabled.main+xml";

    /// <summary>A valid one-page plan fragment (.docx) with <paramref name="paragraphs"/> paragraphs of Vietnamese text.</summary>
    public static byte[] ValidDocx(int paragraphs = 3)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph("KẾ HOẠCH"));
            for (var i = 1; i < paragraphs; i++)
                body.Append(Paragraph($"{i}. Phát động phong trào thi đua hoàn thành xuất sắc nhiệm vụ năm 2024."));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A valid .docx whose header holds a hyperlink to a malformed address (a <c>mailto:</c> with spaces and brackets, as
    /// some writers leave them): <see cref="System.IO.Packaging.Package"/> refuses its relationships, the Open XML SDK opening
    /// it from a stream rewrites them.
    /// </summary>
    public static byte[] MalformedHyperlinkInHeader()
    {
        using var stream = new MemoryStream();
        string headerName;
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.AddHyperlinkRelationship(new Uri("https://example.vn/placeholder"), true);
            header.Header = new Header(Paragraph("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN"));
            headerName = header.Uri.OriginalString.TrimStart('/');
            main.Document = new Document(new Body(
                Paragraph("KẾ HOẠCH"),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) })));
        }
        var rels = $"{Path.GetDirectoryName(headerName)!.Replace('\\', '/')}/_rels/{Path.GetFileName(headerName)}.rels";
        return Rewrite(stream.ToArray(), rels, xml => xml.Replace("https://example.vn/placeholder", "mailto:van thu@ubnd .vn?subject=kế hoạch [2024]", StringComparison.Ordinal));
    }

    /// <summary><paramref name="docx"/> with the main part's content type replaced (e.g. by <see cref="MacroEnabledType"/>).</summary>
    public static byte[] WithMainContentType(byte[] docx, string contentType) =>
        Rewrite(docx, "[Content_Types].xml", xml => xml.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", contentType, StringComparison.Ordinal));

    /// <summary>A .docm: a valid .docx whose main part declares the macro-enabled content type.</summary>
    public static byte[] Docm() => WithMainContentType(ValidDocx(), MacroEnabledType);

    /// <summary><paramref name="docx"/> without the entry <paramref name="entryName"/>.</summary>
    public static byte[] Without(byte[] docx, string entryName)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            zip.GetEntry(entryName)!.Delete();
        return stream.ToArray();
    }

    /// <summary><paramref name="docx"/> with <paramref name="entryName"/>'s text replaced through <paramref name="change"/>, written in <paramref name="encoding"/> (UTF-8 without a mark by default).</summary>
    public static byte[] Rewrite(byte[] docx, string entryName, Func<string, string> change, Encoding? encoding = null)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName)!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), encoding ?? new UTF8Encoding(false));
            writer.Write(change(text));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A zip bomb: a valid .docx plus an entry of <paramref name="zeroBytes"/> zeros compressed at the smallest size
    /// (about 1 000 : 1), the way real bombs are made.
    /// </summary>
    public static byte[] ZipBomb(long zeroBytes, string entryName = "word/media/image1.bin")
    {
        var stream = new MemoryStream();
        stream.Write(ValidDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var left = zeroBytes; left > 0; left -= zeros.Length) entry.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A zip bomb that lies: its one large entry declares <paramref name="declaredBytes"/> uncompressed in both the local
    /// header and the central directory, while the data inflates to <paramref name="zeroBytes"/>.
    /// </summary>
    public static byte[] LyingZipBomb(long zeroBytes, uint declaredBytes)
    {
        const string name = "word/media/image1.bin";
        var bytes = ZipBomb(zeroBytes, name);
        var nameBytes = Encoding.ASCII.GetBytes(name);
        PatchUncompressedSize(bytes, [0x50, 0x4B, 0x03, 0x04], sizeOffset: 22, nameOffset: 30, nameBytes, declaredBytes);
        PatchUncompressedSize(bytes, [0x50, 0x4B, 0x01, 0x02], sizeOffset: 24, nameOffset: 46, nameBytes, declaredBytes);
        return bytes;
    }

    private static void PatchUncompressedSize(byte[] zip, byte[] signature, int sizeOffset, int nameOffset, byte[] name, uint size)
    {
        for (var i = 0; i + nameOffset + name.Length <= zip.Length; i++)
        {
            if (!zip.AsSpan(i, 4).SequenceEqual(signature) || !zip.AsSpan(i + nameOffset, name.Length).SequenceEqual(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeOffset), size);
            return;
        }
        throw new InvalidOperationException($"Header of {Encoding.ASCII.GetString(name)} not found.");
    }

    /// <summary><paramref name="entries"/> stored entries of 10 bytes each in an otherwise valid .docx.</summary>
    public static byte[] ManyEntries(int entries)
    {
        var stream = new MemoryStream();
        stream.Write(ValidDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            for (var i = 0; i < entries; i++)
            {
                using var entry = zip.CreateEntry($"customXml/item{i}.bin", CompressionLevel.NoCompression).Open();
                entry.Write("0123456789"u8);
            }
        return stream.ToArray();
    }

    /// <summary>The first half of a valid .docx: the central directory is gone.</summary>
    public static byte[] Truncated() => ValidDocx(200)[..(ValidDocx(200).Length / 2)];

    /// <summary>A valid .docx whose word/document.xml is not well-formed XML.</summary>
    public static byte[] MalformedDocumentXml() =>
        Rewrite(ValidDocx(), "word/document.xml", xml => xml[..(xml.Length / 2)]);

    /// <summary>
    /// An encrypted OOXML package as Word writes it ([MS-OFFCRYPTO] § 2.3.4.15, agile encryption): a compound file with
    /// the <c>\u0006DataSpaces</c> storage, an <c>EncryptionInfo</c> stream (version 4.4 + XML descriptor) and an
    /// <c>EncryptedPackage</c> stream (8-byte plain size + cipher text).
    /// </summary>
    public static byte[] EncryptedPackage()
    {
        var info = new List<byte> { 4, 0, 4, 0, 0x40, 0, 0, 0 };
        info.AddRange(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"><keyData saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"/></encryption>"));
        var package = new byte[9000];
        new Random(42).NextBytes(package);
        BinaryPrimitives.WriteUInt64LittleEndian(package, 8992);
        return CompoundFileWriter.Write(
            new("\u0006DataSpaces", null),
            new("EncryptionInfo", [.. info]),
            new("EncryptedPackage", package));
    }

    /// <summary>A Word 97–2003 document: <c>WordDocument</c> (starting with the FIB magic 0xA5EC), <c>1Table</c>, summary information.</summary>
    public static byte[] LegacyDoc() => CompoundFileWriter.Write(
        new("WordDocument", [0xEC, 0xA5, 0xC1, 0x00]),
        new("1Table", new byte[16]),
        new("\u0005SummaryInformation", new byte[48]));

    /// <summary>An Excel 97–2003 workbook: a compound file with a <c>Workbook</c> stream.</summary>
    public static byte[] LegacyXls() => CompoundFileWriter.Write(new CompoundFileWriter.Entry("Workbook", new byte[64]));

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
