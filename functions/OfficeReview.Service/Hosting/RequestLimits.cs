using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfficeReview.Service.Hosting;

/// <summary>Request limits (section Limits:Requests); 0 turns a limit off.</summary>
internal sealed class RequestLimitOptions
{
    /// <summary>Writes (POST/PUT/PATCH/DELETE) one user — or one IP address when nobody is signed in — may make per minute (token bucket).</summary>
    public int WritesPerMinute { get; set; } = 1200;
    /// <summary>Writes one user may make at once beyond the steady rate (bucket size).</summary>
    public int WriteBurst { get; set; } = 300;
    /// <summary>Heavy requests (validate, check-report, merge, submissions, unit import, documents) processed at once, service-wide.</summary>
    public int HeavyConcurrency { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);
    /// <summary>Heavy requests that may wait for a slot (oldest first); more get 429.</summary>
    public int HeavyQueue { get; set; } = 256;
}

/// <summary>ASP.NET Core rate limiting: a per-user write bucket and a concurrency limiter with a short queue on the heavy routes.</summary>
internal static class RequestLimits
{
    public static void AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var options = new RequestLimitOptions();
        builder.Configuration.GetSection("Limits:Requests").Bind(options);
        builder.Services.AddSingleton(new HeavyRequestGate(options));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.OnRejected = OnRejected;
            if (options.WritesPerMinute > 0)
                o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsWrite(context.Request.Method)
                        ? RateLimitPartition.GetTokenBucketLimiter("w:" + PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = Math.Max(1, options.WriteBurst),
                            TokensPerPeriod = Math.Max(1, options.WritesPerMinute / 6),
                            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        })
                        : RateLimitPartition.GetNoLimiter("read"));
        });
    }

    /// <summary>The per-caller write bucket, then the service-wide concurrency gate of the heavy routes.</summary>
    public static void UseRequestLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (!IsHeavy(context.Request.Method, context.Request.Path))
            {
                await next(context);
                return;
            }
            var gate = context.RequestServices.GetRequiredService<HeavyRequestGate>();
            using var lease = await gate.AcquireAsync(context.RequestAborted);
            if (lease.IsAcquired)
            {
                await next(context);
                return;
            }
            await Reject(context, 5, $"Máy chủ đang xử lý nhiều tệp cùng lúc (Limits:Requests:HeavyConcurrency = {gate.Options.HeavyConcurrency}, HeavyQueue = {gate.Options.HeavyQueue}); hãy gửi lại sau 5 giây.");
        });
    }

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
        if (p.StartsWith("/api/documents/", StringComparison.Ordinal) || p.StartsWith("/api/forms/", StringComparison.Ordinal)) return true;
        if (!p.StartsWith("/api/campaigns/", StringComparison.Ordinal)) return false;
        return p.EndsWith("/submissions", StringComparison.Ordinal) || p.EndsWith("/merge", StringComparison.Ordinal) || p.EndsWith("/units", StringComparison.Ordinal);
    }

    private static ValueTask OnRejected(OnRejectedContext context, CancellationToken ct)
    {
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 10;
        return new ValueTask(Reject(context.HttpContext, retry,
            $"Quá nhiều yêu cầu thay đổi dữ liệu trong thời gian ngắn (Limits:Requests:WritesPerMinute, WriteBurst); hãy thử lại sau {retry} giây."));
    }

    private static Task Reject(HttpContext http, int retryAfterSeconds, string detail)
    {
        http.Response.StatusCode = 429;
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Quá nhiều yêu cầu", detail: detail, statusCode: 429).ExecuteAsync(http);
    }
}

/// <summary>Heavy requests processed at once, service-wide, with a queue (oldest first); off when HeavyConcurrency is 0.</summary>
internal sealed class HeavyRequestGate(RequestLimitOptions options)
{
    private readonly ConcurrencyLimiter? _limiter = options.HeavyConcurrency <= 0 ? null : new ConcurrencyLimiter(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.HeavyConcurrency,
        QueueLimit = Math.Max(0, options.HeavyQueue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public RequestLimitOptions Options { get; } = options;

    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken ct) =>
        _limiter?.AcquireAsync(1, ct) ?? ValueTask.FromResult<RateLimitLease>(Always.Instance);

    private sealed class Always : RateLimitLease
    {
        public static readonly Always Instance = new();
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
