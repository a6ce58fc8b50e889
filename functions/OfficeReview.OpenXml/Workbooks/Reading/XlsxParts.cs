using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>A bound was exceeded or the package is broken; carries the finding to report.</summary>
internal sealed class WorkbookStopException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// The zip of a workbook opened through the bounded input layer (<see cref="BoundedZip"/>, <see cref="BoundedXml"/>):
/// entry count, names, per-part and total expansion and ratio counted while inflating, XML without DTDs and within
/// depth, element and length bounds, the encoding of every XML part checked (UTF-16 parts come out as UTF-8).
/// Every problem is a <see cref="WorkbookStopException"/> whose message follows "Tệp X".
/// </summary>
internal sealed class XlsxParts : IDisposable
{
    private readonly BoundedZip _zip;
    private readonly InputLimits _input;
    private readonly InputFailure _fail;
    private readonly ConditionalWeakTable<byte[], string> _partOf = [];
    private readonly Dictionary<string, string> _damage = new(StringComparer.OrdinalIgnoreCase);

    private const string NoBom = "được ghi bằng UTF-16 mà không có dấu thứ tự byte (BOM), trái quy định XML 1.0 (mục 4.3.3)";

    /// <summary>
    /// Parts that were read whole but are damaged (part → what is wrong): UTF-16 without its byte order mark, or bytes
    /// that do not match the encoding the part declares. The reader reports each as an error finding.
    /// </summary>
    public IReadOnlyDictionary<string, string> Damage => _damage;

    public XlsxParts(Stream stream, WorkbookLimits limits)
    {
        _input = limits.EffectiveInput;
        _fail = static (code, detail) => new WorkbookStopException(WorkbookCode(code), detail);
        _zip = new BoundedZip(stream, "", _input, _fail);
        // Parts the reader never opens (styles, themes, properties, pictures, other sheets' drawings…) are inflated
        // once here, counted and dropped, so a bomb anywhere in the package is refused; the parts it reads are counted
        // when they are read.
        foreach (var name in _zip.Names.ToList())
        {
            if (ReadByTheReader(name)) continue;
            if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) { _zip.Count(name); continue; }
            // An XML part nobody parses is still checked for its shape (depth, elements, attributes).
            var bytes = _zip.ReadAll(name)!;
            if (BoundedXml.Utf16(bytes) is null) BoundedXml.CheckShape(bytes, name, _input, _fail);
            else if (!HasUtf16Bom(bytes)) _damage.TryAdd(name, NoBom);
        }
    }

    private static bool ReadByTheReader(string name) =>
        name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.IndexOf('/', "xl/worksheets/".Length) < 0)
        || name.StartsWith("xl/tables/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reader's historical codes for the bounds it always had; the input layer's codes for the rest.</summary>
    private static string WorkbookCode(string inputCode) => inputCode switch
    {
        InputCodes.ZipExpandedTooLarge => UnitWorkbookReader.TooLargeExpanded,
        InputCodes.ZipTooManyEntries => UnitWorkbookReader.TooManyEntries,
        InputCodes.XmlDtd => UnitWorkbookReader.DtdForbidden,
        InputCodes.ZipBroken or InputCodes.XmlEncoding or InputCodes.XmlBroken => UnitWorkbookReader.Broken,
        _ => inputCode,
    };

    public bool Exists(string path) => _zip.Exists(path);

    public IEnumerable<string> Names => _zip.Names;

    public InputLimits Limits => _input;

    public XmlReader? OpenXml(string path, XmlNameTable? names = null)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : OpenXml(bytes, names);
    }

    /// <summary>
    /// The whole XML part, inflated under the bounds, its encoding checked: UTF-8 as it is, UTF-16 (with or without its
    /// byte order mark) converted to UTF-8 — without its mark, or declaring another encoding, it is also noted in
    /// <see cref="Damage"/> —; invalid UTF-8 or another declared encoding stops the read naming the part
    /// (characters XML forbids are left to the readers, which name the sheet). Null when the part does not exist.
    /// </summary>
    public byte[]? ReadBytes(string path)
    {
        var name = path.TrimStart('/');
        var bytes = _zip.ReadAll(name);
        if (bytes is null) return null;
        BoundedXml.CheckEncoding(bytes, name, _fail, nonCharacters: false);
        if (BoundedXml.Utf16(bytes) is { } littleEndian)
        {
            if (!HasUtf16Bom(bytes)) _damage.TryAdd(name, NoBom);
            bytes = Utf16ToUtf8(bytes, name, littleEndian);
        }
        // The reader scans these bytes without a parser: the XML bounds are checked on them first.
        BoundedXml.CheckShape(bytes, name, _input, _fail);
        _partOf.AddOrUpdate(bytes, name);
        return bytes;
    }

    private byte[] Utf16ToUtf8(byte[] bytes, string name, bool littleEndian)
    {
        string text;
        try
        {
            var bom = (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) ? 2 : 0;
            var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            text = encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            throw _fail(InputCodes.XmlEncoding, $"có thành phần {name} chứa byte không hợp lệ theo UTF-16; tệp bị hỏng");
        }
        // The declaration names UTF-16, which would no longer be true.
        if (text.StartsWith("<?xml", StringComparison.Ordinal) && text.IndexOf("?>", StringComparison.Ordinal) is var end and > 0)
        {
            if (BoundedXml.EncodingIn(text[..end]) is { } declared && !declared.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)
                && !declared.StartsWith("utf16", StringComparison.OrdinalIgnoreCase) && !declared.Equals("unicode", StringComparison.OrdinalIgnoreCase))
                _damage.TryAdd(name, $"khai báo bảng mã \"{(declared.Length > 40 ? declared[..40] + "…" : declared)}\" nhưng được ghi bằng UTF-16");
            text = text[(end + 2)..];
        }
        return Encoding.UTF8.GetBytes(text);
    }

    private static bool HasUtf16Bom(byte[] b) => b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));

    /// <summary>A bounded reader over a part returned by <see cref="ReadBytes"/>.</summary>
    public XmlReader OpenXml(byte[] bytes, XmlNameTable? names = null)
    {
        var part = _partOf.TryGetValue(bytes, out var p) ? p : "XML";
        // Malformed XML stays an XmlException: the workbook reader names the sheet, line and position itself.
        return BoundedXml.Create(bytes, "", part, _input, names, _fail, translateXmlErrors: false);
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

    internal static string Resolve(string dir, string target)
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
}
