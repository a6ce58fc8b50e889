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
        var t = s_table;
        var c = ~crc;
        while (data.Length >= 8)
        {
            var lo = c ^ (uint)(data[0] | data[1] << 8 | data[2] << 16 | data[3] << 24);
            var hi = (uint)(data[4] | data[5] << 8 | data[6] << 16 | data[7] << 24);
            c = t[7 * 256 + (lo & 0xFF)] ^ t[6 * 256 + ((lo >> 8) & 0xFF)] ^ t[5 * 256 + ((lo >> 16) & 0xFF)] ^ t[4 * 256 + (lo >> 24)]
              ^ t[3 * 256 + (hi & 0xFF)] ^ t[2 * 256 + ((hi >> 8) & 0xFF)] ^ t[1 * 256 + ((hi >> 16) & 0xFF)] ^ t[hi >> 24];
            data = data[8..];
        }
        foreach (var b in data) c = t[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }

    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);
}
