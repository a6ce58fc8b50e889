using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Hosting.Observability;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// Security settings of the HTTP host (section "Security"): which Host names and Origins are the service's own, and
/// the Content-Security-Policy sources the task pane needs. Defaults suit the local service on localhost.
/// </summary>
internal sealed class SecurityOptions
{
    /// <summary>Extra Host names answered besides localhost, 127.0.0.1 and [::1] (also the standard key AllowedHosts, ';'-separated; "*" = any).</summary>
    public List<string> AllowedHosts { get; set; } = [];
    /// <summary>Origins (scheme://host[:port]) besides the service's own whose writes are accepted.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
    /// <summary>Origins that may embed the pane in a frame (Office on the web).</summary>
    public List<string> FrameAncestors { get; set; } =
    [
        "https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.microsoft365.com",
        "https://*.sharepoint.com", "https://*.cloud.microsoft", "https://*.live.com",
    ];
    /// <summary>Script sources besides 'self' (Office.js from Microsoft's CDN).</summary>
    public List<string> ScriptSources { get; set; } = ["https://appsforoffice.microsoft.com"];
    /// <summary>Connect sources besides 'self' (Entra ID sign-in, Microsoft Graph).</summary>
    public List<string> ConnectSources { get; set; } = ["https://login.microsoftonline.com", "https://graph.microsoft.com", "https://appsforoffice.microsoft.com"];
    /// <summary>Frame sources besides 'self' (Office.js and the Entra ID sign-in dialog).</summary>
    public List<string> FrameSources { get; set; } = ["https://appsforoffice.microsoft.com", "https://login.microsoftonline.com", "https://*.officeapps.live.com"];
}

/// <summary>
/// The hardening of the HTTP host (docs/security.md, "Hardening"): one exception handler (no stack trace or .NET type
/// name ever reaches a caller), Host check against DNS rebinding, refusal of cross-site writes, JSON routes that require
/// application/json, security headers, request rate and concurrency limits, the upload memory budget, Kestrel timeouts
/// for slow connections, and a warning when the service is reachable off this machine without HTTPS.
/// </summary>
internal static class Hardening
{
    public static void AddHardening(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.Configure<SecurityOptions>(config.GetSection("Security"));
        builder.Services.AddSingleton(sp => new UploadBudget(config.GetValue<long?>("Limits:UploadMemoryBytes") ?? UploadBudget.DefaultBytes));
        builder.Services.Configure<QuotaOptions>(config.GetSection("Limits"));
        builder.AddRequestLimits();
        // Kestrel's limits apply where this process's own Kestrel faces callers (the local host); in Azure Functions
        // the Functions host (the front end) receives the request and the worker's Kestrel only serves that host.
        if (builder is WebApplicationBuilder web)
            web.WebHost.ConfigureKestrel(k =>
            {
                var rate = config.GetValue<double?>("Limits:Http:MinBodyBytesPerSecond") ?? 1024;
                // Kestrel measures rates once a second: a grace period must be longer than that (shorter ones are raised to 2 s).
                var grace = Math.Max(2, config.GetValue<double?>("Limits:Http:MinBodyGraceSeconds") ?? 15);
                k.Limits.MinRequestBodyDataRate = rate <= 0 ? null : new MinDataRate(rate, TimeSpan.FromSeconds(grace));
                k.Limits.MinResponseDataRate = rate <= 0 ? null : new MinDataRate(Math.Min(rate, 240), TimeSpan.FromSeconds(grace));
                k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(Math.Max(1, config.GetValue<double?>("Limits:Http:RequestHeadersTimeoutSeconds") ?? 15));
                k.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(Math.Max(1, config.GetValue<double?>("Limits:Http:KeepAliveTimeoutSeconds") ?? 60));
                k.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
                if (config.GetValue<long?>("Limits:Http:MaxConcurrentConnections") is long connections and > 0) k.Limits.MaxConcurrentConnections = connections;
            });
    }

