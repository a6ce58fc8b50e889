using System.Text;

namespace OfficeReview.HostileCorpus;

public sealed partial class HostileCorpusGenerator
{
    /// <summary>
    /// A small OLE compound file (the container of .xls, .doc and of encrypted Office files): 512-byte sectors, one FAT
    /// sector, one directory sector, each stream in regular sectors (padded to 4.096 bytes so no mini stream is needed).
    /// </summary>
    public static byte[] OleCompoundFile(params (string Name, byte[] Data)[] streams)
    {
        const int sector = 512;
        const uint free = 0xFFFFFFFF, end = 0xFFFFFFFE, fatSector = 0xFFFFFFFD;
        var padded = streams.Select(s => (s.Name, Data: s.Data.Length >= 4096 ? s.Data : [.. s.Data, .. new byte[4096 - s.Data.Length]], Length: Math.Max(s.Data.Length, 4096))).ToList();
        var fat = new List<uint> { fatSector, end };
        var starts = new List<uint>();
        var next = 2u;
        foreach (var s in padded)
        {
            var n = (uint)((s.Data.Length + sector - 1) / sector);
            starts.Add(next);
            for (var i = 0u; i < n; i++) fat.Add(i == n - 1 ? end : next + i + 1);
            next += n;
        }
        if (fat.Count > sector / 4) throw new InvalidOperationException("streams too large for one FAT sector");
        while (fat.Count < sector / 4) fat.Add(free);

        using var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });
        w.Write(new byte[16]);
        w.Write((ushort)0x3E); w.Write((ushort)3); w.Write((ushort)0xFFFE); w.Write((ushort)9); w.Write((ushort)6);
        w.Write(new byte[6]);
        w.Write(0u); w.Write(1u); w.Write(1u); w.Write(0u); w.Write(4096u);
        w.Write(end); w.Write(0u); w.Write(end); w.Write(0u);
        w.Write(0u);
        for (var i = 1; i < 109; i++) w.Write(free);
        foreach (var f in fat) w.Write(f);
        // Directory: root, then one entry per stream (each the right sibling of the one before).
        var entries = new List<byte[]> { DirEntry("Root Entry", 5, child: streams.Length > 0 ? 1u : free, right: free, start: end, size: 0) };
        for (var i = 0; i < padded.Count; i++)
            entries.Add(DirEntry(padded[i].Name, 2, child: free, right: i + 1 < padded.Count ? (uint)(i + 2) : free, start: starts[i], size: (uint)padded[i].Length));
        while (entries.Count < 4) entries.Add(new byte[128]);
        if (entries.Count > 4) throw new InvalidOperationException("at most three streams");
        foreach (var e in entries) w.Write(e);
        foreach (var s in padded)
        {
            w.Write(s.Data);
            var rest = (sector - s.Data.Length % sector) % sector;
            w.Write(new byte[rest]);
        }
        w.Flush();
        return ms.ToArray();
    }

    private static byte[] DirEntry(string name, byte type, uint child, uint right, uint start, uint size)
    {
        var e = new byte[128];
        var n = Encoding.Unicode.GetBytes(name);
        Array.Copy(n, e, Math.Min(n.Length, 62));
        BitConverter.GetBytes((ushort)(Math.Min(n.Length, 62) + 2)).CopyTo(e, 64);
        e[66] = type;
        e[67] = 1;
        BitConverter.GetBytes(0xFFFFFFFFu).CopyTo(e, 68);
        BitConverter.GetBytes(right).CopyTo(e, 72);
        BitConverter.GetBytes(child).CopyTo(e, 76);
        BitConverter.GetBytes(start).CopyTo(e, 116);
        BitConverter.GetBytes(size).CopyTo(e, 120);
        return e;
    }
}
