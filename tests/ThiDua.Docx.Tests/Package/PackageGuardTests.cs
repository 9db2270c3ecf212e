using System.Text;
using ThiDua.Docx.Package;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Docx.Tests.Package;

public class PackageGuardTests
{
    private static DocxInputException Rejects(byte[] bytes, PackageLimits? limits = null) =>
        Assert.Throws<DocxInputException>(() => PackageGuard.Validate(bytes, limits));

    [Fact]
    public void Valid_docx_built_with_the_sdk_passes() => PackageGuard.Validate(SamplePackages.ValidDocx());

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Every_corpus_plan_passes(string name) => PackageGuard.Validate(File.ReadAllBytes(Corpus.File(name)));

    [Fact]
    public void Template_dotx_passes() =>
        PackageGuard.Validate(SamplePackages.WithMainContentType(SamplePackages.ValidDocx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"));

    [Fact]
    public void Empty_file_is_rejected() => Assert.Equal(DocxInputError.Empty, Rejects([]).Error);

    [Fact]
    public void File_over_the_size_limit_is_too_large_and_says_both_sizes()
    {
        var docx = SamplePackages.ValidDocx(2000);
        var error = Rejects(docx, new PackageLimits { MaxBytes = docx.Length - 1 });
        Assert.Equal(DocxInputError.TooLarge, error.Error);
        Assert.Contains("vượt giới hạn", error.Message);
    }

    [Fact]
    public void File_at_exactly_the_size_limit_passes()
    {
        var docx = SamplePackages.ValidDocx();
        PackageGuard.Validate(docx, new PackageLimits { MaxBytes = docx.Length });
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF")]
    [InlineData("KẾ HOẠCH Thi đua, khen thưởng năm 2024\r\nI. MỤC ĐÍCH, YÊU CẦU\r\n", "văn bản thuần")]
    [InlineData("<!DOCTYPE html><html><body>Kế hoạch</body></html>", "HTML")]
    [InlineData("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Kế hoạch}", "RTF")]
    public void Non_zip_formats_are_not_docx_and_named(string content, string named)
    {
        var error = Rejects(Encoding.UTF8.GetBytes(content));
        Assert.Equal(DocxInputError.NotDocx, error.Error);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Png_image_is_not_docx()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var error = Rejects(png);
        Assert.Equal(DocxInputError.NotDocx, error.Error);
        Assert.Contains("PNG", error.Message);
    }

    [Fact]
    public void Random_binary_is_not_docx_without_a_guessed_name()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01; // never a known signature
        var error = Rejects(bytes);
        Assert.Equal(DocxInputError.NotDocx, error.Error);
        Assert.StartsWith("Tệp này không phải văn bản Word", error.Message);
    }

    [Fact]
    public void Word_97_2003_compound_file_is_legacy_doc() =>
        Assert.Equal(DocxInputError.LegacyDoc, Rejects(SamplePackages.LegacyDoc()).Error);

    [Fact]
    public void Compound_file_with_encryption_streams_is_encrypted() =>
        Assert.Equal(DocxInputError.Encrypted, Rejects(SamplePackages.EncryptedPackage()).Error);

    [Fact]
    public void Compound_file_with_only_one_encryption_stream_is_not_taken_for_encrypted()
    {
        var bytes = CompoundFileWriter.Write(new CompoundFileWriter.Entry("EncryptionInfo", new byte[8]));
        Assert.Equal(DocxInputError.NotDocx, Rejects(bytes).Error);
    }

    [Fact]
    public void Excel_97_2003_compound_file_is_not_docx_and_named()
    {
        var error = Rejects(SamplePackages.LegacyXls());
        Assert.Equal(DocxInputError.NotDocx, error.Error);
        Assert.Contains("Excel", error.Message);
    }

    [Fact]
    public void Compound_file_with_a_directory_chain_out_of_the_file_is_corrupt()
    {
        var bytes = SamplePackages.LegacyDoc();
        BitConverter.GetBytes(9999u).CopyTo(bytes, 0x30); // first directory sector
        Assert.Equal(DocxInputError.Corrupt, Rejects(bytes).Error);
    }

    [Fact]
    public void Compound_file_whose_directory_chain_loops_is_corrupt_not_a_hang()
    {
        var bytes = SamplePackages.LegacyDoc();
        BitConverter.GetBytes(1u).CopyTo(bytes, 512 + 4); // FAT[1] (the directory sector) points to itself
        Assert.Equal(DocxInputError.Corrupt, Rejects(bytes).Error);
    }

    [Fact]
    public void Macro_enabled_docm_is_rejected() =>
        Assert.Equal(DocxInputError.MacroEnabled, Rejects(SamplePackages.Docm()).Error);

    [Fact]
    public void Workbook_content_type_is_not_docx_and_named()
    {
        var xlsxLike = SamplePackages.WithMainContentType(SamplePackages.ValidDocx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        var error = Rejects(xlsxLike);
        Assert.Equal(DocxInputError.NotDocx, error.Error);
        Assert.Contains("Excel", error.Message);
    }

    [Fact]
    public void Zip_bomb_over_the_default_uncompressed_limit_is_rejected()
    {
        var bomb = SamplePackages.ZipBomb(201L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, "a real bomb is small on disk");
        Assert.Equal(DocxInputError.ZipBomb, Rejects(bomb).Error);
    }

    [Fact]
    public void Entry_with_a_compression_ratio_over_the_limit_is_a_zip_bomb()
    {
        var error = Rejects(SamplePackages.ZipBomb(4L * 1024 * 1024)); // 4 MB of zeros: ~1000:1, far below 200 MB
        Assert.Equal(DocxInputError.ZipBomb, error.Error);
        Assert.Contains("tỉ lệ nén", error.Message);
    }

    [Fact]
    public void Highly_compressed_small_entry_is_not_a_bomb() =>
        PackageGuard.Validate(SamplePackages.ZipBomb(512 * 1024)); // under RatioCheckMinBytes

    [Fact]
    public void Too_many_entries_is_a_zip_bomb()
    {
        var error = Rejects(SamplePackages.ManyEntries(50), new PackageLimits { MaxEntries = 40 });
        Assert.Equal(DocxInputError.ZipBomb, error.Error);
        PackageGuard.Validate(SamplePackages.ManyEntries(30), new PackageLimits { MaxEntries = 40 });
    }

    [Fact]
    public void Zip_bomb_whose_headers_understate_its_size_is_rejected()
    {
        var bomb = SamplePackages.LyingZipBomb(300L * 1024 * 1024, declaredBytes: 2048);
        var error = Rejects(bomb);
        Assert.True(error.Error is DocxInputError.Corrupt or DocxInputError.ZipBomb, error.Error.ToString());
    }

    [Fact]
    public void Truncated_zip_is_corrupt() => Assert.Equal(DocxInputError.Corrupt, Rejects(SamplePackages.Truncated()).Error);

    [Fact]
    public void Empty_zip_archive_is_corrupt() =>
        Assert.Equal(DocxInputError.Corrupt, Rejects([0x50, 0x4B, 0x05, 0x06, .. new byte[18]]).Error);

    [Fact]
    public void A_central_directory_whose_entry_count_disagrees_with_its_end_record_is_corrupt()
    {
        // Found by the reader's fuzzing: the entries are read lazily, so the disagreement surfaced as an InvalidDataException.
        var damaged = SamplePackages.ValidDocx();
        var end = damaged.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        damaged[end + 8]++; // entries on this disk
        damaged[end + 10]++; // entries in all
        Assert.Equal(DocxInputError.Corrupt, Rejects(damaged).Error);
    }

    [Fact]
    public void Package_without_word_document_xml_is_corrupt()
    {
        var error = Rejects(SamplePackages.Without(SamplePackages.ValidDocx(), "word/document.xml"));
        Assert.Equal(DocxInputError.Corrupt, error.Error);
        Assert.Contains("word/document.xml", error.Message);
    }

    [Fact]
    public void Package_without_content_types_is_corrupt() =>
        Assert.Equal(DocxInputError.Corrupt, Rejects(SamplePackages.Without(SamplePackages.ValidDocx(), "[Content_Types].xml")).Error);

    [Fact]
    public void Flipped_byte_inside_compressed_data_is_corrupt()
    {
        var docx = SamplePackages.ValidDocx(300);
        var damaged = (byte[])docx.Clone();
        var at = IndexOf(damaged, "word/document.xml"u8) + "word/document.xml".Length + 40; // inside the part's data
        damaged[at] ^= 0xFF;
        Assert.Equal(DocxInputError.Corrupt, Rejects(damaged).Error);
    }

    [Fact]
    public void Every_message_is_vietnamese_nfc_text()
    {
        byte[][] inputs = [[], SamplePackages.LegacyDoc(), SamplePackages.EncryptedPackage(), SamplePackages.Docm(), SamplePackages.Truncated(), "plain"u8.ToArray()];
        foreach (var input in inputs)
        {
            var message = Rejects(input).Message;
            Assert.True(message.IsNormalized(NormalizationForm.FormC), message);
            Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", message.ToLowerInvariant());
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
