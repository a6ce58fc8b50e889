using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Cli;

/// <summary>How every verb prints one finding: <c>  LỖI       [CODE] Catalogue title — where: message</c>.</summary>
internal static class CliFindings
{
    public static string Line(Severity severity, string code, string where, string message) =>
        $"  {severity.VietnameseName().ToUpperInvariant(),-9} [{code}] {Title(code)}{where}{message}";

    /// <summary>A finding of the API's JSON (severity as its key: "error", "warning", "info").</summary>
    public static string Line(string severityKey, string code, string where, string message) =>
        Line(severityKey switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info }, code, where, message);

    /// <summary>A finding placed at its sheet and cell, else at its JSON path.</summary>
    public static string Line(Finding f) => Line(f.Severity, f.Code, Where(f.Sheet, f.Cell, f.Path), f.Message);

    public static string Where(string? sheet, string? cell, string? path) =>
        sheet is not null ? $"{sheet}!{cell}: " : string.IsNullOrEmpty(path) ? "" : $"{path}: ";

    /// <summary>"Tên lỗi — " from the catalogue (docs/findings.md), or nothing for a code it lacks.</summary>
    public static string Title(string code) => FindingCatalogue.TitleOf(code) is { } title ? $"{title} — " : "";
}
