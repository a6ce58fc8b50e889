using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OfficeReview.OpenXml.Input;

/// <summary>
/// CRC-32 as zip uses it (reflected polynomial 0xEDB88320, initial and final value 0xFFFFFFFF), table driven and
/// eight bytes at a time so checking every inflated entry costs little next to inflating it.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] s_table = Build();

    private static uint[] Build()
    {
        var t = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        for (var i = 0; i < 256; i++)
            for (var s = 1; s < 8; s++)
                t[s * 256 + i] = (t[(s - 1) * 256 + i] >> 8) ^ t[t[(s - 1) * 256 + i] & 0xFF];
        return t;
    }

    /// <summary>The running value after <paramref name="data"/>; start from 0, the result of the last call is the CRC.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        // Indexes are masked to 0..255 within each 256-entry slice, so the unchecked reads stay inside the table.
        ref var t = ref MemoryMarshal.GetArrayDataReference(s_table);
        var c = ~crc;
        while (data.Length >= 8)
        {
            var lo = c ^ BinaryPrimitives.ReadUInt32LittleEndian(data);
            var hi = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = Unsafe.Add(ref t, 7 * 256 + (int)(lo & 0xFF)) ^ Unsafe.Add(ref t, 6 * 256 + (int)((lo >> 8) & 0xFF))
              ^ Unsafe.Add(ref t, 5 * 256 + (int)((lo >> 16) & 0xFF)) ^ Unsafe.Add(ref t, 4 * 256 + (int)(lo >> 24))
              ^ Unsafe.Add(ref t, 3 * 256 + (int)(hi & 0xFF)) ^ Unsafe.Add(ref t, 2 * 256 + (int)((hi >> 8) & 0xFF))
              ^ Unsafe.Add(ref t, 1 * 256 + (int)((hi >> 16) & 0xFF)) ^ Unsafe.Add(ref t, (int)(hi >> 24));
            data = data[8..];
        }
        foreach (var b in data) c = Unsafe.Add(ref t, (int)((c ^ b) & 0xFF)) ^ (c >> 8);
        return ~c;
    }

    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);
}
