using System.Text;
using OfficeReview.Domain.Formatting;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace OfficeReview.OpenXml.Documents;

/// <summary>Bounds on a PDF read for its text.</summary>
public sealed record PdfTextLimits
{
    /// <summary>Largest PDF accepted, in bytes (the caller's input bound; default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Most pages read (default 2.000).</summary>
    public int MaxPages { get; init; } = 2_000;
    /// <summary>Most characters of text taken from the whole document (default 20.000.000).</summary>
    public long MaxCharacters { get; init; } = 20_000_000;
    /// <summary>Most paragraphs returned (default 200.000, as for .docx).</summary>
    public int MaxParagraphs { get; init; } = 200_000;
}

/// <summary>
/// Reads the text layer of a PDF (PdfPig): each page's text in content order, lines joined back into paragraphs (a line
/// ends a paragraph when it ends a sentence or a heading and the next begins one, or at a blank line), NFC. A scanned PDF
/// without a text layer, an encrypted or damaged PDF, or one over the bounds is refused with a Vietnamese message naming
/// the file and the bound; never throws.
/// </summary>
public static class PdfText
{
    public static DocxTextResult Read(byte[] bytes, string fileName, PdfTextLimits? limits = null)
    {
        limits ??= new PdfTextLimits();
        if (bytes.LongLength > limits.MaxFileBytes)
            return Fail($"Tệp {fileName} có {VietnameseFormat.Count(bytes.LongLength)} byte, vượt giới hạn {VietnameseFormat.Count(limits.MaxFileBytes)} byte.");
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPages)
                return Fail($"Tệp {fileName} có {VietnameseFormat.Count(document.NumberOfPages)} trang, vượt giới hạn {VietnameseFormat.Count(limits.MaxPages)} trang.");
            var lines = new List<string>();
            long characters = 0;
            var letters = 0;
            for (var i = 1; i <= document.NumberOfPages; i++)
            {
                var page = document.GetPage(i);
                letters += page.Letters.Count;
                var text = ContentOrderTextExtractor.GetText(page);
                characters += text.Length;
                if (characters > limits.MaxCharacters)
                    return Fail($"Tệp {fileName} có hơn {VietnameseFormat.Count(limits.MaxCharacters)} ký tự văn bản, vượt giới hạn.");
                lines.AddRange(text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'));
                lines.Add("");
            }
            if (letters == 0)
                return Fail($"Tệp {fileName} là PDF không có lớp chữ (bản quét hoặc ảnh); hãy gửi bản Word (.docx) của báo cáo, hoặc nhận dạng chữ (OCR) trước khi gửi.");
            var paragraphs = Paragraphs(lines);
            if (paragraphs.Count > limits.MaxParagraphs)
                return Fail($"Tệp {fileName} có {VietnameseFormat.Count(paragraphs.Count)} đoạn văn, vượt giới hạn {VietnameseFormat.Count(limits.MaxParagraphs)} đoạn.");
            return new DocxTextResult(paragraphs, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Fail($"Tệp {fileName} là PDF được đặt mật khẩu (mã hóa) nên không đọc được nội dung; hãy gửi bản không đặt mật khẩu hoặc bản Word (.docx).");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig's exception names are not for the user: the message says what to do instead.
            return Fail($"Tệp {fileName} là PDF bị hỏng hoặc không đọc được (cấu trúc tệp không hợp lệ); hãy gửi bản Word (.docx) hoặc văn bản (.txt) của báo cáo.");
        }
    }

    /// <summary>Lines of text back into paragraphs: a PDF breaks lines where the page is full, not where the sentence ends.</summary>
    public static List<string> Paragraphs(IEnumerable<string> lines)
    {
        var all = lines.Select(l => l.Trim()).ToList();
        // A paragraph's last line is short: under 70% of a full line (the longer lines of the document).
        var lengths = all.Where(l => l.Length > 0).Select(l => l.Length).Order().ToList();
        var full = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.8)];
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var previousLength = 0;
        void Flush()
        {
            var p = current.ToString().Trim();
            if (p.Length > 0) paragraphs.Add(p.Normalize(NormalizationForm.FormC));
            current.Clear();
        }
        foreach (var line in all)
        {
            if (line.Length == 0) { Flush(); continue; }
            if (current.Length > 0 && StartsParagraph(line) && (EndsParagraph(current) || previousLength < full * 0.7)) Flush();
            if (current.Length > 0) current.Append(' ');
            current.Append(line);
            previousLength = line.Length;
        }
        Flush();
        return paragraphs;
    }

    private static bool EndsParagraph(StringBuilder text)
    {
        var last = text[^1];
        return last is '.' or ':' or ';' or '!' or '?' or '…' || text.Length < 60 && text.ToString().Trim().All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private static bool StartsParagraph(string line)
    {
        var c = line[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '-' or '+' or '•' or '–' or '*' or '(' || line.Length > 1 && line[1] == ')';
    }

    private static DocxTextResult Fail(string message) => new(null, message);
}
