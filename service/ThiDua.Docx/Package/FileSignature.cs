using System.Text;
using System.Text.Unicode;

namespace ThiDua.Docx.Package;

/// <summary>Recognises a file's format from its first bytes (magic numbers), to tell the officer what was sent instead of a .docx.</summary>
internal static class FileSignature
{
    /// <summary>ZIP local file header <c>PK\x03\x04</c>, the first bytes of every OPC package.</summary>
    public static ReadOnlySpan<byte> Zip => "PK\u0003\u0004"u8;

    /// <summary>ZIP end of central directory <c>PK\x05\x06</c>: an empty archive starts with it.</summary>
    public static ReadOnlySpan<byte> EmptyZip => "PK\u0005\u0006"u8;

    /// <summary>OLE compound file (CFB) signature <c>D0 CF 11 E0 A1 B1 1A E1</c>: Word 97–2003 and encrypted OOXML.</summary>
    public static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> SevenZip => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    /// <summary>
    /// A Vietnamese name for a format that is not a ZIP or compound file (<c>tài liệu PDF</c>, <c>ảnh PNG</c>…),
    /// or null when the bytes match nothing known.
    /// </summary>
    public static string? DescribeOther(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF"u8)) return "tài liệu PDF";
        if (head.StartsWith(Png)) return "ảnh PNG";
        if (head.StartsWith(Jpeg)) return "ảnh JPEG";
        if (head.StartsWith("GIF8"u8)) return "ảnh GIF";
        if (head.StartsWith("{\\rtf"u8)) return "văn bản RTF";
        if (head.StartsWith("Rar!"u8)) return "tệp nén RAR";
        if (head.StartsWith(SevenZip)) return "tệp nén 7z";
        return LooksLikeText(head) ? DescribeText(head) : null;
    }

    private static string DescribeText(ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return "trang HTML";
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<pkg:package", StringComparison.Ordinal))
            return "tài liệu Word XML (Flat OPC)";
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("urn:schemas-microsoft-com:office:word", StringComparison.Ordinal))
            return "tài liệu Word 2003 XML";
        return start.StartsWith('<') ? "tệp XML" : "tệp văn bản thuần";
    }

    /// <summary>True when the bytes decode as UTF-8 with no control characters other than tab and line breaks.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        // A multi-byte character may be cut at the end of the sample: drop up to three trailing bytes before validating.
        var sample = head;
        for (var cut = 0; cut < 3 && sample.Length > 0 && !Utf8.IsValid(sample); cut++) sample = sample[..^1];
        if (sample.IsEmpty || !Utf8.IsValid(sample)) return false;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C) return false;
        return true;
    }
}
