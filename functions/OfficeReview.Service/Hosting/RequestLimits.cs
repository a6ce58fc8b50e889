using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfficeReview.Service.Hosting;

/// <summary>Request limits (section Limits:Requests); 0 turns a limit off.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Writes (POST/PUT/PATCH/DELETE) one user — or one IP address when nobody is signed in — may make per minute (token bucket).</summary>
    public int WritesPerMinute { get; set; } = 600;
    /// <summary>Writes one user may make at once beyond the steady rate (bucket size).</summary>
    public int WriteBurst { get; set; } = 200;
    /// <summary>Heavy requests (validate, check-report, merge, submissions, unit import, documents) processed at once, service-wide.</summary>
    public int HeavyConcurrency { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);
    /// <summary>Heavy requests that may wait for a slot (oldest first); more get 429.</summary>
    public int HeavyQueue { get; set; } = 256;
}

/// <summary>ASP.NET Core rate limiting: a per-user write bucket and a concurrency limiter with a short queue on the heavy routes.</summary>
public static class RequestLimits
{
    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        var options = new RequestLimitOptions();
        builder.Configuration.GetSection("Limits:Requests").Bind(options);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.OnRejected = OnRejected;
            var limiters = new List<PartitionedRateLimiter<HttpContext>>();
            if (options.WritesPerMinute > 0)
                limiters.Add(PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsWrite(context.Request.Method)
                        ? RateLimitPartition.GetTokenBucketLimiter("w:" + PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = Math.Max(1, options.WriteBurst),
                            TokensPerPeriod = Math.Max(1, options.WritesPerMinute / 6),
                            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        })
                        : RateLimitPartition.GetNoLimiter("read")));
            if (options.HeavyConcurrency > 0)
                limiters.Add(PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsHeavy(context.Request.Method, context.Request.Path)
                        ? RateLimitPartition.GetConcurrencyLimiter("heavy", _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = options.HeavyConcurrency,
                            QueueLimit = Math.Max(0, options.HeavyQueue),
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        })
                        : RateLimitPartition.GetNoLimiter("light")));
            if (limiters.Count > 0) o.GlobalLimiter = PartitionedRateLimiter.CreateChained([.. limiters]);
        });
    }

    public static void UseRequestLimits(this WebApplication app) => app.UseRateLimiter();

    /// <summary>The signed-in user's name, else the caller's IP address.</summary>
    public static string PartitionKey(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? "u:" + name : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "?");

    private static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>The routes that read files or compute merges and documents.</summary>
    public static bool IsHeavy(string method, PathString path)
    {
        if (!IsWrite(method)) return false;
        var p = (path.Value ?? "").TrimEnd('/').ToLowerInvariant();
        if (p is "/api/validate" or "/api/check-report" or "/api/merge") return true;
        if (p.StartsWith("/api/documents/", StringComparison.Ordinal)) return true;
        if (!p.StartsWith("/api/campaigns/", StringComparison.Ordinal)) return false;
        return p.EndsWith("/submissions", StringComparison.Ordinal) || p.EndsWith("/merge", StringComparison.Ordinal) || p.EndsWith("/units", StringComparison.Ordinal);
    }

    private static async ValueTask OnRejected(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 5;
        http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        var heavy = IsHeavy(http.Request.Method, http.Request.Path);
        var detail = heavy
            ? $"Máy chủ đang xử lý nhiều tệp cùng lúc (Limits:Requests:HeavyConcurrency và HeavyQueue); hãy gửi lại sau {retry} giây."
            : $"Quá nhiều yêu cầu thay đổi dữ liệu trong thời gian ngắn (Limits:Requests:WritesPerMinute); hãy thử lại sau {retry} giây.";
        await Results.Problem(title: "Quá nhiều yêu cầu", detail: detail, statusCode: 429).ExecuteAsync(http);
    }
}
