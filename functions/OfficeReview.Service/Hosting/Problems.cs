using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// The one shape of every error the HTTP API answers (RFC 9457 problem details, <c>application/problem+json</c>):
/// <c>type</c>, <c>title</c> (Vietnamese), <c>status</c>, <c>detail</c> (Vietnamese, naming the file, sheet and cell or
/// the bound exceeded), <c>instance</c> (the request's path), <c>traceId</c> (to quote to an administrator; the same id
/// is in the request log) and, when the cause is a file's content, <c>findings</c>. docs/openapi.json describes it as
/// the schema <c>ApiProblem</c>.
/// </summary>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string? Detail,
    string? Instance,
    string TraceId,
    IReadOnlyList<FindingDto>? Findings = null)
{
    public const string ContentType = "application/problem+json";
}

/// <summary>
/// The error boundary of the HTTP host: every error, whichever part finds it (an endpoint, the access gate, sign-in,
/// the request limits, the hardening checks, an exception), is written here, in the one shape <see cref="ApiProblem"/>.
/// Endpoints throw <see cref="CampaignProblemException"/> (or return <see cref="Result(CampaignProblemException)"/>); middleware calls
/// <see cref="Results.Problem(string?, string?, int?, string?, string?, IDictionary{string, object?}?)"/>; both reach
/// <see cref="Writer"/> through ASP.NET Core's problem details service. Unexpected exceptions reach
/// <see cref="ExceptionHandler"/>.
/// </summary>
public static class Problems
{
    /// <summary>Registers the writer (before AddProblemDetails, so it is the one used) and the exception handler.</summary>
    public static IServiceCollection AddProblemBoundary(this IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, Writer>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionHandler>();
        return services;
    }

    private static readonly JsonSerializerOptions s_json = new(CampaignApi.Json) { WriteIndented = false };

    /// <summary>A problem answer (with the findings of a file's content when there are any).</summary>
    public static IResult Result(int status, string title, string detail, IReadOnlyList<FindingDto>? findings = null) =>
        Results.Problem(title: title, detail: detail, statusCode: status,
            extensions: findings is null ? null : new Dictionary<string, object?> { ["findings"] = findings });

    public static IResult Result(CampaignProblemException p) => Result(p.Status, p.Title, p.Detail, p.Findings);

    /// <summary>
    /// The endpoint filter of every route: a <see cref="CampaignProblemException"/> thrown by a handler becomes its
    /// problem answer inside the endpoint (so the audit filter and both hosts see an ordinary result).
    /// </summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CampaignProblemException p)
        {
            Observability.RequestTelemetry.NoteProblem(context.HttpContext, p);
            return Result(p);
        }
    }

    /// <summary>The RFC 9110 section of a status code, as the problem's type (about:blank when it has none).</summary>
    public static string TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };

    /// <summary>Problem details in the one shape: status from the response when the details carry none.</summary>
    public static ApiProblem Shape(ProblemDetails details, HttpContext context)
    {
        var status = details.Status ?? (context.Response.StatusCode >= 400 ? context.Response.StatusCode : 500);
        IReadOnlyList<FindingDto>? findings = null;
        if (details.Extensions.TryGetValue("findings", out var f))
            findings = f switch
            {
                IReadOnlyList<FindingDto> list => list,
                IEnumerable<FindingDto> items => items.ToList(),
                _ => null,
            };
        return new ApiProblem(
            Type: string.IsNullOrEmpty(details.Type) || details.Type.StartsWith("https://tools.ietf.org/html/rfc", StringComparison.Ordinal) ? TypeOf(status) : details.Type,
            Title: details.Title ?? "Lỗi",
            Status: status,
            Detail: details.Detail,
            Instance: details.Instance ?? context.Request.Path.Value,
            TraceId: context.TraceIdentifier,
            Findings: findings);
    }

    /// <summary>Writes every problem details answer (Results.Problem, the exception handler) as <see cref="ApiProblem"/>.</summary>
    public sealed class Writer : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var http = context.HttpContext;
            var problem = Shape(context.ProblemDetails, http);
            http.Response.StatusCode = problem.Status;
            return new ValueTask(http.Response.WriteAsJsonAsync(problem, s_json, ApiProblem.ContentType, http.RequestAborted));
        }
    }

    /// <summary>
    /// The exception handler (UseExceptionHandler): no stack trace or .NET type name ever reaches a caller; what the
    /// caller can act on gets its own status and Vietnamese sentence, anything else a 500 logged with its trace id.
    /// </summary>
    public sealed class ExceptionHandler(IProblemDetailsService problems, ILogger<ExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var (status, title, detail, findings) = Describe(exception, httpContext);
            if (status == 500)
                Observability.ServiceLog.UnhandledError(logger, exception, httpContext.Request.Method, Observability.ServiceLog.RouteOf(httpContext), httpContext.TraceIdentifier);
            if (exception is CampaignProblemException problem) Observability.RequestTelemetry.NoteProblem(httpContext, problem);
            else if (status == 413) Observability.RequestTelemetry.NoteRejection(httpContext, new Observability.InputRejection("TOO_LARGE", Size: httpContext.Request.ContentLength));
            if (exception is UploadBudgetExceededException budget)
                httpContext.Response.Headers.RetryAfter = budget.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (httpContext.Response.HasStarted) return true;
            httpContext.Response.StatusCode = status;
            var details = new ProblemDetails { Status = status, Title = title, Detail = detail };
            if (findings is not null) details.Extensions["findings"] = findings;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
        }

        /// <summary>Status, title, detail and findings of an exception.</summary>
        public static (int Status, string Title, string Detail, IReadOnlyList<FindingDto>? Findings) Describe(Exception error, HttpContext context) => error switch
        {
            CampaignProblemException p => (p.Status, p.Title, p.Detail, p.Findings),
            BadHttpRequestException { StatusCode: 413 } => (413, "Dữ liệu quá lớn", "Nội dung gửi lên vượt giới hạn kích thước của máy chủ.", null),
            BadHttpRequestException { StatusCode: 408 } => (408, "Gửi dữ liệu quá chậm", "Kết nối gửi dữ liệu quá chậm nên máy chủ đã ngừng nhận.", null),
            BadHttpRequestException b => (b.StatusCode, "Yêu cầu không hợp lệ", "Máy chủ không đọc được yêu cầu này.", null),
            UploadBudgetExceededException => (503, "Máy chủ đang bận", "Máy chủ đang nhận quá nhiều dữ liệu cùng lúc; hãy thử lại sau ít giây.", null),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Yêu cầu đã hủy", "Kết nối đã đóng trước khi xử lý xong.", null),
            _ => (500, "Lỗi máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu này; dữ liệu đã gửi không bị lưu dở dang. Hãy thử lại hoặc báo quản trị viên, kèm mã traceId.", null),
        };
    }
}
