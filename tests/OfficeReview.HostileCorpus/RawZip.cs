using System.IO.Compression;
using System.Text;

namespace OfficeReview.HostileCorpus;

/// <summary>One entry of a hand-written zip: its name (raw bytes allowed), its data, and the lies its headers may tell.</summary>
public sealed record ZipItem(string Name, byte[] Data)
{
    /// <summary>The name as stored (defaults to the UTF-8 of <see cref="Name"/>); lets a test store bytes no string holds.</summary>
    public byte[]? RawName { get; init; }
    public bool Deflate { get; init; } = true;
    /// <summary>General purpose flags; bit 0 = "encrypted".</summary>
    public ushort Flags { get; init; }
    /// <summary>Uncompressed size written in the headers instead of the true one.</summary>
    public long? DeclaredSize { get; init; }
    /// <summary>CRC-32 written in the headers instead of the true one.</summary>
    public uint? DeclaredCrc { get; init; }
    /// <summary>Compression method written in the headers instead of 0/8 (e.g. 99 = AES, 12 = bzip2).</summary>
    public ushort? DeclaredMethod { get; init; }
    /// <summary>Already compressed bytes to store as they are (with <see cref="Deflate"/> true).</summary>
    public byte[]? Precompressed { get; init; }
    public long? PrecompressedSize { get; init; }
}

/// <summary>
/// Writes zip archives byte by byte (local headers, central directory, end record), so entries may repeat, carry
/// "../" or absolute names, claim encryption or false sizes. No Zip64: large entries are given as precompressed data.
/// </summary>
public static class RawZip
{
    public static byte[] Write(IEnumerable<ZipItem> items, string comment = "")
    {
        using var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        var central = new List<(ZipItem Item, byte[] Name, uint Crc, long Compressed, long Size, long Offset, ushort Method)>();
        foreach (var item in items)
        {
            var name = item.RawName ?? Encoding.UTF8.GetBytes(item.Name);
            byte[] body;
            long size;
            uint crc;
            if (item.Precompressed is { } pre)
            {
                body = pre;
                size = item.PrecompressedSize ?? 0;
                crc = item.DeclaredCrc ?? 0;
            }
            else
            {
                body = item.Deflate ? Deflate(item.Data) : item.Data;
                size = item.Data.Length;
                crc = Crc32(item.Data);
            }
            var method = item.DeclaredMethod ?? (ushort)(item.Deflate ? 8 : 0);
            var declaredSize = item.DeclaredSize ?? size;
            var declaredCrc = item.DeclaredCrc ?? crc;
            var offset = ms.Position;
            w.Write(0x04034b50u);
            w.Write((ushort)20);
            w.Write((ushort)(item.Flags | 0x0800)); // bit 11: UTF-8 names
            w.Write(method);
            w.Write((ushort)0); w.Write((ushort)0x21); // 1980-01-01
            w.Write(declaredCrc);
            w.Write((uint)body.Length);
            w.Write((uint)Math.Min(declaredSize, uint.MaxValue));
            w.Write((ushort)name.Length);
            w.Write((ushort)0);
            w.Write(name);
            w.Write(body);
            central.Add((item, name, declaredCrc, body.Length, declaredSize, offset, method));
        }
        var start = ms.Position;
        foreach (var c in central)
        {
            w.Write(0x02014b50u);
            w.Write((ushort)20); w.Write((ushort)20);
            w.Write((ushort)(c.Item.Flags | 0x0800));
            w.Write(c.Method);
            w.Write((ushort)0); w.Write((ushort)0x21);
            w.Write(c.Crc);
            w.Write((uint)c.Compressed);
            w.Write((uint)Math.Min(c.Size, uint.MaxValue));
            w.Write((ushort)c.Name.Length);
            w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0);
            w.Write(0u);
            w.Write((uint)c.Offset);
            w.Write(c.Name);
        }
        var end = ms.Position;
        var commentBytes = Encoding.UTF8.GetBytes(comment);
        w.Write(0x06054b50u);
        w.Write((ushort)0); w.Write((ushort)0);
        w.Write((ushort)Math.Min(central.Count, ushort.MaxValue));
        w.Write((ushort)Math.Min(central.Count, ushort.MaxValue));
        w.Write((uint)(end - start));
        w.Write((uint)start);
        w.Write((ushort)commentBytes.Length);
        w.Write(commentBytes);
        w.Flush();
        return ms.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var d = new DeflateStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) d.Write(data);
        return ms.ToArray();
    }

    /// <summary>Deflates <paramref name="count"/> copies of <paramref name="chunk"/> without holding them all: (compressed, size, crc).</summary>
    public static (byte[] Compressed, long Size, uint Crc) DeflateRepeated(byte[] head, byte[] chunk, long count, byte[] tail)
    {
        using var ms = new MemoryStream();
        var crc = 0xFFFFFFFFu;
        long size = 0;
        using (var d = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            void Put(byte[] b) { d.Write(b); crc = Crc32Update(crc, b); size += b.Length; }
            Put(head);
            for (long i = 0; i < count; i++) Put(chunk);
            Put(tail);
        }
        return (ms.ToArray(), size, crc ^ 0xFFFFFFFFu);
    }

    private static readonly uint[] s_table = BuildTable();

    private static uint[] BuildTable()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static uint Crc32(byte[] data) => Crc32Update(0xFFFFFFFFu, data) ^ 0xFFFFFFFFu;

    private static uint Crc32Update(uint crc, byte[] data)
    {
        foreach (var b in data) crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }
}

/// <summary>A zip package as an ordered list of (name, bytes), read from a valid file and written back after edits.</summary>
public sealed class Package
{
    public List<(string Name, byte[] Data)> Entries { get; } = [];

    public static Package Read(byte[] zip)
    {
        var p = new Package();
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        foreach (var e in archive.Entries)
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            p.Entries.Add((e.FullName, ms.ToArray()));
        }
        return p;
    }

    public Package Clone()
    {
        var p = new Package();
        p.Entries.AddRange(Entries.Select(e => (e.Name, (byte[])e.Data.Clone())));
        return p;
    }

    public bool Has(string name) => Entries.Any(e => e.Name == name);

    public byte[] Get(string name) => Entries.First(e => e.Name == name).Data;

    public string Text(string name) => Encoding.UTF8.GetString(Get(name));

    public Package Set(string name, byte[] data)
    {
        var i = Entries.FindIndex(e => e.Name == name);
        if (i < 0) Entries.Add((name, data)); else Entries[i] = (name, data);
        return this;
    }

    public Package Set(string name, string text) => Set(name, Encoding.UTF8.GetBytes(text));

    public Package Edit(string name, Func<string, string> edit) => Set(name, edit(Text(name)));

    public Package Remove(string name)
    {
        Entries.RemoveAll(e => e.Name == name);
        return this;
    }

    public byte[] ToZip() => RawZip.Write(Entries.Select(e => new ZipItem(e.Name, e.Data)));

    public IEnumerable<ZipItem> Items() => Entries.Select(e => new ZipItem(e.Name, e.Data));
}
