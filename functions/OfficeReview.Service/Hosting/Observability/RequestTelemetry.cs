using System.Diagnostics;
using System.Text.RegularExpressions;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Service.Hosting.Observability;

/// <summary>Why an input was refused, for the log: a reason code, the configuration key of the bound and its value when one was passed, the size sent and the file's type.</summary>
internal sealed record InputRejection(string Reason, string? Bound = null, long? Limit = null, long? Size = null, string? FileType = null);

/// <summary>
/// Request ids, the request log and the log of refused inputs — the outermost middleware of both hosts.
/// <para>Request id: a caller's X-Request-Id (1–64 characters of letters, digits and <c>-_.:</c>) is kept; otherwise the
/// W3C trace id of the request's activity, which continues an incoming <c>traceparent</c>. It becomes
/// <see cref="HttpContext.TraceIdentifier"/> (which problem answers carry as <c>traceId</c>), is echoed in the
/// X-Request-Id response header, and tags the request's span (<c>officereview.request_id</c>).</para>
/// </summary>
internal static partial class RequestTelemetry
{
    public const string RequestIdHeader = "X-Request-Id";
    private static readonly object s_rejectionKey = new();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeId();

    [GeneratedRegex(@"Limits:[A-Za-z0-9:]+[A-Za-z0-9]")]
    private static partial Regex BoundKey();

    /// <summary>The request id of a request: the caller's X-Request-Id when well-formed, else the activity's trace id, else the server's own.</summary>
    public static string RequestIdOf(HttpContext context)
    {
        var sent = context.Request.Headers[RequestIdHeader].ToString();
        if (sent.Length > 0 && SafeId().IsMatch(sent)) return sent;
        return Activity.Current is { TraceId: var trace } && trace != default ? trace.ToHexString() : context.TraceIdentifier;
    }

    /// <summary>Request id, then the request log around everything else (so refusals of the hardening are logged too).</summary>
    public static void UseRequestTelemetry(this IApplicationBuilder app)
    {
        app.Use(RequestIdAsync);
        app.Use(LogRequestAsync);
    }

    private static Task RequestIdAsync(HttpContext context, RequestDelegate next)
    {
        var id = RequestIdOf(context);
        context.TraceIdentifier = id;
        Activity.Current?.SetTag("officereview.request_id", id);
        context.Response.Headers[RequestIdHeader] = id;
        // Again when the answer starts: the exception handler clears the headers before it writes its problem.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static async Task LogRequestAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var factory = context.RequestServices.GetRequiredService<ILoggerFactory>();
            var route = ServiceLog.RouteOf(context);
            var status = failed && !context.Response.HasStarted ? 500 : context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            var role = ServiceLog.RoleOf(CallerAccess.Of(context)?.Caller);
            ServiceLog.Request(factory.CreateLogger(ServiceLog.RequestsCategory), level, context.Request.Method, route, status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, role, context.TraceIdentifier);
            var rejection = RejectionOf(context);
            if (rejection is null && status is 400 or 413 or 415 or 422 && Api.ApiRoutes.Of(context)?.Body is Api.BodyKind.File or Api.BodyKind.Json)
                rejection = new InputRejection($"HTTP_{status}", Size: context.Request.ContentLength);
            if (rejection is not null)
                ServiceLog.InputRejected(factory.CreateLogger(ServiceLog.InputCategory), context.Request.Method, route, status, rejection.Reason,
                    rejection.Bound ?? "-", rejection.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                    rejection.Size ?? context.Request.ContentLength ?? -1, rejection.FileType ?? "-", context.TraceIdentifier);
        }
    }

    /// <summary>Notes why this request's input was refused (the first note wins: it is the most precise).</summary>
    public static void NoteRejection(HttpContext? context, InputRejection rejection)
    {
        if (context is null || context.Items.ContainsKey(s_rejectionKey)) return;
        context.Items[s_rejectionKey] = rejection;
        Activity.Current?.SetTag("officereview.input.rejected", rejection.Reason);
    }

    public static InputRejection? RejectionOf(HttpContext context) => context.Items.TryGetValue(s_rejectionKey, out var r) ? r as InputRejection : null;

    /// <summary>
    /// Notes a refusal from its problem: the first error finding's code (else the status), and the bound's configuration
    /// key when the detail or the finding names one. Messages themselves are never logged.
    /// </summary>
    public static void NoteProblem(HttpContext? context, int status, string detail, IEnumerable<(string Code, string Severity, string Message)>? findings = null,
        string? fileName = null, long? size = null)
    {
        if (context is null || status is not (400 or 413 or 415 or 422)) return;
        var error = findings?.FirstOrDefault(f => f.Severity == "error");
        var reason = error is { Code: { Length: > 0 } code } ? code : status switch { 413 => "TOO_LARGE", 415 => "CONTENT_TYPE", 422 => "UNREADABLE", _ => "BAD_REQUEST" };
        var bound = BoundKey().Match(error?.Message ?? "") is { Success: true } m ? m.Value : BoundKey().Match(detail) is { Success: true } d ? d.Value : null;
        NoteRejection(context, new InputRejection(reason, bound, null, size, fileName is null ? null : ServiceLog.FileType(fileName)));
    }

    public static void NoteProblem(HttpContext? context, CampaignProblemException p) =>
        NoteProblem(context, p.Status, p.Detail, p.Findings?.Select(f => (f.Code, f.Severity, f.Message)));
}
