using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;

namespace ThiDua.Docx.Package;

/// <summary>
/// Keeps a ZIP within <see cref="PackageLimits"/>: first by the sizes its central directory declares, then by the bytes
/// each entry actually inflates to, counted through a fixed buffer and stopped as soon as the budget is spent, so a
/// bomb never reaches memory; a lying header is caught by the CRC-32.
/// </summary>
internal static class ZipBudget
{
    private const int BufferSize = 64 * 1024;
    private const int HeadBytes = 512;

    /// <summary>Checks entry count, declared total size and per-entry compression ratio.</summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.ZipBomb"/> when a limit is exceeded.</exception>
    public static void CheckDeclared(ZipArchive zip, PackageLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
            throw InputFailures.ZipBomb($"gói có {InputFailures.Number(zip.Entries.Count)} thành phần, vượt giới hạn {InputFailures.Number(limits.MaxEntries)}");
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
                throw InputFailures.ZipBomb($"dung lượng sau giải nén vượt {InputFailures.Megabytes(limits.MaxUncompressedBytes)}");
            if (entry.Length >= limits.RatioCheckMinBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                throw InputFailures.ZipBomb($"thành phần {entry.FullName} có tỉ lệ nén {InputFailures.Number(entry.Length / Math.Max(1, entry.CompressedLength))}:1, vượt {InputFailures.Number(limits.MaxCompressionRatio)}:1");
        }
    }

    /// <summary>
    /// Inflates every entry once, counting bytes and computing its CRC-32, and measures each XML part as it inflates
    /// (<see cref="XmlStructure"/>): stops with <see cref="DocxInputError.ZipBomb"/> as soon as the running total passes
    /// <see cref="PackageLimits.MaxUncompressedBytes"/>, with <see cref="DocxInputError.TooComplex"/> as soon as an XML part
    /// passes a structure limit, and gives <see cref="DocxInputError.Corrupt"/> when compressed data is damaged, ends early, or
    /// does not match the CRC-32 and size the entry declares (a header that understates the size, as bombs do, fails here:
    /// .NET stops inflating at the declared size, so the CRC of what came out cannot match).
    /// </summary>
    public static void CheckInflated(ZipArchive zip, PackageLimits limits)
    {
        var budget = new Budget(limits.MaxUncompressedBytes);
        var structure = new XmlStructure(limits);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            foreach (var entry in zip.Entries)
            {
                var counted = new CountingStream(budget);
                try
                {
                    using var stream = entry.Open();
                    counted.Start(stream);
                    var head = counted.ReadHead(buffer);
                    if (LooksLikeXml(buffer.AsSpan(0, head))) structure.Measure(buffer.AsSpan(0, head), new HeadStream(buffer, head, counted));
                    while (counted.Read(buffer, 0, BufferSize) > 0) { }
                }
                catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
                {
                    throw InputFailures.Corrupt($"dữ liệu nén của thành phần {entry.FullName} không đọc được", ex);
                }
                if (counted.Length != entry.Length || counted.Crc != entry.Crc32)
                    throw InputFailures.Corrupt($"thành phần {entry.FullName} không khớp kích thước hoặc mã kiểm tra CRC đã khai báo");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the bytes start, after a byte-order mark and white space, with <c>&lt;</c> (in UTF-8 or UTF-16).</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0) continue; // a 0 byte: UTF-16 without a mark
            return b == (byte)'<';
        }
        return false;
    }

    /// <summary>The uncompressed bytes of the whole package so far, against its limit.</summary>
    private sealed class Budget(long max)
    {
        private long total;

        public void Spend(int bytes)
        {
            if ((total += bytes) > max)
                throw InputFailures.ZipBomb($"dung lượng sau giải nén vượt {InputFailures.Megabytes(max)}");
        }
    }

    /// <summary>An entry's inflating stream, read once: every byte is spent from the budget and added to the CRC-32.</summary>
    private sealed class CountingStream(Budget budget) : Stream
    {
        private readonly Crc32 crc = new();
        private Stream? inner;

        public uint Crc => crc.GetCurrentHashAsUInt32();
        public override long Length => position;
        private long position;

        public void Start(Stream stream) => inner = stream;

        /// <summary>Reads up to <see cref="HeadBytes"/> bytes into <paramref name="buffer"/> (for sniffing); returns how many.</summary>
        public int ReadHead(byte[] buffer)
        {
            var filled = 0;
            int read;
            while (filled < HeadBytes && (read = Read(buffer, filled, HeadBytes - filled)) > 0) filled += read;
            return filled;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner!.Read(buffer, offset, count);
            budget.Spend(read);
            crc.Append(buffer.AsSpan(offset, read));
            position += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The first bytes of an entry, already read for sniffing, then the rest of it.</summary>
    private sealed class HeadStream(byte[] head, int headLength, Stream rest) : Stream
    {
        private int served;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (served < headLength)
            {
                var n = Math.Min(count, headLength - served);
                Array.Copy(head, served, buffer, offset, n);
                served += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
