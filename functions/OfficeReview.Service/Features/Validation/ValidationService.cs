using Microsoft.Extensions.Options;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Features.Validation;

/// <summary>Bounds on what a caller may send for validation.</summary>
public sealed class ValidationLimits
{
    /// <summary>Largest input accepted, in bytes (default 50 MB).</summary>
    public long MaxInputBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Bounds on workbooks (zip expansion, entries, rows); configurable under Limits:Workbook.</summary>
    public WorkbookLimits Workbook { get; set; } = new();

    /// <summary>The input layer's bounds (zip, XML, rows, cells, strings, JSON depth); configurable under Limits:Input.</summary>
    public InputLimits Input { get; set; } = new();

    /// <summary>
    /// The bounds the workbook reader works with: Limits:Input, where each of the older keys Limits:Workbook:* that was
    /// set (differs from its default) still takes precedence.
    /// </summary>
    public WorkbookLimits EffectiveWorkbook
    {
        get
        {
            var d = WorkbookLimits.Default;
            var w = Workbook;
            return WorkbookLimits.From(Input) with
            {
                MaxFileBytes = w.MaxFileBytes != d.MaxFileBytes ? w.MaxFileBytes : Input.MaxFileBytes,
                MaxExpandedBytes = w.MaxExpandedBytes != d.MaxExpandedBytes ? w.MaxExpandedBytes : Input.MaxExpandedBytes,
                MaxEntries = w.MaxEntries != d.MaxEntries ? w.MaxEntries : Input.MaxEntries,
                MaxRows = w.MaxRows != d.MaxRows ? w.MaxRows : Input.MaxRows,
                MaxCells = w.MaxCells != d.MaxCells ? w.MaxCells : Input.MaxCells,
                MaxSharedStrings = w.MaxSharedStrings != d.MaxSharedStrings ? w.MaxSharedStrings : Input.MaxSharedStrings,
                MaxDefinedNames = w.MaxDefinedNames != d.MaxDefinedNames ? w.MaxDefinedNames : Input.MaxDefinedNames,
                MaxFindings = w.MaxFindings != d.MaxFindings ? w.MaxFindings : Input.MaxFindings,
            };
        }
    }
}

/// <summary>The result of validating one input: which ruleset ran, the report read (if any) and every finding.</summary>
public sealed record ValidationOutcome(string FileName, bool Readable, string? RulesetId, UnitReport? Report, IReadOnlyList<Finding> Findings)
{
    /// <summary>Where each field came from, when the input was a workbook (empty for JSON).</summary>
    public CellMap Cells { get; init; } = CellMap.Empty;

    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
}

/// <summary>
/// Reads a UnitReport from what the user sent (UnitReport JSON or an .xlsx/.xlsm workbook), chooses the
/// ruleset (given, else by the report's year) and returns every finding. Shared by the CLI verb and the HTTP route.
/// </summary>
public sealed class ValidationService(IOptions<ValidationLimits> limits)
{

    public ValidationService() : this(Options.Create(new ValidationLimits())) { }

    public ValidationLimits Limits => limits.Value;

    public ValidationOutcome Validate(ReadOnlyMemory<byte> input, string fileName, string? rulesetId = null, RulesetOverrides? overrides = null)
    {
        using var activity = Hosting.Observability.Telemetry.Start("validate");
        activity?.SetTag("officereview.input.bytes", input.Length);
        activity?.SetTag("officereview.input.type", Hosting.Observability.ServiceLog.FileType(fileName));
        var outcome = ValidateCore(input, fileName, rulesetId, overrides);
        if (activity is not null)
        {
            activity.SetTag("officereview.validate.readable", outcome.Readable);
            activity.SetTag("officereview.validate.errors", outcome.Findings.Count(f => f.Severity == Domain.Rules.Severity.Error));
            activity.SetTag("officereview.validate.findings", outcome.Findings.Count);
            if (!outcome.Readable && outcome.Findings.FirstOrDefault(f => f.Severity == Domain.Rules.Severity.Error) is { } first)
                activity.SetTag("officereview.input.rejected", first.Code);
        }
        return outcome;
    }

