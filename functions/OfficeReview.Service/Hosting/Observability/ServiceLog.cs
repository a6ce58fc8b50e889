using System.Security.Cryptography;
using System.Text;

namespace OfficeReview.Service.Hosting.Observability;

/// <summary>
/// The service's structured log events (source-generated, docs/security.md "Logs and traces"). What they carry is
/// chosen so that no member's personal data ever reaches a log: route templates (never paths or query strings),
/// unit and campaign codes, counts, sizes, configuration keys of bounds and finding codes — never a file's content, a
/// finding's message (which may quote a member's name), a file name (which may be a person's name) or a user name:
/// users appear as a pseudonymous id (<see cref="UserId"/>), the audit log holds who they are.
/// </summary>
internal static partial class ServiceLog
{
    public const string RequestsCategory = "OfficeReview.Requests";
    public const string InputCategory = "OfficeReview.Input";
    public const string MergeCategory = "OfficeReview.Merge";
    public const string DecisionsCategory = "OfficeReview.Decisions";
    public const string SignInCategory = "OfficeReview.SignIn";
    public const string StartCategory = "OfficeReview.Start";

    [LoggerMessage(EventId = 1000, EventName = "Request",
        Message = "HTTP {Method} {Route} {Status} in {ElapsedMs:0.0} ms role={Role} request={RequestId}")]
    public static partial void Request(ILogger logger, LogLevel level, string method, string route, int status, double elapsedMs, string role, string requestId);

    [LoggerMessage(EventId = 1001, EventName = "InputRejected", Level = LogLevel.Warning,
        Message = "Input rejected on {Method} {Route} with {Status}: {Reason} bound={Bound} limit={Limit} size={SizeBytes} type={FileType} request={RequestId}")]
    public static partial void InputRejected(ILogger logger, string method, string route, int status, string reason, string bound, string limit, long sizeBytes, string fileType, string requestId);

    [LoggerMessage(EventId = 1002, EventName = "UnhandledError", Level = LogLevel.Error,
        Message = "Unhandled error on {Method} {Route} request={RequestId}")]
    public static partial void UnhandledError(ILogger logger, Exception error, string method, string route, string requestId);

    [LoggerMessage(EventId = 1100, EventName = "Merge", Level = LogLevel.Information,
        Message = "Merge {Kind} campaign={Campaign} unit={Unit}: {Units} units, {Members} members, {Sources} sources in {ElapsedMs:0.0} ms, outcome {Outcome} ({Errors} errors, {Warnings} warnings)")]
    public static partial void Merge(ILogger logger, string kind, string campaign, string unit, int units, long members, int sources, double elapsedMs, string outcome, int errors, int warnings);

    [LoggerMessage(EventId = 1101, EventName = "MergeFailed", Level = LogLevel.Warning,
        Message = "Merge {Kind} campaign={Campaign} unit={Unit} failed after {ElapsedMs:0.0} ms: {Reason}")]
    public static partial void MergeFailed(ILogger logger, string kind, string campaign, string unit, double elapsedMs, string reason);

    [LoggerMessage(EventId = 1200, EventName = "Decision", Level = LogLevel.Information,
        Message = "Decision campaign={Campaign} unit={Unit} level={Level} by={UserId}")]
    public static partial void Decision(ILogger logger, string campaign, string unit, string level, string userId);

    [LoggerMessage(EventId = 1201, EventName = "DocumentApproved", Level = LogLevel.Information,
        Message = "Document approved campaign={Campaign} unit={Unit} document={Document} by={UserId}")]
    public static partial void DocumentApproved(ILogger logger, string campaign, string unit, string document, string userId);

    [LoggerMessage(EventId = 1202, EventName = "Audited", Level = LogLevel.Information,
        Message = "Audited {Action} campaign={Campaign} unit={Unit} by={UserId}")]
    public static partial void Audited(ILogger logger, string action, string campaign, string unit, string userId);

    [LoggerMessage(EventId = 1300, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Sign-in failed: {Reason} via {Method} account={UserId} request={RequestId}")]
    public static partial void SignInFailed(ILogger logger, string reason, string method, string userId, string requestId);

    [LoggerMessage(EventId = 1400, EventName = "Migrations", Level = LogLevel.Information,
        Message = "Schema of {Store}: {Applied} applied before, {New} applied now ({Scripts})")]
    public static partial void Migrations(ILogger logger, string store, int applied, int @new, string scripts);

    /// <summary>
    /// A user's pseudonymous id in logs: "u-" and 12 hex digits of SHA-256 over the NFC, lower-case account name. The
    /// same account gives the same id in every log line (so lines can be followed and matched against the audit log,
    /// which names the user); a log line alone does not name anyone.
    /// </summary>
    public static string UserId(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name == "-") return "-";
        string normal;
        try { normal = name.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant(); }
        catch (ArgumentException) { normal = name.Trim().ToLowerInvariant(); }
        return "u-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("officereview-user:" + normal)))[..12];
    }

    /// <summary>The caller's roles for a log line: the distinct role names ("admin*" for an admin of every campaign), or "-".</summary>
    public static string RoleOf(Features.Identity.Caller? caller)
    {
        if (caller is null) return "-";
        var names = caller.Roles.Select(r => r.Role == Features.Identity.Roles.Admin && r.Campaign is null ? "admin*" : r.Role)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "signed-in" : string.Join('+', names);
    }

    /// <summary>A file's type for a log line: its extension (letters and digits, at most 8), never its name.</summary>
    public static string FileType(string? fileName)
    {
        var ext = Path.GetExtension(fileName ?? "").TrimStart('.').ToLowerInvariant();
        return ext.Length is > 0 and <= 8 && ext.All(char.IsAsciiLetterOrDigit) ? ext : "-";
    }

    /// <summary>The route template of the request's endpoint (never its path or query), "(static)" or "(none)".</summary>
    public static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? (context.GetEndpoint() is null ? "(none)" : "(other)");
}
