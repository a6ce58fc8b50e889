using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using static OfficeReview.OpenXml.Documents.WordXml;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// A .docx read straight from its zip: the entries in order, the main document, headers, footers and numbering found
/// through the relationships. Parts the composer changes are written back from their XML; every other entry is copied
/// as it was. Bounded: entry count, total expanded size, XML depth (no DTDs).
/// </summary>
internal sealed class WordPackage
{
    private const string NumberingType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private const string NumberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";

    private readonly List<(string Name, byte[] Bytes)> _entries = [];
    private readonly Dictionary<string, XDocument> _changed = new(StringComparer.Ordinal);

    public string MainPath { get; }
    public IReadOnlyList<string> HeaderPaths { get; }
    public IReadOnlyList<string> FooterPaths { get; }
    public string? NumberingPath { get; private set; }

    private WordPackage(byte[] package, long maxExpandedBytes, int maxEntries)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > maxEntries) throw new InvalidDataException($"gói có {zip.Entries.Count} mục, vượt giới hạn {maxEntries}");
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > maxExpandedBytes) throw new InvalidDataException($"nội dung giải nén vượt giới hạn {maxExpandedBytes / 1024 / 1024} MB");
            using var s = entry.Open();
            var bytes = new byte[entry.Length];
            s.ReadExactly(bytes);
            _entries.Add((entry.FullName, bytes));
        }
        var rootRels = Load("_rels/.rels") ?? throw new InvalidDataException("thiếu _rels/.rels");
        var main = Relationships(rootRels, "").Where(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Select(r => r.Target).FirstOrDefault()
            ?? throw new InvalidDataException("không có phần nội dung chính (officeDocument)");
        MainPath = main;
        if (Find(MainPath) is null) throw new InvalidDataException($"thiếu {MainPath}");
        var rels = Relationships(Load(RelsPath(MainPath)), Folder(MainPath)).ToList();
        HeaderPaths = rels.Where(r => r.Type.EndsWith("/header", StringComparison.Ordinal)).Select(r => r.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        FooterPaths = rels.Where(r => r.Type.EndsWith("/footer", StringComparison.Ordinal)).Select(r => r.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        NumberingPath = rels.Where(r => r.Type == NumberingType).Select(r => r.Target).FirstOrDefault();
    }

    public static WordPackage Open(byte[] package, long maxExpandedBytes = 200L * 1024 * 1024, int maxEntries = 2_000) =>
        new(package, maxExpandedBytes, maxEntries);

    private byte[]? Find(string path) => _entries.FirstOrDefault(e => e.Name == path).Bytes;

    /// <summary>How a part of a Word package is read (no DTD, no resolver, whitespace kept); also used by <see cref="TemplateSanitizer"/>.</summary>
    internal static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 256L * 1024 * 1024,
        IgnoreWhitespace = false,
    };

    /// <summary>The part's XML (cached and marked as changed when asked for editing).</summary>
    public XDocument? Load(string path, bool edit = false)
    {
        if (_changed.TryGetValue(path, out var cached)) return cached;
        var bytes = Find(path);
        if (bytes is null) return null;
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), XmlSettings);
        var doc = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        if (MaxDepth(doc.Root!) > 256) throw new InvalidDataException($"{path}: XML lồng quá 256 cấp");
        if (edit) _changed[path] = doc;
        return doc;
    }

    private static int MaxDepth(XElement root)
    {
        var max = 0;
        var stack = new Stack<(XElement, int)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            if (d > max) max = d;
            if (d > 256) return d;
            foreach (var c in e.Elements()) stack.Push((c, d + 1));
        }
        return max;
    }

    /// <summary>The numbering part, created (with its relationship and content type) when the template has none.</summary>
    public XDocument Numbering()
    {
        if (NumberingPath is not null && Load(NumberingPath, edit: true) is { } existing) return existing;
        var folder = Folder(MainPath);
        NumberingPath = folder + "numbering.xml";
        var doc = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(WordXml.Numbering, new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName)));
        _changed[NumberingPath] = doc;
        _entries.Add((NumberingPath, []));

        var relsPath = RelsPath(MainPath);
        var rels = Load(relsPath, edit: true) ?? NewRels(relsPath);
        var ids = rels.Root!.Elements(PackageRels + "Relationship").Select(r => r.Attr("Id")).ToHashSet();
        var id = "rIdNumbering";
        for (var i = 2; ids.Contains(id); i++) id = "rIdNumbering" + i;
        rels.Root.Add(new XElement(PackageRels + "Relationship", new XAttribute("Id", id), new XAttribute("Type", NumberingType), new XAttribute("Target", "numbering.xml")));

        var types = Load("[Content_Types].xml", edit: true) ?? throw new InvalidDataException("thiếu [Content_Types].xml");
        types.Root!.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + NumberingPath), new XAttribute("ContentType", NumberingContentType)));
        return doc;
    }

    private XDocument NewRels(string path)
    {
        var doc = new XDocument(new XElement(PackageRels + "Relationships"));
        _changed[path] = doc;
        _entries.Add((path, []));
        return doc;
    }

    /// <summary>The package with the changed parts, deterministic (fixed timestamps, original order).</summary>
    public byte[] Save()
    {
        var output = new MemoryStream(_entries.Sum(e => e.Bytes.Length) / 3 + 4096);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in _entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = DeterministicPackage.EntryTime;
                using var stream = entry.Open();
                if (_changed.TryGetValue(name, out var doc))
                {
                    // The main part (the large one) through the direct serializer when it can write it exactly.
                    if (name == MainPath && FastXmlWriter.TryWrite(doc, stream)) continue;
                    using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
                    doc.Save(writer);
                }
                else stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    private static string Folder(string path) => path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : "";

    private static string RelsPath(string path) => $"{Folder(path)}_rels/{path[(path.LastIndexOf('/') + 1)..]}.rels";

    private static IEnumerable<(string Type, string Target)> Relationships(XDocument? rels, string folder)
    {
        if (rels?.Root is null) yield break;
        foreach (var r in rels.Root.Elements(PackageRels + "Relationship"))
        {
            if (r.Attr("TargetMode") == "External") continue;
            var target = r.Attr("Target") ?? "";
            yield return (r.Attr("Type") ?? "", Resolve(folder, target));
        }
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/')) return target[1..];
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not "." and not "") parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
