using Microsoft.Extensions.Options;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Features.Validation;

/// <summary>Bounds on what a caller may send for validation.</summary>
public sealed class ValidationLimits
{
    /// <summary>Largest input accepted, in bytes (default 50 MB).</summary>
    public long MaxInputBytes { get; set; } = 50L * 1024 * 1024;
}

/// <summary>The result of validating one input: which ruleset ran, the report read (if any) and every finding.</summary>
public sealed record ValidationOutcome(string FileName, bool Readable, string? RulesetId, UnitReport? Report, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
}

/// <summary>
/// Reads a UnitReport from what the user sent (JSON now; workbooks when the Excel reader is present), chooses the
/// ruleset (given, else by the report's year) and returns every finding. Shared by the CLI verb and the HTTP route.
/// </summary>
public sealed class ValidationService(IOptions<ValidationLimits> limits)
{
    public const string InputTooLarge = "INPUT_TOO_LARGE";
    public const string UnknownRuleset = "RULESET_UNKNOWN";
    public const string UnsupportedFormat = "INPUT_UNSUPPORTED";

    public ValidationService() : this(Options.Create(new ValidationLimits())) { }

    public ValidationLimits Limits => limits.Value;

    public ValidationOutcome Validate(ReadOnlyMemory<byte> input, string fileName, string? rulesetId = null, RulesetOverrides? overrides = null)
    {
        if (input.Length > Limits.MaxInputBytes)
            return Unreadable(fileName, Finding.Error(InputTooLarge, "",
                $"Tệp {fileName} có {VietnameseFormat.Count(input.Length)} byte, vượt giới hạn {VietnameseFormat.Count(Limits.MaxInputBytes)} byte (Limits:MaxInputBytes)."));

        Ruleset? forced = null;
        if (rulesetId is not null)
        {
            forced = Rulesets.ById(rulesetId, overrides);
            if (forced is null)
                return Unreadable(fileName, Finding.Error(UnknownRuleset, "",
                    $"Không có bộ quy tắc \"{rulesetId}\"; dùng một trong: {string.Join(", ", Rulesets.Ids)}."));
        }

        var read = Read(input, fileName);
        if (read.Report is null)
            return new ValidationOutcome(fileName, false, null, null, read.Findings);

        var ruleset = forced ?? Rulesets.ForYear(read.Report.Year, overrides);
        var findings = new List<Finding>(read.Findings);
        findings.AddRange(ruleset.Validate(read.Report));
        return new ValidationOutcome(fileName, true, ruleset.Id, read.Report, findings);
    }

    private static UnitReportReadResult Read(ReadOnlyMemory<byte> input, string fileName)
    {
        var span = input.Span;
        if (span.Length >= 2 && span[0] == (byte)'P' && span[1] == (byte)'K')
            return new UnitReportReadResult(null, [Finding.Error(UnsupportedFormat, "",
                $"Tệp {fileName} là bảng tính Excel; bản này mới đọc được báo cáo dạng JSON.")]);
        var result = UnitReportJson.Read(input);
        return result with { Findings = result.Findings.Select(f => f with { File = fileName }).ToList() };
    }

    private static ValidationOutcome Unreadable(string fileName, Finding finding) =>
        new(fileName, false, null, null, [finding with { File = fileName }]);
}
