using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using static OfficeReview.OpenXml.Documents.WordXml;

namespace OfficeReview.OpenXml.Documents;

/// <summary>One thing taken out of a user template: the part or relationship (or element) and what it was, in Vietnamese.</summary>
public sealed record TemplateRemoval(string Where, string What)
{
    public string Message => $"Đã loại khỏi mẫu: {What} ({Where}).";
}

/// <summary>The cleaned template (null when it cannot be read) and what was removed from it.</summary>
public sealed record SanitizedTemplate(byte[]? Package, IReadOnlyList<TemplateRemoval> Removed, string? Error);

/// <summary>
/// Cleans a .docx template a user edited before anything is composed from it. A whitelist: only what a party document
/// needs survives — the main document, styles, numbering, settings (without attachedTemplate or a mail-merge source),
/// the font table (without embedded fonts), the theme, headers, footers, footnotes and endnotes, the core and app
/// properties, and pictures stored inside the package (PNG, JPEG, GIF, BMP, TIFF). Everything else is removed and
/// listed: macros (vbaProject, a .docm or .dotm content type), relationships to anything outside the package (http,
/// file, UNC; hyperlinks are kept only to http, https and mailto), OLE objects, embeddings and ActiveX controls,
/// altChunk, sub-documents, custom XML, fields that fetch or run something (INCLUDEPICTURE, INCLUDETEXT, DDE,
/// DDEAUTO, LINK, … — only PAGE, NUMPAGES, REF-like and TOC-like fields are kept, and HYPERLINK to http, https,
/// mailto or a bookmark), VML pictures with a URL, and zip entries whose name is not a plain relative path (../).
/// Bounded: entries, expanded bytes, XML depth; no DTDs. Never throws for bad input.
/// </summary>
public static class TemplateSanitizer
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string MainContentType = Wml + "document.main+xml";
    private const int MaxXmlDepth = 256;

    private static readonly XNamespace s_vml = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace s_office = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace s_drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private enum PartKind { Package, Document, Styles, Numbering, Settings, FontTable, Theme, Header, Footer, Notes, Properties, Image }

    private static readonly HashSet<string> s_mainTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        MainContentType,
        Wml + "template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    private static readonly Dictionary<string, string> s_imageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png", ["image/jpeg"] = "jpeg", ["image/jpg"] = "jpeg", ["image/gif"] = "gif", ["image/bmp"] = "bmp", ["image/tiff"] = "tiff",
    };

    /// <summary>(relationship type suffix, content type the target must have, kind of the target) allowed from each kind of part.</summary>
    private static readonly Dictionary<PartKind, (string Type, string? ContentType, PartKind Kind)[]> s_allowed = new()
    {
        [PartKind.Package] =
        [
            ("officeDocument", null, PartKind.Document),
            ("metadata/core-properties", "application/vnd.openxmlformats-package.core-properties+xml", PartKind.Properties),
            ("extended-properties", "application/vnd.openxmlformats-officedocument.extended-properties+xml", PartKind.Properties),
        ],
        [PartKind.Document] =
        [
            ("styles", Wml + "styles+xml", PartKind.Styles),
            ("numbering", Wml + "numbering+xml", PartKind.Numbering),
            ("settings", Wml + "settings+xml", PartKind.Settings),
            ("fontTable", Wml + "fontTable+xml", PartKind.FontTable),
            ("theme", "application/vnd.openxmlformats-officedocument.theme+xml", PartKind.Theme),
            ("header", Wml + "header+xml", PartKind.Header),
            ("footer", Wml + "footer+xml", PartKind.Footer),
            ("footnotes", Wml + "footnotes+xml", PartKind.Notes),
            ("endnotes", Wml + "endnotes+xml", PartKind.Notes),
            ("image", null, PartKind.Image),
        ],
        [PartKind.Header] = [("image", null, PartKind.Image)],
        [PartKind.Footer] = [("image", null, PartKind.Image)],
        [PartKind.Notes] = [("image", null, PartKind.Image)],
        [PartKind.Numbering] = [("image", null, PartKind.Image)],
    };

    /// <summary>Field instructions kept (their first word); every other field is turned into its last result.</summary>
    private static readonly HashSet<string> s_safeFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "REF", "PAGEREF", "NOTEREF", "SEQ", "STYLEREF", "TOC", "TC", "SYMBOL", "LISTNUM", "HYPERLINK",
    };

    public static SanitizedTemplate Sanitize(byte[] docx, long maxExpandedBytes = 200L * 1024 * 1024, int maxEntries = 2_000)
    {
        var removed = new List<TemplateRemoval>();
        try
        {
            return new Run(removed).Sanitize(docx, maxExpandedBytes, maxEntries);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return new SanitizedTemplate(null, removed, e.Message);
        }
    }

    private sealed class Run(List<TemplateRemoval> removed)
    {
        private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];
        private readonly Dictionary<string, XDocument> _changed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _contentTypes = new(StringComparer.Ordinal); // kept part → content type
        private readonly Dictionary<string, PartKind> _kept = new(StringComparer.Ordinal);
        private readonly HashSet<string> _keptRels = new(StringComparer.Ordinal);

        private void Remove(string where, string what)
        {
            if (!removed.Any(r => r.Where == where && r.What == what)) removed.Add(new TemplateRemoval(where, what));
        }

        public SanitizedTemplate Sanitize(byte[] docx, long maxExpandedBytes, int maxEntries)
        {
            if (docx.Length < 4 || docx[0] != (byte)'P' || docx[1] != (byte)'K')
                throw new InvalidDataException("tệp mẫu không phải tệp Word .docx (không phải gói nén Open XML)");
            ReadEntries(docx, maxExpandedBytes, maxEntries);
            var types = Load("[Content_Types].xml") ?? throw new InvalidDataException("tệp mẫu thiếu [Content_Types].xml, không phải tệp Word .docx");
            var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in types.Root!.Elements())
            {
                if (e.Name.LocalName == "Override" && e.Attr("PartName") is { } part && e.Attr("ContentType") is { } ct) overrides[part.TrimStart('/')] = ct;
                else if (e.Name.LocalName == "Default" && e.Attr("Extension") is { } ext && e.Attr("ContentType") is { } dct) defaults[ext] = dct;
            }
            string? ContentType(string part) =>
                overrides.TryGetValue(part, out var ct) ? ct
                : defaults.TryGetValue(Path.GetExtension(part).TrimStart('.'), out var d) ? d : null;

            // Walk the relationships from the package root, keeping only what the whitelist allows.
            var queue = new Queue<(string Part, PartKind Kind)>();
            queue.Enqueue(("", PartKind.Package));
            while (queue.Count > 0)
            {
                var (source, kind) = queue.Dequeue();
                var relsPath = RelsPath(source);
                if (!_entries.ContainsKey(relsPath)) continue;
                var rels = Load(relsPath, edit: true)!;
                _keptRels.Add(relsPath);
                var allowed = s_allowed.GetValueOrDefault(kind) ?? [];
                foreach (var r in rels.Root!.Elements().ToList())
                {
                    var type = r.Attr("Type") ?? "";
                    var target = r.Attr("Target") ?? "";
                    var external = string.Equals(r.Attr("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                    var from = source.Length == 0 ? "_rels/.rels" : source;
                    var where = external ? from : $"{from} → {Short(target)}";
                    var suffix = TypeSuffix(type);
                    if (external)
                    {
                        if (suffix == "hyperlink" && kind is PartKind.Document or PartKind.Header or PartKind.Footer or PartKind.Notes && SafeUrl(target)) continue;
                        r.Remove();
                        Remove(where, Describe(suffix, target, external: true));
                        continue;
                    }
                    var rule = allowed.FirstOrDefault(a => a.Type == suffix);
                    var resolved = Resolve(Folder(source), target);
                    var ct = resolved is null ? null : ContentType(resolved);
                    var fits = rule.Type is not null && resolved is not null && _entries.ContainsKey(resolved) && ct is not null &&
                        (rule.Kind == PartKind.Document ? s_mainTypes.Contains(ct)
                         : rule.Kind == PartKind.Image ? s_imageTypes.ContainsKey(ct)
                         : string.Equals(rule.ContentType, ct, StringComparison.OrdinalIgnoreCase));
                    if (fits && rule.Kind == PartKind.Image && !ImageBytesMatch(_entries[resolved!], ct!))
                    {
                        r.Remove();
                        Remove(where, $"hình ảnh có nội dung không đúng kiểu {ct} đã khai báo");
                        continue;
                    }
                    if (!fits)
                    {
                        r.Remove();
                        Remove(where, resolved is null ? "liên kết trỏ ra ngoài gói (../)" : Describe(suffix, resolved, external: false, ct));
                        continue;
                    }
                    if (rule.Kind == PartKind.Document && !string.Equals(ct, MainContentType, StringComparison.OrdinalIgnoreCase))
                        Remove(resolved!, ct!.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                            ? "kiểu tệp có macro (.docm/.dotm), đổi thành văn bản .docx thường"
                            : "kiểu tệp mẫu .dotx, đổi thành văn bản .docx thường");
                    if (_kept.TryAdd(resolved!, rule.Kind))
                    {
                        _contentTypes[resolved!] = rule.Kind == PartKind.Document ? MainContentType : ct!;
                        queue.Enqueue((resolved!, rule.Kind));
                    }
                }
            }
            if (!_kept.ContainsValue(PartKind.Document))
                throw new InvalidDataException("tệp mẫu không có phần nội dung chính (word/document.xml), không phải tệp Word .docx");

            // Parts nothing kept points at.
            foreach (var name in _order)
                if (name != "[Content_Types].xml" && !_kept.ContainsKey(name) && !_keptRels.Contains(name) && !IsRelsOfRemoved(name))
                    Remove(name, DescribePart(name, ContentType(name)));

            // Inside the kept parts: references to what was removed, and content that fetches or runs something.
            foreach (var (part, kind) in _kept)
            {
                switch (kind)
                {
                    case PartKind.Document or PartKind.Header or PartKind.Footer or PartKind.Notes:
                        CleanContent(part);
                        break;
                    case PartKind.Settings:
                        CleanSettings(part);
                        break;
                    case not PartKind.Image:
                        CleanReferences(part);
                        break;
                }
            }
            return new SanitizedTemplate(Save(), removed, null);
        }

        private static bool IsRelsOfRemoved(string name) => name.EndsWith(".rels", StringComparison.Ordinal) && name.Contains("_rels/", StringComparison.Ordinal);

        private void ReadEntries(byte[] docx, long maxExpandedBytes, int maxEntries)
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > maxEntries) throw new InvalidDataException($"tệp mẫu có {zip.Entries.Count} mục, vượt giới hạn {maxEntries}");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.EndsWith('/') && entry.Length == 0) continue; // a folder
                if (!SafeEntryName(name))
                {
                    Remove(Short(name), "mục có tên không phải đường dẫn tương đối an toàn (../, đường dẫn tuyệt đối, ký tự lạ)");
                    continue;
                }
                if (!seen.Add(name))
                {
                    Remove(name, "mục trùng tên");
                    continue;
                }
                using var s = entry.Open();
                using var ms = new MemoryStream();
                int n;
                while ((n = s.Read(buffer)) > 0)
                {
                    total += n;
                    if (total > maxExpandedBytes) throw new InvalidDataException($"tệp mẫu giải nén vượt giới hạn {maxExpandedBytes / 1024 / 1024} MB");
                    ms.Write(buffer, 0, n);
                }
                _entries[name] = ms.ToArray();
                _order.Add(name);
            }
        }

        private static bool SafeEntryName(string name)
        {
            if (name.Length is 0 or > 260 || name[0] == '/' || name.Contains('\\') || name.Contains(':')) return false;
            foreach (var ch in name) if (char.IsControl(ch)) return false;
            foreach (var segment in name.Split('/'))
                if (segment is "" or "." or "..") return false;
            return true;
        }

        private XDocument? Load(string path, bool edit = false)
        {
            if (_changed.TryGetValue(path, out var cached)) return cached;
            if (!_entries.TryGetValue(path, out var bytes)) return null;
            // The depth is checked while reading, before any tree is built.
            using (var check = XmlReader.Create(new MemoryStream(bytes, writable: false), WordPackage.XmlSettings))
                while (check.Read())
                    if (check.Depth > MaxXmlDepth) throw new InvalidDataException($"{path}: XML lồng quá {MaxXmlDepth} cấp");
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), WordPackage.XmlSettings);
            var doc = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
            if (doc.Root is null) throw new InvalidDataException($"{path}: XML rỗng");
            if (edit) _changed[path] = doc;
            return doc;
        }

        // ---- inside the kept parts ---------------------------------------------------------------------------------

        private void CleanSettings(string part)
        {
            var doc = Load(part, edit: true)!;
            foreach (var e in doc.Root!.Elements().ToList())
            {
                if (e.Name == W + "attachedTemplate")
                {
                    e.Remove();
                    Remove(part, "liên kết tới mẫu đính kèm (attachedTemplate)");
                }
                else if (e.Name == W + "mailMerge")
                {
                    e.Remove();
                    Remove(part, "nguồn dữ liệu trộn thư (mailMerge)");
                }
            }
            CleanReferences(part);
        }

        private void CleanContent(string part)
        {
            var doc = Load(part, edit: true)!;
            var root = doc.Root!;
            foreach (var (name, what) in new[]
            {
                (W + "altChunk", "nội dung nhúng từ tệp khác (altChunk)"),
                (W + "object", "đối tượng OLE/ActiveX nhúng (w:object)"),
                (W + "control", "điều khiển ActiveX (w:control)"),
                (W + "subDoc", "tài liệu con (subDoc)"),
            })
            {
                var found = root.Descendants(name).ToList();
                foreach (var e in found) e.Remove();
                if (found.Count > 0) Remove(part, found.Count == 1 ? what : $"{what} × {found.Count}");
            }
            var bindings = root.Descendants(W + "dataBinding").ToList();
            foreach (var e in bindings) e.Remove();
            if (bindings.Count > 0) Remove(part, $"liên kết dữ liệu XML tùy biến của ô nội dung (dataBinding) × {bindings.Count}");

            // VML pictures and shapes that load something by URL.
            foreach (var e in root.Descendants().Where(e => e.Name.Namespace == s_vml || e.Name.Namespace == s_office).ToList())
            {
                if (e.Document is null) continue; // removed with an ancestor
                var url = e.Attributes().FirstOrDefault(a => a.Name.LocalName is "href" or "src" && LooksLikeUrl(a.Value));
                if (url is null) continue;
                var pict = e.Ancestors(W + "pict").FirstOrDefault() ?? e;
                Remove(part, $"hình liên kết ra ngoài {Short(url.Value)}");
                pict.Remove();
            }
            CleanFields(part, root);
            CleanReferences(part);
        }

        /// <summary>Fields other than the safe ones keep only their last result (what the document showed).</summary>
        private void CleanFields(string part, XElement root)
        {
            foreach (var simple in root.Descendants(FldSimple).ToList())
            {
                var instr = simple.Attr(W + "instr") ?? "";
                if (SafeField(instr)) continue;
                Remove(part, $"trường {FieldName(instr)} ({Short(instr.Trim())})");
                simple.ReplaceWith(simple.Nodes());
            }
            // Complex fields: begin … instrText … separate … result … end, possibly nested, across runs and paragraphs.
            var stack = new Stack<List<XElement>>();
            var instructions = new Stack<System.Text.StringBuilder>();
            var toRemove = new List<XElement>();
            foreach (var e in root.Descendants().Where(e => e.Name == W + "fldChar" || e.Name == W + "instrText").ToList())
            {
                if (e.Name == W + "instrText")
                {
                    if (stack.Count == 0) { toRemove.Add(e); continue; }
                    stack.Peek().Add(e);
                    instructions.Peek().Append(e.Value);
                    continue;
                }
                switch (e.Attr(W + "fldCharType"))
                {
                    case "begin":
                        stack.Push([e]);
                        instructions.Push(new System.Text.StringBuilder());
                        break;
                    case "separate":
                        if (stack.Count > 0) stack.Peek().Add(e);
                        break;
                    case "end":
                        if (stack.Count == 0) break;
                        var field = stack.Pop();
                        field.Add(e);
                        var instr = instructions.Pop().ToString();
                        if (SafeField(instr)) break;
                        Remove(part, $"trường {FieldName(instr)} ({Short(instr.Trim())})");
                        toRemove.AddRange(field);
                        break;
                }
            }
            // An unfinished field is not trusted either.
            while (stack.Count > 0)
            {
                var instr = instructions.Pop().ToString();
                Remove(part, $"trường {FieldName(instr)} không trọn vẹn");
                toRemove.AddRange(stack.Pop());
            }
            foreach (var e in toRemove)
            {
                var run = e.Parent;
                e.Remove();
                // A run left with nothing but its properties goes too.
                if (run is not null && run.Name == RElem && !run.Elements().Any(c => c.Name != RPr)) run.Remove();
            }
        }

        private static string FieldName(string instr)
        {
            var words = instr.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? "(trống)" : Short(words[0].ToUpperInvariant());
        }

        private static bool SafeField(string instr)
        {
            var words = instr.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !s_safeFields.Contains(words[0])) return false;
            if (!string.Equals(words[0], "HYPERLINK", StringComparison.OrdinalIgnoreCase)) return true;
            // HYPERLINK "url" or HYPERLINK \l "bookmark": only web, mail and bookmarks.
            var target = words.Skip(1).FirstOrDefault(w => !w.StartsWith('\\'))?.Trim('"');
            var bookmark = words.Skip(1).Any(w => w == "\\l");
            return target is null ? bookmark : bookmark && !LooksLikeUrl(target) || SafeUrl(target);
        }

        /// <summary>Removes what refers to a relationship the part no longer has (pictures, links, embedded objects).</summary>
        private void CleanReferences(string part)
        {
            var doc = Load(part, edit: true)!;
            var rels = Load(RelsPath(part));
            var ids = rels?.Root?.Elements().Select(r => r.Attr("Id")).Where(id => id is not null).ToHashSet(StringComparer.Ordinal) ?? [];
            var dangling = doc.Root!.DescendantsAndSelf()
                .Where(e => e.Attributes().Any(a => a.Name.Namespace == R && !ids.Contains(a.Value)))
                .ToList();
            var count = 0;
            foreach (var e in dangling)
            {
                if (e.Document is null) continue; // already removed with an ancestor
                if (e == doc.Root) { foreach (var a in e.Attributes().Where(a => a.Name.Namespace == R).ToList()) a.Remove(); continue; }
                count++;
                if (e.Name == Hyperlink) { e.ReplaceWith(e.Nodes()); continue; }
                // A picture, chart or diagram that lost its part goes whole; anything else (a click link, an embedded font) alone.
                var whole = e.Name.LocalName is "blip" or "imagedata" || e.Ancestors(s_drawing + "graphicData").Any();
                var holder = whole ? e.Ancestors().FirstOrDefault(a => a.Name == W + "drawing" || a.Name == W + "pict") ?? e : e;
                holder.Remove();
            }
            if (count > 0) Remove(part, $"tham chiếu tới thành phần đã loại × {count}");
        }

        // ---- output ------------------------------------------------------------------------------------------------

        private byte[] Save()
        {
            var types = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
                new XElement(ContentTypes + "Types",
                    new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
                    new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
                    _contentTypes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
                        new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + kv.Key), new XAttribute("ContentType", kv.Value)))));
            _changed["[Content_Types].xml"] = types;

            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                var names = _order.Where(n => n == "[Content_Types].xml" || _kept.ContainsKey(n) || _keptRels.Contains(n))
                    .OrderBy(n => n == "[Content_Types].xml" ? 0 : 1);
                foreach (var name in names)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                    entry.LastWriteTime = DeterministicPackage.EntryTime;
                    using var stream = entry.Open();
                    if (_changed.TryGetValue(name, out var doc))
                    {
                        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
                        doc.Save(writer);
                    }
                    else stream.Write(_entries[name]);
                }
            }
            return output.ToArray();
        }
    }

    // ---- descriptions and paths ----------------------------------------------------------------------------------------

    private static string TypeSuffix(string type)
    {
        var i = type.IndexOf("/relationships/", StringComparison.Ordinal);
        return i < 0 ? type : type[(i + "/relationships/".Length)..];
    }

    private static string Describe(string suffix, string target, bool external, string? contentType = null)
    {
        var what = suffix switch
        {
            "attachedTemplate" => "liên kết tới mẫu đính kèm (attachedTemplate)",
            "image" => external ? "hình ảnh lấy từ bên ngoài" : $"hình ảnh kiểu {contentType ?? "không rõ"} (chỉ giữ PNG, JPEG, GIF, BMP, TIFF)",
            "hyperlink" => "siêu liên kết không phải http, https hoặc mailto",
            "oleObject" => "đối tượng OLE",
            "package" => "tệp Office nhúng (embedding)",
            "control" => "điều khiển ActiveX",
            "aFChunk" => "nội dung nhúng từ tệp khác (altChunk)",
            "subDocument" => "tài liệu con (subDocument)",
            "customXml" => "dữ liệu XML tùy biến (customXml)",
            "vbaProject" => "macro VBA (vbaProject)",
            "mailMergeSource" or "dataSource" or "recipientData" => "nguồn dữ liệu trộn thư",
            "font" => "phông chữ nhúng",
            "frame" => "khung trang web (frame)",
            _ => $"quan hệ {suffix}",
        };
        return external ? $"{what}, trỏ ra ngoài gói tới {Short(target)}" : what;
    }

    private static string DescribePart(string name, string? contentType)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Contains("vbaproject") || contentType?.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) == true) return "macro VBA (vbaProject)";
        if (lower.Contains("vbadata")) return "dữ liệu macro VBA";
        if (lower.StartsWith("customxml/", StringComparison.Ordinal)) return "dữ liệu XML tùy biến (customXml)";
        if (lower.Contains("/embeddings/") || contentType?.Contains("oleObject", StringComparison.OrdinalIgnoreCase) == true) return "đối tượng nhúng (OLE/embedding)";
        if (lower.Contains("/activex/")) return "điều khiển ActiveX";
        if (lower.Contains("afchunk") || lower.EndsWith(".mht", StringComparison.Ordinal) || lower.EndsWith(".htm", StringComparison.Ordinal) || lower.EndsWith(".html", StringComparison.Ordinal)) return "nội dung nhúng từ tệp khác (altChunk)";
        if (lower.Contains("/media/")) return "hình ảnh không còn được dùng hoặc kiểu không được giữ";
        if (lower.Contains("/fonts/")) return "phông chữ nhúng";
        if (lower == "docprops/custom.xml") return "thuộc tính tùy biến của tệp";
        if (lower.StartsWith("docprops/thumbnail", StringComparison.Ordinal)) return "ảnh thu nhỏ của tệp";
        if (lower.Contains("glossary")) return "khối dựng sẵn (glossary)";
        return $"thành phần không cần cho văn bản ({contentType ?? "kiểu không rõ"})";
    }

    /// <summary>The picture's first bytes are those of the format its content type declares.</summary>
    private static bool ImageBytesMatch(byte[] b, string contentType)
    {
        ReadOnlySpan<byte> span = b;
        return s_imageTypes[contentType] switch
        {
            "png" => span.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            "jpeg" => span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
            "gif" => span.StartsWith("GIF87a"u8) || span.StartsWith("GIF89a"u8),
            "bmp" => span.StartsWith("BM"u8),
            "tiff" => span.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || span.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A]),
            _ => false,
        };
    }

    private static bool SafeUrl(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" && !target.StartsWith(@"\\", StringComparison.Ordinal);

    private static bool LooksLikeUrl(string value)
    {
        var v = value.Trim();
        return v.StartsWith(@"\\", StringComparison.Ordinal) || v.StartsWith("//", StringComparison.Ordinal) || v.Contains("://", StringComparison.Ordinal) ||
               v.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("mhtml:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Short(string s)
    {
        var clean = new string(s.Where(ch => !char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF')).ToArray());
        return clean.Length > 120 ? clean[..120] + "…" : clean;
    }

    private static string Folder(string path) => path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : "";

    private static string RelsPath(string part) => part.Length == 0 ? "_rels/.rels" : $"{Folder(part)}_rels/{part[(part.LastIndexOf('/') + 1)..]}.rels";

    /// <summary>The part a relative target names, or null when it climbs out of the package or is not a plain path.</summary>
    private static string? Resolve(string folder, string target)
    {
        if (target.Length == 0 || target.Contains('\\') || target.Contains(':') || target.Contains('?') || target.Contains('#')) return null;
        var parts = target.StartsWith('/') ? [] : new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not "." and not "") parts.Add(Uri.UnescapeDataString(segment));
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
