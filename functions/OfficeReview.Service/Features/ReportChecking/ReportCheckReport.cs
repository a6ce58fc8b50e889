using System.Text.Json;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.ReportChecking;

/// <summary>The JSON shape of a report check, shared by the CLI (--json) and POST /api/check-report.</summary>
internal sealed record ReportCheckReport(
    string File,
    bool Readable,
    string? Ruleset,
    int? Year,
    int Paragraphs,
    ValidationCounts Counts,
    IReadOnlyList<StatementDto> Statements,
    IReadOnlyList<ReportFindingDto> Findings)
{
    public static ReportCheckReport From(ReportCheckOutcome o) => new(
        o.FileName, o.Readable, o.RulesetId, o.Year, o.Paragraphs.Count,
        new ValidationCounts(o.Errors, o.Warnings, o.Infos),
        o.Statements.Select(StatementDto.From).ToList(),
        o.Findings.Select((f, i) => ReportFindingDto.From(f, i < o.FindingStatements.Count ? o.FindingStatements[i] : null)).ToList());

    public static JsonSerializerOptions JsonOptions => ValidationReport.JsonOptions;
}

/// <summary>
/// A finding of the report check: as for validation, plus the figure it is about — its paragraph (0-based) and the
/// words it was read from ("figure"), which the Word pane searches for to put its comment on.
/// </summary>
internal sealed record ReportFindingDto(string Code, string Severity, string Message, string Path, string? File, string? Sheet, string? Cell, int? Paragraph, string? Figure)
{
    /// <summary>The catalogue's Vietnamese title of <see cref="Code"/> (docs/findings.md).</summary>
    public string? Title => FindingCatalogue.TitleOf(Code);
    /// <summary>The rule article or bound the finding comes from, from the catalogue.</summary>
    public string? Source => FindingCatalogue.SourceOf(Code);

    public static ReportFindingDto From(Finding f, ReportStatement? about) => new(
        f.Code, f.Severity.JsonKey(), f.Message, f.Path, f.File, f.Sheet, f.Cell,
        about?.Paragraph ?? (ReportChecker.ParagraphOf(f.Path) is >= 0 and var p ? p : null), about?.Snippet);
}

/// <summary>
/// One figure read from the report, with its attribution: the sentence it was read from, the subject and level it was
/// attributed to (and the level as written, for letter grades and the pre-2018 scheme), the base of a percentage as
/// stated and the base the checker found it to match, the group a nested figure belongs to, a qualifier ("trên 80%"),
/// and why a figure is not a result (target, estimate, change, another year). Paragraph is 0-based, as in the
/// findings' path "paragraphs[i]".
/// </summary>
internal sealed record StatementDto(
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
    string Text,
    string Sentence,
    string? LevelText,
    string? MatchedBase,
    string? Parent,
    string? Qualifier,
    bool? MissingPercentSign,
    string? Reason,
    IReadOnlyList<string>? Names)
{
    public static StatementDto From(ReportStatement s) => new(
        s.Paragraph, s.Subject.JsonKey(), s.Block, s.Kind.JsonKey(), s.Level?.JsonKey(), s.Count, s.Percent,
        s.Basis?.JsonKey(), s.Part, s.Whole, s.Snippet, s.Sentence, s.LevelText, s.MatchedBase, s.Parent?.JsonKey(),
        s.Qualifier?.JsonKey(), s.MissingPercentSign ? true : null, s.Reason?.JsonKey(), s.Names);
}
