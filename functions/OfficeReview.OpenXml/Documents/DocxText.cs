using System.Text;
using System.Xml;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.OpenXml.Documents;

/// <summary>
/// Bounds on a .docx read for its text: the input layer's <see cref="InputLimits"/>, of which the four this reader
/// always had can be set here too.
/// </summary>
public sealed record DocxTextLimits
{
    /// <summary>Largest .docx accepted (default: <see cref="InputLimits.MaxFileBytes"/>).</summary>
    public long? MaxFileBytes { get; init; }
    /// <summary>Largest total of all parts once decompressed (default: <see cref="InputLimits.MaxExpandedBytes"/>).</summary>
    public long? MaxUncompressedBytes { get; init; }
    /// <summary>Largest decompressed size ÷ compressed size of a part bigger than 1 MB (default: <see cref="InputLimits.MaxCompressionRatio"/>).</summary>
    public long? MaxCompressionRatio { get; init; }
    /// <summary>Most entries in the zip (default: <see cref="InputLimits.MaxEntries"/>).</summary>
    public int? MaxEntries { get; init; }
    /// <summary>Most paragraphs returned (default 200.000).</summary>
    public int MaxParagraphs { get; init; } = 200_000;
    /// <summary>Every other bound (XML depth, element count, lengths).</summary>
    public InputLimits Input { get; init; } = InputLimits.Default;

    public InputLimits Effective => Input with
    {
        MaxFileBytes = MaxFileBytes ?? Input.MaxFileBytes,
        MaxExpandedBytes = MaxUncompressedBytes ?? Input.MaxExpandedBytes,
        MaxCompressionRatio = MaxCompressionRatio ?? Input.MaxCompressionRatio,
        MaxEntries = MaxEntries ?? Input.MaxEntries,
    };
}

/// <summary>The text of a document, or why it could not be read (a Vietnamese message naming the file).</summary>
public sealed record DocxTextResult(IReadOnlyList<string>? Paragraphs, string? Error)
{
    public bool Ok => Paragraphs is not null;
}

