using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Cli;

/// <summary>
/// How a verb ended, for the one runner (<see cref="CliApp"/>) to turn into an exit code and one Vietnamese line on
/// stderr: 0 clean, 1 findings with errors (the result may still be written), 2 unreadable input or a usage mistake.
/// Verbs return outcomes; none of them writes its exit line or picks an exit code by hand.
/// </summary>
public sealed record CliOutcome(int ExitCode, string? Message)
{
    public static CliOutcome Clean { get; } = new(CliApp.ExitCodes.Ok, null);

    /// <summary>Done, but the input has errors (findings); <paramref name="message"/> says how many and where.</summary>
    public static CliOutcome Errors(string message) => new(CliApp.ExitCodes.FindingsWithErrors, message);

    /// <summary>An input that cannot be read (missing, too large, not the right kind, damaged), or an output that cannot be written.</summary>
    public static CliOutcome Unreadable(string message) => new(CliApp.ExitCodes.Unreadable, message);

    /// <summary>The command line itself is wrong (a missing or contradictory option).</summary>
    public static CliOutcome Usage(string message) => new(CliApp.ExitCodes.Unreadable, message);

    /// <summary>
    /// The outcome of findings about <paramref name="subject"/> (a file name, "lệnh generate bao-cao"): 2 when an error's
    /// code means the input could not be read (<see cref="FindingCatalogue.IsUnreadable"/>), 1 when there are other errors,
    /// clean otherwise. The classification comes from the catalogue, not from each verb.
    /// </summary>
    public static CliOutcome FromFindings(string subject, IEnumerable<(string Code, Severity Severity, string Message)> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Count == 0) return Clean;
        var unreadable = errors.FirstOrDefault(f => FindingCatalogue.IsUnreadable(f.Code));
        if (unreadable.Code is not null)
            return Unreadable(unreadable.Message.Contains(subject, StringComparison.Ordinal) ? unreadable.Message : $"Không đọc được {subject}: {unreadable.Message}");
        return Errors($"{Capitalized(subject)}: {VietnameseFormat.Count(errors.Count)} lỗi.");
    }

    /// <summary>
    /// The outcome of an input its reader could read (the service decided): 1 with errors, else clean — an error code
    /// of the input layer (a macro workbook that is still read) does not turn a read file into an unreadable one.
    /// </summary>
    public static CliOutcome OfReadable(string subject, int errors) =>
        errors > 0 ? Errors($"{Capitalized(subject)}: {VietnameseFormat.Count(errors)} lỗi.") : Clean;

    public static CliOutcome FromFindings(string subject, IEnumerable<Finding> findings) =>
        FromFindings(subject, findings.Select(f => (f.Code, f.Severity, f.Message)));

    private static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
