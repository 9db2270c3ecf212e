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
    /// Inflates every entry into a scratch buffer, counting bytes and computing its CRC-32: stops with
    /// <see cref="DocxInputError.ZipBomb"/> as soon as the running total passes <see cref="PackageLimits.MaxUncompressedBytes"/>,
    /// and gives <see cref="DocxInputError.Corrupt"/> when compressed data is damaged, ends early, or does not match the
    /// CRC-32 and size the entry declares (a header that understates the size, as bombs do, fails here: .NET stops
    /// inflating at the declared size, so the CRC of what came out cannot match).
    /// </summary>
    public static void CheckInflated(ZipArchive zip, PackageLimits limits)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            var crc = new Crc32();
            foreach (var entry in zip.Entries)
            {
                long actual = 0;
                crc.Reset();
                try
                {
                    using var stream = entry.Open();
                    int read;
                    while ((read = stream.Read(buffer, 0, BufferSize)) > 0)
                    {
                        actual += read;
                        total += read;
                        if (total > limits.MaxUncompressedBytes)
                            throw InputFailures.ZipBomb($"dung lượng sau giải nén vượt {InputFailures.Megabytes(limits.MaxUncompressedBytes)}");
                        crc.Append(buffer.AsSpan(0, read));
                    }
                }
                catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
                {
                    throw InputFailures.Corrupt($"dữ liệu nén của thành phần {entry.FullName} không đọc được", ex);
                }
                if (actual != entry.Length || crc.GetCurrentHashAsUInt32() != entry.Crc32)
                    throw InputFailures.Corrupt($"thành phần {entry.FullName} không khớp kích thước hoặc mã kiểm tra CRC đã khai báo");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
