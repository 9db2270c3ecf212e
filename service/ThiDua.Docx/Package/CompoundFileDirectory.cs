using System.Buffers.Binary;
using System.Text;

namespace ThiDua.Docx.Package;

/// <summary>
/// Reads the names in the directory of an OLE compound file ([MS-CFB]), enough to tell an encrypted OOXML package
/// (<c>EncryptionInfo</c> + <c>EncryptedPackage</c> streams, [MS-OFFCRYPTO] § 2.3.4) from a Word 97–2003 <c>.doc</c>
/// (<c>WordDocument</c> stream, [MS-DOC] § 2.1.1). Only the header, the FAT sectors on the directory chain and the
/// directory sectors are read; stream contents never are.
/// </summary>
internal static class CompoundFileDirectory
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderDifatEntries = 109;

    /// <summary>
    /// The names of every allocated directory entry (storages and streams, root included), in directory order;
    /// null when the header or the directory chain is damaged.
    /// </summary>
    public static IReadOnlyList<string>? ReadNames(ReadOnlySpan<byte> file)
    {
        if (file.Length < HeaderSize || !file.StartsWith(FileSignature.CompoundFile)) return null;
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        if (sectorShift is not (9 or 12)) return null;
        var sectorSize = 1 << sectorShift;
        var sectorCount = (file.Length - HeaderSize + sectorSize - 1) / sectorSize; // a short last sector still counts
        var fatSectors = ReadFatSectorList(file, sectorSize, sectorCount);
        if (fatSectors is null) return null;

        var names = new List<string>();
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file[0x30..]);
        for (var visited = 0; sector <= MaxRegularSector; visited++)
        {
            if (visited > sectorCount || sector >= sectorCount) return null; // a loop or a pointer out of the file
            var data = Sector(file, sector, sectorSize);
            for (var offset = 0; offset + DirectoryEntrySize <= data.Length; offset += DirectoryEntrySize)
                if (ReadEntryName(data.Slice(offset, DirectoryEntrySize)) is { } name) names.Add(name);
            var next = NextSector(file, fatSectors, sector, sectorSize, sectorCount);
            if (next is null) return null;
            sector = next.Value;
        }
        return names;
    }

    /// <summary>The FAT sector numbers: the 109 in the header, then those in the DIFAT sector chain.</summary>
    private static List<uint>? ReadFatSectorList(ReadOnlySpan<byte> file, int sectorSize, int sectorCount)
    {
        var fatCount = BinaryPrimitives.ReadUInt32LittleEndian(file[0x2C..]);
        if (fatCount > (uint)sectorCount) return null;
        var list = new List<uint>((int)fatCount);
        for (var i = 0; i < HeaderDifatEntries && list.Count < fatCount; i++)
            list.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(0x4C + 4 * i)..]));

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file[0x44..]);
        var perSector = sectorSize / 4 - 1; // the last entry of a DIFAT sector points to the next one
        for (var visited = 0; list.Count < fatCount && difat <= MaxRegularSector; visited++)
        {
            if (visited > sectorCount || difat >= sectorCount) return null;
            var data = Sector(file, difat, sectorSize);
            for (var i = 0; i < perSector && list.Count < fatCount; i++)
                list.Add(BinaryPrimitives.ReadUInt32LittleEndian(data[(4 * i)..]));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(data[(4 * perSector)..]);
        }
        return list.Count == fatCount ? list : null;
    }

    private static uint? NextSector(ReadOnlySpan<byte> file, List<uint> fatSectors, uint sector, int sectorSize, int sectorCount)
    {
        var perSector = (uint)(sectorSize / 4);
        var fatIndex = sector / perSector;
        if (fatIndex >= fatSectors.Count || fatSectors[(int)fatIndex] >= sectorCount) return null;
        var fat = Sector(file, fatSectors[(int)fatIndex], sectorSize);
        return BinaryPrimitives.ReadUInt32LittleEndian(fat[(int)(4 * (sector % perSector))..]);
    }

    /// <summary>Sector <paramref name="sector"/> (0-based, after the header), zero-padded when the file ends inside it.</summary>
    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> file, uint sector, int sectorSize)
    {
        var start = HeaderSize + (long)sector * sectorSize;
        var available = (int)Math.Min(sectorSize, file.Length - start);
        if (available == sectorSize) return file.Slice((int)start, sectorSize);
        var padded = new byte[sectorSize];
        file.Slice((int)start, available).CopyTo(padded);
        return padded;
    }

    /// <summary>The entry's name (UTF-16LE, length in bytes at 0x40 including the terminating NUL); null when unallocated.</summary>
    private static string? ReadEntryName(ReadOnlySpan<byte> entry)
    {
        var objectType = entry[0x42];
        if (objectType is not (1 or 2 or 5)) return null; // storage, stream, root storage
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
        if (length is < 2 or > 64 || length % 2 != 0) return null;
        return Encoding.Unicode.GetString(entry[..(length - 2)]);
    }
}
