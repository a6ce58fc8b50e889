using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Text;

namespace OfficeReview.OpenXml.Documents;

/// <summary>Bounds on a .docx read for its text (a zip can expand far beyond its size).</summary>
public sealed record DocxTextLimits
{
    /// <summary>Largest .docx accepted (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Largest total of all parts once decompressed (default 200 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;
    /// <summary>Largest decompressed size ÷ compressed size of a part bigger than 1 MB (default 200).</summary>
    public long MaxCompressionRatio { get; init; } = 200;
    /// <summary>Most entries in the zip (default 5.000).</summary>
    public int MaxEntries { get; init; } = 5000;
    /// <summary>Most paragraphs returned (default 200.000).</summary>
    public int MaxParagraphs { get; init; } = 200_000;
}

/// <summary>The text of a document, or why it could not be read (a Vietnamese message naming the file).</summary>
public sealed record DocxTextResult(IReadOnlyList<string>? Paragraphs, string? Error)
{
    public bool Ok => Paragraphs is not null;
}

/// <summary>
/// Reads the text of a .docx (read-only): the body's paragraphs in document order — table cells row by row, each of
/// their paragraphs as a paragraph —, text in content controls (not their placeholder text), tabs and breaks as spaces,
/// NFC. Deleted revisions and field codes are left out. Bounded against zip bombs; never throws.
/// </summary>
public static class DocxText
{
    public static DocxTextResult Read(byte[] bytes, string fileName, DocxTextLimits? limits = null)
    {
        limits ??= new DocxTextLimits();
        if (bytes.Length > limits.MaxFileBytes)
            return Fail($"Tệp {fileName} có {VietnameseFormat.Count(bytes.Length)} byte, vượt giới hạn {VietnameseFormat.Count(limits.MaxFileBytes)} byte.");
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
            return Fail($"Tệp {fileName} là tệp Word 97–2003 (.doc) hoặc tệp được mã hóa; hãy lưu lại dưới dạng .docx.");
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
            return Fail($"Tệp {fileName} không phải là tệp Word (.docx).");

        if (CheckZip(bytes, fileName, limits) is { } zipError) return Fail(zipError);

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes / 2, AutoSave = false };
            using var document = WordprocessingDocument.Open(stream, false, settings);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return Fail($"Tệp {fileName} không có nội dung văn bản (thiếu word/document.xml).");
            var paragraphs = new List<string>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                if (paragraphs.Count >= limits.MaxParagraphs)
                    return Fail($"Tệp {fileName} có hơn {VietnameseFormat.Count(limits.MaxParagraphs)} đoạn văn, vượt giới hạn.");
                if (IsInsidePlaceholder(paragraph)) continue;
                // A text box is stored twice (DrawingML choice and VML fallback): read it once.
                if (paragraph.Ancestors<AlternateContentFallback>().Any()) continue;
                paragraphs.Add(TextOf(paragraph));
            }
            return new DocxTextResult(paragraphs, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or NotSupportedException or FormatException)
        {
            return Fail($"Không đọc được tệp {fileName}: tệp .docx bị hỏng hoặc không đúng định dạng ({e.Message}).");
        }
    }

    // Declared sizes can lie, so every entry is decompressed with a running budget before the SDK opens the package.
    private static string? CheckZip(byte[] bytes, string fileName, DocxTextLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
                return $"Tệp {fileName} có {VietnameseFormat.Count(zip.Entries.Count)} thành phần nén, vượt giới hạn {VietnameseFormat.Count(limits.MaxEntries)}.";
            if (zip.GetEntry("word/document.xml") is null && zip.Entries.All(e => !e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal))
                    ? $"Tệp {fileName} là bảng tính Excel, không phải báo cáo Word; bảng tính được kiểm tra bằng lệnh validate."
                    : $"Tệp {fileName} là tệp nén nhưng không phải tệp Word (.docx).";
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                long entrySize = 0;
                using var s = entry.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entrySize += n;
                    total += n;
                    if (total > limits.MaxUncompressedBytes)
                        return $"Tệp {fileName} khi giải nén vượt {VietnameseFormat.Count(limits.MaxUncompressedBytes)} byte (nghi là tệp nén bất thường), không đọc.";
                    if (entrySize > 1024 * 1024 && entrySize > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                        return $"Tệp {fileName}: thành phần {entry.FullName} có tỷ lệ nén bất thường (hơn {limits.MaxCompressionRatio} lần), không đọc.";
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return $"Không đọc được tệp {fileName}: tệp .docx bị hỏng ({e.Message}).";
        }
    }

    private static bool IsInsidePlaceholder(OpenXmlElement element)
    {
        foreach (var ancestor in element.Ancestors())
        {
            var properties = ancestor switch
            {
                SdtBlock b => b.SdtProperties,
                SdtCell c => c.SdtProperties,
                SdtRow r => r.SdtProperties,
                SdtRun r => r.SdtProperties,
                _ => null,
            };
            if (properties?.GetFirstChild<ShowingPlaceholder>() is { } shown && (shown.Val is null || shown.Val.Value)) return true;
        }
        return false;
    }

    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // Text of paragraphs nested in this one (text boxes) is read as their own paragraphs.
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph) continue;
            if (element.Ancestors<AlternateContentFallback>().Any(a => a.Ancestors<Paragraph>().FirstOrDefault() == paragraph)) continue;
            switch (element)
            {
                case Text t when !IsInsidePlaceholder(t):
                    sb.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }
        return VietnameseText.Clean(sb.ToString());
    }

    private static DocxTextResult Fail(string message) => new(null, message);
}
