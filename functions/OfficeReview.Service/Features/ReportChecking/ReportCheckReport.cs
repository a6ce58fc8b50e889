using System.Text.Json;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.ReportChecking;

/// <summary>The JSON shape of a report check, shared by the CLI (--json) and POST /api/check-report.</summary>
public sealed record ReportCheckReport(
    string File,
    bool Readable,
    string? Ruleset,
    int? Year,
    int Paragraphs,
    ValidationCounts Counts,
    IReadOnlyList<StatementDto> Statements,
    IReadOnlyList<FindingDto> Findings)
{
    public static ReportCheckReport From(ReportCheckOutcome o) => new(
        o.FileName, o.Readable, o.RulesetId, o.Year, o.Paragraphs.Count,
        new ValidationCounts(o.Errors, o.Warnings, o.Infos),
        o.Statements.Select(StatementDto.From).ToList(),
        o.Findings.Select(FindingDto.From).ToList());

    public static JsonSerializerOptions JsonOptions => ValidationReport.JsonOptions;
}

/// <summary>One figure read from the report. Paragraph is 0-based, as in the findings' path "paragraphs[i]".</summary>
public sealed record StatementDto(
    int Paragraph,
    string Subject,
    int Block,
    string Kind,
    string? Level,
    long? Count,
    decimal? Percent,
    string? Basis,
    long? Part,
    long? Whole,
    string Text)
{
    public static StatementDto From(ReportStatement s) => new(
        s.Paragraph, s.Subject.JsonKey(), s.Block, s.Kind.JsonKey(), s.Level?.JsonKey(), s.Count, s.Percent,
        s.Basis?.JsonKey(), s.Part, s.Whole, s.Snippet);
}