    /// <summary>
    /// The middleware, outermost first: exception handler, security headers, Host check, cross-site writes, JSON
    /// content type. Call first, before authentication; <see cref="RequestLimits.UseRequestLimits"/> comes after
    /// authentication (its buckets are per signed-in user).
    /// </summary>
    public static void UseHardening(this WebApplication app)
    {
        app.UseHardeningMiddleware();
        WarnWhenExposed(app);
    }

    /// <summary>The middleware of <see cref="UseHardening"/>, for any pipeline (the local host and the Functions worker).</summary>
    public static void UseHardeningMiddleware(this IApplicationBuilder app)
    {
        app.UseRequestTelemetry(); // request id and the request log: outermost, so that every refusal below is logged
        app.UseExceptionHandler(); // Problems.ExceptionHandler: the one error boundary (Hosting/Problems.cs)
        app.Use(SecurityHeaders);
        app.Use(HostCheck);
        app.Use(CrossSiteCheck);
        app.Use(JsonContentType);
    }

    // ---- errors ----------------------------------------------------------------------------------------------------

    private static Task WriteProblem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
    }

    // ---- headers ---------------------------------------------------------------------------------------------------

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Resource-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // The API reference page (Scalar) starts with an inline script: allowed on that page only.
            var policies = s_policies.GetValue(options, o => new(ContentSecurityPolicy(o), ContentSecurityPolicy(o, inlineScript: true)));
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(OpenApiContract.ReferencePath) ? policies.Reference : policies.Page;
            if (context.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The two policies of one configuration, built once (the options do not change while the host runs).</summary>
    private sealed record Policies(string Page, string Reference);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SecurityOptions, Policies> s_policies = new();

    /// <summary>
    /// The pane's own files and Office.js from Microsoft's CDN may run; nothing inline (but the API reference page's
    /// script, <paramref name="inlineScript"/>); frames only from Office hosts.
    /// </summary>
    public static string ContentSecurityPolicy(SecurityOptions o, bool inlineScript = false) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self'{(inlineScript ? " 'unsafe-inline'" : "")} {string.Join(' ', o.ScriptSources)}".TrimEnd(),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https://appsforoffice.microsoft.com",
        "font-src 'self' data:",
        $"connect-src 'self' {string.Join(' ', o.ConnectSources)}".TrimEnd(),
        $"frame-src 'self' {string.Join(' ', o.FrameSources)}".TrimEnd(),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors 'self' {string.Join(' ', o.FrameAncestors)}".TrimEnd());

    // ---- Host (DNS rebinding) --------------------------------------------------------------------------------------

    private static Task HostCheck(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host.Host;
        if (IsAllowedHost(host, context.RequestServices)) return next(context);
        return WriteProblem(context, 400, "Tên máy chủ không được phép",
            $"Máy chủ này không phục vụ tên \"{Domain.Text.UnitCodes.Visible(host)}\". Thêm tên đó vào AllowedHosts (hoặc Security:AllowedHosts) nếu đây là địa chỉ hợp lệ của dịch vụ.");
    }

    public static bool IsAllowedHost(string host, IServiceProvider services)
    {
        if (string.IsNullOrEmpty(host)) return false;
        host = host.Trim('[', ']').TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "::1") return true;
        var config = services.GetRequiredService<IConfiguration>();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        var configured = options.AllowedHosts
            .Concat((config["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(Environment.GetEnvironmentVariable("WEBSITE_HOSTNAME") is { Length: > 0 } site ? [site] : []);
        foreach (var allowed in configured)
        {
            var a = allowed.Trim().Trim('[', ']').TrimEnd('.');
            if (a == "*") return true;
            if (a.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(a[1..], StringComparison.OrdinalIgnoreCase)) return true;
            if (a.Equals(host, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // ---- cross-site writes -----------------------------------------------------------------------------------------

    private static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static Task CrossSiteCheck(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!IsWrite(request.Method)) return next(context);
        if (string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase))
            return Refuse("một trang web khác (Sec-Fetch-Site: cross-site)");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(origin, request, context.RequestServices))
            return Refuse($"nguồn {Domain.Text.UnitCodes.Visible(origin)}");
        return next(context);

        Task Refuse(string from) => WriteProblem(context, 403, "Yêu cầu từ trang khác bị từ chối",
            $"Yêu cầu thay đổi dữ liệu đến từ {from}, không phải từ giao diện của dịch vụ này. Nếu đây là một địa chỉ hợp lệ của đơn vị, thêm nó vào Security:AllowedOrigins.");
    }

    /// <summary>
    /// The service's own origin: the page's host and port are the request's Host (whatever the scheme — behind the
    /// Azure Functions host or a TLS proxy the service itself sees plain HTTP), https://WEBSITE_HOSTNAME on Azure, or a
    /// configured Security:AllowedOrigins entry. The Host itself has passed the Host check.
    /// </summary>
    public static bool IsOwnOrigin(string origin, HttpRequest request, IServiceProvider services)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/") return false;
        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        if (Environment.GetEnvironmentVariable("WEBSITE_HOSTNAME") is { Length: > 0 } site
            && string.Equals(origin.TrimEnd('/'), $"https://{site}", StringComparison.OrdinalIgnoreCase)) return true;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        return options.AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    // ---- JSON routes -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Writes whose body is a JSON document (not a file; <see cref="Api.BodyKind.Json"/> in the route table): they must say
    /// application/json, which a page of another site cannot send without a CORS preflight. Sign-in and accounts are among
    /// them: a cross-site form (text/plain) cannot sign a browser in or change a password.
    /// </summary>
    public static bool IsJsonRoute(HttpContext context) => Api.ApiRoutes.Of(context)?.Body == Api.BodyKind.Json;

    /// <summary>The display name of the endpoint ASP.NET Core's AcceptsMatcherPolicy selects when no endpoint accepts the request's content type.</summary>
    private const string Http415EndpointName = "415 HTTP Unsupported Media Type";

    private static Task JsonContentType(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        // A route whose OpenAPI metadata says it accepts JSON only: routing itself picks ASP.NET Core's bodiless 415
        // endpoint for another content type; the refusal is answered here instead, in the one problem shape.
        var rejectedByRouting = context.GetEndpoint()?.DisplayName == Http415EndpointName;
        if (!rejectedByRouting && !IsJsonRoute(context)) return next(context);
        var type = request.ContentType ?? "";
        var media = type.Split(';')[0].Trim();
        if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            return next(context);
        RequestTelemetry.NoteRejection(context, new InputRejection("CONTENT_TYPE"));
        return WriteProblem(context, 415, "Sai kiểu nội dung",
            $"Yêu cầu này cần thân JSON với tiêu đề Content-Type: application/json (đang là \"{(type.Length == 0 ? "không có" : Domain.Text.UnitCodes.Visible(type))}\").");
    }

    // ---- exposure --------------------------------------------------------------------------------------------------

    private static void WarnWhenExposed(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OfficeReview.Security");
            foreach (var address in addresses)
                if (IsExposedPlainHttp(address))
                    logger.LogWarning("The service listens on {Address} without HTTPS: anyone on the network can read submissions and sign-in tokens. Configure a Kestrel certificate (docs/security.md).", address);
        });
    }

    /// <summary>True for an http:// address that is not loopback (0.0.0.0, *, +, a LAN address or a host name other than localhost).</summary>
    public static bool IsExposedPlainHttp(string address)
    {
        if (!address.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return false;
        var host = address["http://".Length..];
        var end = host.StartsWith('[') ? host.IndexOf(']') + 1 : host.IndexOf(':');
        if (end > 0) host = host[..end];
        host = host.TrimEnd('/').Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return false;
        return !(IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
