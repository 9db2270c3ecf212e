using System.Buffers.Binary;
using System.Text;

namespace ThiDua.Docx.Tests.Package.Samples;

/// <summary>
/// Writes a minimal but valid OLE compound file ([MS-CFB] version 3, 512-byte sectors): header, one FAT sector, the
/// directory, then each stream in regular sectors. Streams shorter than the 4 096-byte mini-stream cutoff are
/// zero-padded up to it, so no mini stream is needed. Storages hold no children except the root, whose children form a sorted right-sibling chain.
/// </summary>
public static class CompoundFileWriter
{
    private const int SectorSize = 512;
    private const uint EndOfChain = 0xFFFFFFFE, FreeSector = 0xFFFFFFFF, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    /// <summary>One entry under the root: a stream with <paramref name="Data"/>, or a storage when <paramref name="Data"/> is null.</summary>
    public sealed record Entry(string Name, byte[]? Data);

    /// <summary>The bytes of a compound file holding <paramref name="entries"/> under the root storage.</summary>
    public static byte[] Write(params Entry[] entries)
    {
        // [MS-CFB] § 2.6.4: siblings are ordered by name length, then by upper-cased name.
        var sorted = entries.OrderBy(e => e.Name.Length).ThenBy(e => e.Name.ToUpperInvariant(), StringComparer.Ordinal).ToArray();
        var streams = sorted.Select(e => e.Data is null ? null : Pad(e.Data)).ToArray();
        var directorySectors = (sorted.Length + 1 + 3) / 4;
        var dataSectors = streams.Sum(s => s is null ? 0 : s.Length / SectorSize);
        var totalSectors = 1 + directorySectors + dataSectors;
        if (totalSectors > SectorSize / 4) throw new ArgumentException("Too much data for one FAT sector.");

        var fat = Enumerable.Repeat(FreeSector, SectorSize / 4).ToArray();
        fat[0] = FatSector;
        for (var i = 1; i <= directorySectors; i++) fat[i] = i == directorySectors ? EndOfChain : (uint)(i + 1);
        var next = 1 + directorySectors;
        var starts = new uint[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (streams[i] is not { } data) { starts[i] = EndOfChain; continue; }
            starts[i] = (uint)next;
            var count = data.Length / SectorSize;
            for (var k = 0; k < count; k++) fat[next + k] = k == count - 1 ? EndOfChain : (uint)(next + k + 1);
            next += count;
        }

        var file = new byte[SectorSize * (1 + totalSectors)];
        WriteHeader(file);
        for (var i = 0; i < fat.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(SectorSize + 4 * i), fat[i]);

        var directory = file.AsSpan(SectorSize * 2, directorySectors * SectorSize);
        WriteEntry(directory[..128], "Root Entry", type: 5, child: sorted.Length > 0 ? 1u : NoStream, right: NoStream, start: EndOfChain, size: 0);
        for (var i = 0; i < sorted.Length; i++)
            WriteEntry(directory.Slice(128 * (i + 1), 128), sorted[i].Name, type: (byte)(streams[i] is null ? 1 : 2), child: NoStream,
                right: i + 1 < sorted.Length ? (uint)(i + 2) : NoStream, start: starts[i], size: (ulong)(streams[i]?.Length ?? 0));
        for (var i = sorted.Length + 1; i < directorySectors * 4; i++)
            WriteEntry(directory.Slice(128 * i, 128), "", type: 0, child: NoStream, right: NoStream, start: 0, size: 0);

        for (var i = 0; i < sorted.Length; i++)
            if (streams[i] is { } data) data.CopyTo(file, SectorSize * (1 + starts[i]));
        return file;
    }

    private static byte[] Pad(byte[] data)
    {
        var length = Math.Max(4096, (data.Length + SectorSize - 1) / SectorSize * SectorSize);
        var padded = new byte[length];
        data.CopyTo(padded, 0);
        return padded;
    }

    private static void WriteHeader(Span<byte> file)
    {
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x18..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1A..], 3);      // major version
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1C..], 0xFFFE); // byte order
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1E..], 9);      // sector shift: 512
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x20..], 6);      // mini sector shift: 64
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x2C..], 1);      // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x30..], 1);      // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x38..], 4096);   // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x3C..], EndOfChain); // first mini FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x44..], EndOfChain); // first DIFAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x4C..], 0);      // DIFAT[0] = FAT in sector 0
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(file[(0x4C + 4 * i)..], FreeSector);
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint child, uint right, uint start, ulong size)
    {
        if (name.Length > 31) throw new ArgumentException("Directory entry names are at most 31 characters.");
        Encoding.Unicode.GetBytes(name, entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(name.Length == 0 ? 0 : (name.Length + 1) * 2));
        entry[0x42] = type;
        entry[0x43] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], NoStream); // left sibling
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[0x78..], size);
    }
}
