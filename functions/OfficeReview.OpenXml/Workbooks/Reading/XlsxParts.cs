using System.IO.Compression;
using System.Xml;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>A bound was exceeded or the package is broken; carries the finding to report.</summary>
internal sealed class WorkbookStopException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// The zip of a workbook opened under <see cref="WorkbookLimits"/>: entry count, total expanded bytes (counted while
/// inflating, not trusted from the headers), XML without DTDs.
/// </summary>
internal sealed class XlsxParts : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly WorkbookLimits _limits;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _expanded;

    internal static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
        MaxCharactersFromEntities = 0,
    };

    public XlsxParts(Stream stream, WorkbookLimits limits)
    {
        _limits = limits;
        _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        if (_zip.Entries.Count > limits.MaxEntries)
            throw new WorkbookStopException(UnitWorkbookReader.TooManyEntries,
                $"có {_zip.Entries.Count} thành phần, vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxEntries))}");
        long declared = 0;
        foreach (var e in _zip.Entries)
        {
            _entries[e.FullName.TrimStart('/')] = e;
            declared += e.Length;
        }
        if (declared > limits.MaxExpandedBytes)
            throw new WorkbookStopException(UnitWorkbookReader.TooLargeExpanded,
                $"giải nén ra {Domain.Formatting.VietnameseFormat.Count(declared)} byte, vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxExpandedBytes))}");
    }

    public bool Exists(string path) => _entries.ContainsKey(path.TrimStart('/'));

    public IEnumerable<string> Names => _entries.Keys;

    public XmlReader? OpenXml(string path, XmlNameTable? names = null)
    {
        if (!_entries.TryGetValue(path.TrimStart('/'), out var entry)) return null;
        var counted = new CountingStream(entry.Open(), this);
        var settings = XmlSettings.Clone();
        if (names is not null) settings.NameTable = names;
        return XmlReader.Create(counted, settings);
    }

    private void Count(int n)
    {
        _expanded += n;
        if (_expanded > _limits.MaxExpandedBytes)
            throw new WorkbookStopException(UnitWorkbookReader.TooLargeExpanded,
                $"giải nén ra hơn {_limits.Describe(nameof(WorkbookLimits.MaxExpandedBytes))}");
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>Relationships of a part: id → absolute target path inside the package.</summary>
    public Dictionary<string, (string Type, string Target)> Relationships(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        var dir = slash >= 0 ? partPath[..slash] : "";
        var file = slash >= 0 ? partPath[(slash + 1)..] : partPath;
        var relsPath = (dir.Length > 0 ? dir + "/" : "") + "_rels/" + file + ".rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var r = OpenXml(relsPath);
        if (r is null) return result;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "Relationship") continue;
            var id = r.GetAttribute("Id");
            var target = r.GetAttribute("Target");
            var type = r.GetAttribute("Type") ?? "";
            if (id is null || target is null || r.GetAttribute("TargetMode") == "External") continue;
            result[id] = (type, Resolve(dir, target));
        }
        return result;
    }

    private static string Resolve(string dir, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var parts = new List<string>(dir.Length > 0 ? dir.Split('/') : []);
        foreach (var seg in target.Split('/'))
        {
            if (seg == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (seg != "." && seg.Length > 0) parts.Add(seg);
        }
        return string.Join('/', parts);
    }

    private sealed class CountingStream(Stream inner, XlsxParts owner) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            owner.Count(n);
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            owner.Count(n);
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