/// <summary>
/// Reads the text of a .docx (read-only): the body's paragraphs in document order — table cells row by row, each of
/// their paragraphs as a paragraph —, text in content controls (not their placeholder text), tabs and breaks as spaces,
/// NFC. Deleted revisions and field codes are left out. The main part is streamed through the bounded input layer
/// (never loaded into a tree, so no nesting can exhaust the stack); bounded against zip bombs; never throws.
/// </summary>
public static class DocxText
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string OfficeDocument = "/officeDocument";

    public static DocxTextResult Read(byte[] bytes, string fileName, DocxTextLimits? options = null)
    {
        options ??= new DocxTextLimits();
        var limits = options.Effective;
        if (bytes.Length > limits.MaxFileBytes)
            return Fail($"Tệp {fileName} có {VietnameseFormat.Count(bytes.Length)} byte, vượt giới hạn {limits.Describe(nameof(InputLimits.MaxFileBytes))}.");
        var kind = FileTypeDetector.Detect(bytes, limits);
        if (kind is InputFileKind.LegacyDoc or InputFileKind.LegacyXls or InputFileKind.EncryptedOffice or InputFileKind.OtherOle or InputFileKind.Xlsx or InputFileKind.Xlsm
            && FileTypeDetector.Refusal(kind, fileName, ExpectedInput.Document) is { } refusal)
            return Fail(refusal.Message);
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
            return Fail($"Tệp {fileName} không phải là tệp Word (.docx).");

        try
        {
            using var zip = BoundedZip.Open(bytes, fileName, limits);
            var main = MainPart(zip, fileName, limits);
            if (main is null)
            {
                if (!zip.Names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                    return Fail(zip.Names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))
                        ? $"Tệp {fileName} là bảng tính Excel, không phải báo cáo Word; bảng tính được kiểm tra bằng lệnh validate."
                        : $"Tệp {fileName} là tệp nén nhưng không phải tệp Word (.docx).");
                return Fail($"Tệp {fileName} không có nội dung văn bản (thiếu word/document.xml).");
            }
            // Every entry is inflated once with the running budget, so a bomb anywhere in the package is refused.
            zip.CheckAll();
            var xml = zip.ReadAll(main)!;
            using var reader = BoundedXml.Create(xml, fileName, main, limits);
            return Paragraphs(reader, fileName, options.MaxParagraphs);
        }
        catch (InputException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return Fail($"Không đọc được tệp {fileName}: tệp .docx bị hỏng hoặc không đúng định dạng ({e.Message}).");
        }
    }

    /// <summary>The main document part named by the package relationships (word/document.xml when they say nothing).</summary>
    private static string? MainPart(BoundedZip zip, string fileName, InputLimits limits)
    {
        if (zip.ReadAll("_rels/.rels") is { } rels)
        {
            using var r = BoundedXml.Create(rels, fileName, "_rels/.rels", limits);
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "Relationship") continue;
                if (r.GetAttribute("Type") is { } type && type.EndsWith(OfficeDocument, StringComparison.Ordinal)
                    && r.GetAttribute("Target") is { } target && r.GetAttribute("TargetMode") != "External")
                {
                    var path = Workbooks.Reading.XlsxParts.Resolve("", target);
                    if (zip.Exists(path)) return path;
                }
            }
        }
        return zip.Exists("word/document.xml") ? "word/document.xml" : null;
    }

    // ---- streaming the document part ------------------------------------------------------------------------------

    private sealed class Sdt(int depth)
    {
        public readonly int Depth = depth;
        public bool Placeholder;
    }

    private sealed class Para(int slot, int depth)
    {
        public readonly int Slot = slot;
        public readonly int Depth = depth;
        public readonly StringBuilder Text = new();
    }

    /// <summary>
    /// Paragraphs in the order their start tags appear (a text box's paragraphs follow the paragraph holding it), each
    /// with its own text only; mc:Fallback content is skipped (the same text box stored a second time).
    /// </summary>
    private static DocxTextResult Paragraphs(XmlReader r, string fileName, int maxParagraphs)
    {
        var result = new List<string?>();
        var paragraphs = new Stack<Para>();
        var sdts = new Stack<Sdt>();
        var placeholders = 0;
        var bodyDepth = -1;
        var fallbackDepth = -1;
        var sdtPrDepth = -1;
        var tabsDepth = -1;
        var textDepth = -1;
        while (r.Read())
        {
            var node = r.NodeType;
            if (node == XmlNodeType.EndElement)
            {
                var depth = r.Depth;
                if (depth == fallbackDepth) { fallbackDepth = -1; continue; }
                if (fallbackDepth >= 0) continue;
                if (depth == textDepth) textDepth = -1;
                else if (depth == tabsDepth) tabsDepth = -1;
                else if (depth == sdtPrDepth) sdtPrDepth = -1;
                else if (sdts.Count > 0 && sdts.Peek().Depth == depth)
                {
                    if (sdts.Pop().Placeholder) placeholders--;
                }
                else if (paragraphs.Count > 0 && paragraphs.Peek().Depth == depth)
                {
                    var p = paragraphs.Pop();
                    if (p.Slot >= 0) result[p.Slot] = VietnameseText.Clean(p.Text.ToString());
                }
                else if (depth == bodyDepth) bodyDepth = -1;
                continue;
            }
            if (node is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (textDepth >= 0 && fallbackDepth < 0 && paragraphs.Count > 0) paragraphs.Peek().Text.Append(r.Value);
                continue;
            }
            if (node != XmlNodeType.Element || fallbackDepth >= 0) continue;

            var ns = r.NamespaceURI;
            var name = r.LocalName;
            var empty = r.IsEmptyElement;
            if (bodyDepth < 0)
            {
                if (ns == W && name == "body" && !empty) bodyDepth = r.Depth;
                continue;
            }
            if (ns == Mc && name == "Fallback")
            {
                if (!empty) fallbackDepth = r.Depth;
                continue;
            }
            if (ns != W) continue;
            switch (name)
            {
                case "p":
                    if (empty)
                    {
                        if (placeholders == 0) { if (!Add(result, "", maxParagraphs)) return TooMany(fileName, maxParagraphs); }
                        break;
                    }
                    var slot = -1;
                    if (placeholders == 0)
                    {
                        if (!Add(result, null, maxParagraphs)) return TooMany(fileName, maxParagraphs);
                        slot = result.Count - 1;
                    }
                    paragraphs.Push(new Para(slot, r.Depth));
                    break;
                case "sdt" when !empty:
                    sdts.Push(new Sdt(r.Depth));
                    break;
                case "sdtPr" when !empty && sdts.Count > 0 && sdts.Peek().Depth == r.Depth - 1:
                    sdtPrDepth = r.Depth;
                    break;
                case "showingPlcHdr" when sdtPrDepth >= 0 && r.Depth == sdtPrDepth + 1:
                    if (IsOn(r.GetAttribute("val", W)) && !sdts.Peek().Placeholder)
                    {
                        sdts.Peek().Placeholder = true;
                        placeholders++;
                    }
                    break;
                case "tabs" when !empty:
                    tabsDepth = r.Depth;
                    break;
                case "t" when sdtPrDepth < 0:
                    if (!empty && placeholders == 0 && paragraphs.Count > 0) textDepth = r.Depth;
                    break;
                case "tab" when tabsDepth < 0 && sdtPrDepth < 0:
                case "br" when sdtPrDepth < 0:
                case "cr" when sdtPrDepth < 0:
                    if (paragraphs.Count > 0) paragraphs.Peek().Text.Append(' ');
                    break;
                case "noBreakHyphen" when sdtPrDepth < 0:
                    if (paragraphs.Count > 0) paragraphs.Peek().Text.Append('-');
                    break;
            }
        }
        return new DocxTextResult(result.Select(p => p ?? "").ToList(), null);
    }

    private static bool Add(List<string?> result, string? text, int max)
    {
        if (result.Count >= max) return false;
        result.Add(text);
        return true;
    }

    private static DocxTextResult TooMany(string fileName, int max) =>
        Fail($"Tệp {fileName} có hơn {VietnameseFormat.Count(max)} đoạn văn, vượt giới hạn.");

    private static bool IsOn(string? value) => value is null || !(value is "0" or "false" or "off");

    private static DocxTextResult Fail(string message) => new(null, message);
}
