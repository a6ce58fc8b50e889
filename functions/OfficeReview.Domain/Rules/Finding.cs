namespace OfficeReview.Domain.Rules;

public enum Severity { Error, Warning, Info }

/// <summary>
/// One thing wrong (or worth knowing) about a report. Never thrown: rules and parsers return findings.
/// <see cref="Path"/> is the JSON path of the field concerned ("organizations.subordinateCells.statedPercents.excellent");
/// readers that know where a field came from fill <see cref="Sheet"/> and <see cref="Cell"/>.
/// </summary>
public sealed record Finding(string Code, Severity Severity, string Message, string Path)
{
    /// <summary>The source file the finding concerns, when there are several (a merge).</summary>
    public string? File { get; init; }
    /// <summary>The worksheet of the source cell, when the report was read from a workbook.</summary>
    public string? Sheet { get; init; }
    /// <summary>The source cell ("E12"), when the report was read from a workbook.</summary>
    public string? Cell { get; init; }

    public static Finding Error(string code, string path, string message) => new(code, Severity.Error, message, path);
    public static Finding Warning(string code, string path, string message) => new(code, Severity.Warning, message, path);
    public static Finding Info(string code, string path, string message) => new(code, Severity.Info, message, path);
}

public static class Severities
{
    public static string JsonKey(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string VietnameseName(this Severity severity) => severity switch
    {
        Severity.Error => "Lỗi",
        Severity.Warning => "Cảnh báo",
        _ => "Thông tin",
    };
}
