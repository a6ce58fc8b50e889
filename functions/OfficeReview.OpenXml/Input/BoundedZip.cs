using System.Buffers.Binary;
using System.IO.Compression;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.OpenXml.Input;

/// <summary>Makes the exception a bounded reader throws: (code, detail after "Tệp X") → exception.</summary>
internal delegate Exception InputFailure(string code, string detail);

/// <summary>
/// A zip from outside, opened under <see cref="InputLimits"/>: the entry count is read from the end record before the
/// archive is parsed; entry names are checked (no duplicates, no "..", no absolute or backslash names, no encrypted
/// entries); every entry is inflated through a counter (the sizes in the headers are never trusted) that stops at the
/// per-entry, total and ratio bounds, and an entry read to its end must match its CRC-32. Every problem is a Vietnamese message naming the file and the entry.
/// </summary>
internal sealed class BoundedZip : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly InputFailure _fail;
    private long _expanded;

    public InputLimits Limits { get; }
    public string FileName { get; }

    /// <summary>Opens the zip; throws what <paramref name="fail"/> makes (default <see cref="InputException"/>).</summary>
    public BoundedZip(Stream stream, string fileName, InputLimits? limits = null, InputFailure? fail = null)
    {
        Limits = limits ?? InputLimits.Default;
        FileName = fileName;
        _fail = fail ?? ((code, detail) => new InputException(code, fileName, detail));
        if (stream.CanSeek && DeclaredEntryCount(stream) is { } declared && declared > Limits.MaxEntries)
            throw _fail(InputCodes.ZipTooManyEntries,
                $"có {VietnameseFormat.Count(declared)} thành phần nén, vượt giới hạn {Limits.Describe(nameof(InputLimits.MaxEntries))}");
        try
        {
            _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var entries = _zip.Entries;
            if (entries.Count > Limits.MaxEntries)
                throw _fail(InputCodes.ZipTooManyEntries,
                    $"có {VietnameseFormat.Count(entries.Count)} thành phần nén, vượt giới hạn {Limits.Describe(nameof(InputLimits.MaxEntries))}");
            foreach (var e in entries)
            {
                var name = e.FullName;
                // Declared sizes are never trusted to accept (the real bytes are counted while inflating), but an
                // absurd declaration is reason enough to refuse.
                if (e.Length > Limits.MaxPartBytes)
                    throw _fail(InputCodes.ZipPartTooLarge, $"có thành phần {Printable(name)} khai báo {VietnameseFormat.Count(e.Length)} byte khi giải nén, vượt giới hạn {Limits.Describe(nameof(InputLimits.MaxPartBytes))}");
                if (UnsafeName(name) is { } why)
                    throw _fail(InputCodes.ZipUnsafeName, $"có thành phần nén tên \"{Printable(name)}\" {why}; tệp không an toàn, không đọc");
                if (e.IsEncrypted)
                    throw _fail(InputCodes.ZipEncryptedEntry, $"có thành phần {Printable(name)} được mã hóa (đặt mật khẩu); hãy lưu lại tệp không đặt mật khẩu");
                if (!_entries.TryAdd(name, e))
                    throw _fail(InputCodes.ZipDuplicate, $"có hai thành phần nén cùng tên {Printable(name)}; tệp bị hỏng hoặc bị sửa bất thường");
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            _zip?.Dispose();
            throw _fail(InputCodes.ZipBroken, $"không phải tệp nén hợp lệ hoặc bị cắt cụt ({e.Message})");
        }
    }

    /// <summary>Opens the bytes of an uploaded file.</summary>
    public static BoundedZip Open(ReadOnlyMemory<byte> bytes, string fileName, InputLimits? limits = null, InputFailure? fail = null)
    {
        var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        return new BoundedZip(stream, fileName, limits, fail);
    }

    public IEnumerable<string> Names => _entries.Keys;

    public bool Exists(string name) => _entries.ContainsKey(name.TrimStart('/'));

    /// <summary>Total bytes inflated so far (all entries).</summary>
    public long Expanded => _expanded;

    /// <summary>A stream over the inflated entry that stops at the bounds; null when there is no such entry.</summary>
    public Stream? OpenEntry(string name)
    {
        if (!_entries.TryGetValue(name.TrimStart('/'), out var entry)) return null;
        try
        {
            return new CountingStream(entry.Open(), this, entry);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw _fail(InputCodes.ZipBroken, $"có thành phần {Printable(entry.FullName)} bị hỏng ({e.Message})");
        }
    }

    /// <summary>The whole entry, inflated under the bounds; null when there is no such entry.</summary>
    public byte[]? ReadAll(string name)
    {
        using var s = OpenEntry(name);
        if (s is null) return null;
        var declared = _entries[name.TrimStart('/')].Length;
        // The declared size only sizes the first buffer (at most 16 MB), so a lying header cannot make it allocate.
        if (declared is >= 0 and <= 16L * 1024 * 1024)
        {
            var buffer = new byte[declared];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = s.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total < buffer.Length) return buffer[..total];
            Span<byte> probe = stackalloc byte[1];
            if (s.Read(probe) == 0) return buffer;
            using var more = new MemoryStream();
            more.Write(buffer);
            more.Write(probe);
            s.CopyTo(more);
            return more.ToArray();
        }
        using var ms = new MemoryStream(16 * 1024 * 1024);
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Inflates one entry (counting its bytes against the bounds) and drops it.</summary>
    public void Count(string name)
    {
        var buffer = new byte[81920];
        using var s = OpenEntry(name);
        if (s is null) return;
        while (s.Read(buffer, 0, buffer.Length) > 0) { }
    }

    /// <summary>Inflates every entry once (counting), so a bomb is found before any part is parsed.</summary>
    public void CheckAll()
    {
        var buffer = new byte[81920];
        foreach (var name in _entries.Keys.ToList())
        {
            using var s = OpenEntry(name)!;
            while (s.Read(buffer, 0, buffer.Length) > 0) { }
        }
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>Why an entry name is unsafe (traversal, absolute, backslash, drive, control characters), or null.</summary>
    public static string? UnsafeName(string name)
    {
        if (name.Length == 0) return "rỗng";
        if (name.Contains('\\')) return "chứa dấu \\";
        if (name.StartsWith('/')) return "là đường dẫn tuyệt đối";
        if (name.Length >= 2 && name[1] == ':') return "chứa tên ổ đĩa";
        foreach (var segment in name.Split('/'))
            if (segment is ".." or ".") return "chứa đoạn đường dẫn \"..\"";
        foreach (var c in name)
            if (char.IsControl(c)) return "chứa ký tự điều khiển";
        return null;
    }

    private static string Printable(string name)
    {
        var clean = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length > 120 ? clean[..120] + "…" : clean;
    }

    /// <summary>The entry count of the end-of-central-directory record (zip64 aware), or null when not found.</summary>
    internal static long? DeclaredEntryCount(Stream stream)
    {
        var length = stream.Length;
        if (length < 22) return null;
        var tailLength = (int)Math.Min(length, 22 + 65535 + 20);
        var tail = new byte[tailLength];
        stream.Position = length - tailLength;
        stream.ReadExactly(tail);
        stream.Position = 0;
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != 0x06054b50) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            if (count != 0xFFFF || i < 20 || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i - 20)) != 0x07064b50) return count;
            var zip64At = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(i - 20 + 8));
            if (zip64At < 0 || zip64At + 56 > length) return count;
            var record = new byte[56];
            stream.Position = zip64At;
            stream.ReadExactly(record);
            stream.Position = 0;
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != 0x06064b50) return count;
            var count64 = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            return count64 > long.MaxValue ? long.MaxValue : (long)count64;
        }
        return null;
    }

    private void Count(ZipArchiveEntry entry, long entrySoFar, int n)
    {
        _expanded += n;
        if (entrySoFar > Limits.MaxPartBytes)
            throw _fail(InputCodes.ZipPartTooLarge,
                $"có thành phần {Printable(entry.FullName)} giải nén ra hơn {Limits.Describe(nameof(InputLimits.MaxPartBytes))}");
        if (_expanded > Limits.MaxExpandedBytes)
            throw _fail(InputCodes.ZipExpandedTooLarge,
                $"giải nén ra hơn {Limits.Describe(nameof(InputLimits.MaxExpandedBytes))} (dừng ở thành phần {Printable(entry.FullName)})");
        if (entrySoFar > 1024 * 1024 && entrySoFar > Limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            throw _fail(InputCodes.ZipRatio,
                $"có thành phần {Printable(entry.FullName)} với tỷ lệ nén bất thường (vượt {Limits.Describe(nameof(InputLimits.MaxCompressionRatio))}), nghi là bom nén, không đọc");
    }

    private sealed class CountingStream(Stream inner, BoundedZip owner, ZipArchiveEntry entry) : Stream
    {
        private long _read;
        private uint _crc;
        private bool _checked;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try
            {
                n = inner.Read(buffer);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
            {
                throw owner._fail(InputCodes.ZipBroken, $"có thành phần {Printable(entry.FullName)} bị hỏng hoặc bị cắt cụt ({e.Message})");
            }
            _read += n;
            owner.Count(entry, _read, n);
            if (n > 0) _crc = Crc32.Append(_crc, buffer[..n]);
            else if (buffer.Length > 0 && !_checked)
            {
                // The whole entry has been inflated: its bytes must be the ones the zip recorded.
                _checked = true;
                if (_crc != entry.Crc32)
                    throw owner._fail(InputCodes.ZipBroken,
                        $"có thành phần {Printable(entry.FullName)} bị hỏng (mã kiểm tra CRC-32 không khớp dữ liệu: ghi {entry.Crc32:X8}, tính được {_crc:X8}); hãy gửi lại tệp gốc");
            }
            return n;
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
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