    private ValidationOutcome ValidateCore(ReadOnlyMemory<byte> input, string fileName, string? rulesetId, RulesetOverrides? overrides)
    {
        fileName = InputText.CleanFileName(fileName);
        if (input.Length > Limits.MaxInputBytes)
            return Unreadable(fileName, Finding.Error(FindingCatalogue.InputTooLarge, "",
                $"Tệp {fileName} có {VietnameseFormat.Count(input.Length)} byte, vượt giới hạn {VietnameseFormat.Count(Limits.MaxInputBytes)} byte (Limits:MaxInputBytes)."));

        Ruleset? forced = null;
        if (rulesetId is not null)
        {
            forced = Rulesets.ById(rulesetId, overrides);
            if (forced is null)
                return Unreadable(fileName, Finding.Error(FindingCatalogue.RulesetUnknown, "",
                    $"Không có bộ quy tắc \"{rulesetId}\"; dùng một trong: {string.Join(", ", Rulesets.Ids)}."));
        }

        // What the file is, by its content: a workbook goes to the workbook reader, JSON to the JSON reader; an old or
        // password-protected Office file, a Word document, a CSV renamed .xlsx, a PDF or an empty file is refused here
        // with a message that says what it is and what to do.
        var kind = FileTypeDetector.Detect(input, Limits.Input);
        var workbookName = HasWorkbookExtension(fileName);
        if (kind is not (InputFileKind.Xlsx or InputFileKind.Xlsm or InputFileKind.Json) && (workbookName || kind is not InputFileKind.Text)
            && FileTypeDetector.Refusal(kind, fileName, ExpectedInput.ReportOrWorkbook) is { } refusal)
            return Unreadable(fileName, Finding.Error(refusal.Code, "", refusal.Message));

        if (kind is InputFileKind.Xlsx or InputFileKind.Xlsm || IsWorkbook(input.Span) || workbookName)
        {
            // Workbook: the reader's findings already carry their cells; the rulesets' get theirs from the cell map.
            WorkbookReadResult book;
            try
            {
                book = UnitWorkbookReader.Read(input, fileName, Limits.EffectiveWorkbook);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException or System.Xml.XmlException)
            {
                // Last guard at the service boundary: a reader that meets what it did not expect gives an unreadable
                // file with its reason, never an exception (HTTP 500, stack trace).
                return Unreadable(fileName, Finding.Error(UnitWorkbookReader.Broken, "",
                    $"Tệp {fileName} bị hỏng hoặc chứa dữ liệu không hợp lệ, không đọc được ({e.Message}). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."));
            }
            if (book.Report is null)
                return new ValidationOutcome(fileName, false, null, null, book.Findings.Select(f => f with { File = fileName }).ToList());
            var bookRuleset = forced ?? Rulesets.ForYear(book.Report.Year, overrides);
            var all = new List<Finding>(book.Findings.Select(f => f with { File = fileName }));
            // Macros are never run, but a submission is kept and handed on to reviewers: a macro-enabled workbook is
            // read (its figures are shown) and flagged as an error until it is saved again without macros.
            if (kind == InputFileKind.Xlsm)
                all.Add(Finding.Error(InputCodes.Macros, "",
                    $"Tệp {fileName} là bảng tính có macro (.xlsm): macro không được chạy, nhưng không nhận tệp có macro. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook) rồi gửi lại.") with
                { File = fileName });
            all.AddRange(book.Locate(bookRuleset.Validate(book.Report), fileName));
            return new ValidationOutcome(fileName, true, bookRuleset.Id, book.Report, all) { Cells = book.Cells };
        }

        if (InputText.JsonProblem(input, fileName, Limits.Input) is { } problem)
            return Unreadable(fileName, Finding.Error(problem.Code, "", problem.Message));
        var read = UnitReportJson.Read(input);
        read = read with { Findings = read.Findings.Select(f => f with { File = fileName }).ToList() };
        if (read.Report is null)
            return new ValidationOutcome(fileName, false, null, null, read.Findings);

        var ruleset = forced ?? Rulesets.ForYear(read.Report.Year, overrides);
        var findings = new List<Finding>(read.Findings);
        findings.AddRange(ruleset.Validate(read.Report));
        return new ValidationOutcome(fileName, true, ruleset.Id, read.Report, findings);
    }

    /// <summary>A zip (PK…, .xlsx/.xlsm) or an OLE compound file (D0 CF 11 E0: .xls or a password-protected workbook).</summary>
    public static bool IsWorkbook(ReadOnlySpan<byte> span) =>
        (span.Length >= 2 && span[0] == (byte)'P' && span[1] == (byte)'K') ||
        (span.Length >= 4 && span[0] == 0xD0 && span[1] == 0xCF && span[2] == 0x11 && span[3] == 0xE0);

    /// <summary>A name that promises a workbook: such a file that is not one gets the workbook reader's message ("not a zip").</summary>
    public static bool HasWorkbookExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".xlsm" or ".xls";

    private static ValidationOutcome Unreadable(string fileName, Finding finding) =>
        new(fileName, false, null, null, [finding with { File = fileName }]);
}
