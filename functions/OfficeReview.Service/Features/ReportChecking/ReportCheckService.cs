using System.Text;
using Microsoft.Extensions.Options;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.Service.Features.ReportChecking;

/// <summary>Bounds on a report sent for checking.</summary>
public sealed class ReportCheckLimits
{
    /// <summary>Largest input accepted, in bytes (default 50 MB).</summary>
    public long MaxInputBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The input layer's bounds (zip, XML, lengths); configurable under Limits:Input.</summary>
    public InputLimits Input { get; set; } = new();

    /// <summary>Most pages read from a PDF (default 2.000); configurable as Limits:MaxPdfPages.</summary>
    public int MaxPdfPages { get; set; } = 2_000;
}

/// <summary>The result of checking one report: whether it could be read, the ruleset and year used, what was read and found.</summary>
public sealed record ReportCheckOutcome(
    string FileName,
    bool Readable,
    string? RulesetId,
    int? Year,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReportStatement> Statements,
    IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    /// <summary>For each finding (same order), the figure it is about; null for findings about the whole report.</summary>
    public IReadOnlyList<ReportStatement?> FindingStatements { get; init; } = [];
}

/// <summary>
/// Reads a narrative report (.docx, a PDF with a text layer, an HTML page, or plain text in UTF-8 with or without BOM) and checks its figures with the
/// domain's <see cref="ReportChecker"/>. Shared by the check-report CLI verb and POST /api/check-report.
/// </summary>
public sealed class ReportCheckService(IOptions<ReportCheckLimits> limits)
{
    public const string Unreadable = FindingCatalogue.InputUnreadable;
    public const string BadYear = FindingCatalogue.YearInvalid;

    public ReportCheckService() : this(Options.Create(new ReportCheckLimits())) { }

    public ReportCheckLimits Limits => limits.Value;

    public ReportCheckOutcome Check(byte[] input, string fileName, string? rulesetId = null, int? year = null)
    {
        fileName = InputText.CleanFileName(fileName);
        if (input.LongLength > Limits.MaxInputBytes)
            return Fail(fileName, FindingCatalogue.InputTooLarge,
                $"Tệp {fileName} có {VietnameseFormat.Count(input.LongLength)} byte, vượt giới hạn {VietnameseFormat.Count(Limits.MaxInputBytes)} byte (Limits:MaxInputBytes).");

        Ruleset? ruleset = null;
        if (!string.IsNullOrWhiteSpace(rulesetId))
        {
            ruleset = Rulesets.ById(rulesetId);
            if (ruleset is null)
                return Fail(fileName, FindingCatalogue.RulesetUnknown, $"Không có bộ quy tắc \"{rulesetId}\"; dùng một trong: {string.Join(", ", Rulesets.Ids)}.");
        }
        if (year is < 2000 or > 2100)
            return Fail(fileName, BadYear, $"Năm {year} không hợp lệ (2000–2100).");

        var paragraphs = ReadParagraphs(input, fileName, out var error);
        if (paragraphs is null) return Fail(fileName, Unreadable, error!);

        var result = ReportChecker.Check(paragraphs, new ReportCheckOptions { Ruleset = ruleset, Year = year });
        var findings = result.Findings.Select(f => f with { File = fileName }).ToList();
        return new ReportCheckOutcome(fileName, true, result.RulesetId, result.Year, paragraphs, result.Statements, findings)
        {
            FindingStatements = result.FindingStatements,
        };
    }

    /// <summary>
    /// The paragraphs of a report, by content: a .docx (a zip), a PDF with a text layer, an HTML page (tags, scripts and
    /// styles dropped, references decoded), or text (one paragraph a line); null with a message when unreadable.
    /// </summary>
    public IReadOnlyList<string>? ReadParagraphs(byte[] input, string fileName, out string? error)
    {
        error = null;
        var kind = FileTypeDetector.Detect(input, Limits.Input);
        if (kind == InputFileKind.Pdf || input.AsSpan().StartsWith("%PDF"u8))
        {
            var pdf = PdfText.Read(input, fileName, new PdfTextLimits { MaxFileBytes = Limits.MaxInputBytes, MaxPages = Limits.MaxPdfPages });
            error = pdf.Error;
            return pdf.Paragraphs;
        }
        if (kind is InputFileKind.Empty or InputFileKind.Binary && FileTypeDetector.Refusal(kind, fileName, ExpectedInput.Document) is { } refusal)
        {
            error = refusal.Message;
            return null;
        }
        var isZip = input.Length >= 2 && input[0] == (byte)'P' && input[1] == (byte)'K';
        var isOle = input.Length >= 4 && input[0] == 0xD0 && input[1] == 0xCF && input[2] == 0x11 && input[3] == 0xE0;
        if (isZip || isOle || fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            var docx = DocxText.Read(input, fileName, new DocxTextLimits { MaxFileBytes = Limits.MaxInputBytes, Input = Limits.Input });
            error = docx.Error;
            return docx.Paragraphs;
        }
        var html = kind == InputFileKind.Html || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        return ReadText(input, fileName, html, out error);
    }

    private static IReadOnlyList<string>? ReadText(byte[] input, string fileName, bool html, out string? error)
    {
        error = null;
        var span = input.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            error = $"Tệp {fileName} mã hóa UTF-16; hãy lưu lại dạng văn bản UTF-8.";
            return null;
        }
        // Strict UTF-8, and no character that would break normalization (lone surrogates cannot be valid UTF-8;
        // U+FFFE/U+FFFF and NUL are refused): a message naming the file, never an exception.
        var (decoded, problem) = InputText.DecodeUtf8(span, fileName);
        if (problem is { } p)
        {
            error = p.Message;
            return null;
        }
        var text = decoded!;
        // Valid UTF-8 is not yet text: random or binary bytes decode now and then (control characters, U+FFFD written
        // into the file). A report is lines of words; such a file is unreadable, never "checked and clean".
        if (ImplausibleCharacter(text) is { } bad)
        {
            error = $"Tệp {fileName} không phải văn bản đọc được: có ký tự {bad.Name} ở vị trí {VietnameseFormat.Count(bad.Index)} (có thể là tệp nhị phân hoặc bị hỏng); hãy gửi bản Word (.docx) hoặc văn bản UTF-8 (.txt) của báo cáo.";
            return null;
        }
        var lines = html
            ? HtmlText.Paragraphs(text).ToArray()
            : text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var max = new DocxTextLimits().MaxParagraphs;
        if (lines.Length > max)
        {
            error = $"Tệp {fileName} có {VietnameseFormat.Count(lines.Length)} dòng, vượt giới hạn {VietnameseFormat.Count(max)} đoạn văn.";
            return null;
        }
        return lines;
    }

    /// <summary>The first character that plain text does not contain — a control character other than tab, line and page breaks, or U+FFFD — with its index; null when none.</summary>
    public static (int Index, string Name)? ImplausibleCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (char.IsControl(c)) return (i, $"điều khiển U+{(int)c:X4}");
            if (c == '\uFFFD') return (i, "U+FFFD (ký tự thay thế, dấu hiệu văn bản đã hỏng mã)");
        }
        return null;
    }

    private static ReportCheckOutcome Fail(string fileName, string code, string message) =>
        new(fileName, false, null, null, [], [], [Finding.Error(code, "", message) with { File = fileName }]);
}
