using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Features.Validation;

/// <summary>The JSON shape of a validation result, shared by the CLI (--json) and POST /api/validate.</summary>
public sealed record ValidationReport(
    string File,
    bool Readable,
    string? Ruleset,
    int? Year,
    string? Unit,
    ValidationCounts Counts,
    IReadOnlyList<FindingDto> Findings)
{
    public static ValidationReport From(ValidationOutcome o) => new(
        o.FileName, o.Readable, o.RulesetId, o.Report?.Year, o.Report?.Unit.Name,
        new ValidationCounts(o.Errors, o.Warnings, o.Infos),
        o.Findings.Select(FindingDto.From).ToList());

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed record ValidationCounts(int Errors, int Warnings, int Infos);

/// <summary>
/// One finding as the API and the CLI (--json) give it: the severity it was emitted with, and the catalogue's title and
/// source for its code (<see cref="FindingCatalogue"/>, docs/findings.md) — taken from the catalogue, never mapped by hand.
/// </summary>
public sealed record FindingDto(string Code, string Severity, string Message, string Path, string? File, string? Sheet, string? Cell)
{
    /// <summary>The catalogue's Vietnamese title of <see cref="Code"/>; null only for a code the catalogue lacks (stored before it).</summary>
    public string? Title => FindingCatalogue.TitleOf(Code);
    /// <summary>The rule article or input bound (with its configuration key) the finding comes from.</summary>
    public string? Source => FindingCatalogue.SourceOf(Code);

    public static FindingDto From(Finding f) => new(f.Code, f.Severity.JsonKey(), f.Message, f.Path, f.File, f.Sheet, f.Cell);
}
