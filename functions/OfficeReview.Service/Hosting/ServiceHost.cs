using OfficeReview.Service.Api;
using OfficeReview.Service.Features.Addin;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Documents;
using OfficeReview.Service.Features.Findings;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Microsoft365;
using OfficeReview.Service.Features.Profiles;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.ReviewForms;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Features.Workbooks;
using OfficeReview.Service.Hosting.Observability;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// Builds the local web host (http://localhost:7071). The Azure Functions worker (functions/OfficeReview.Functions)
/// registers the same services (<see cref="AddOfficeReview"/>), runs the same middleware
/// (<see cref="UseOfficeReviewMiddleware"/>) and calls the same endpoints (<see cref="MapOfficeReviewRoutes"/>).
/// </summary>
public static class ServiceHost
{
    public static WebApplication Build(string[] args) => Build(args, null);

    /// <summary>The local host, with a last word on its services (the <c>openapi</c> verb drops the first-start link).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure)
    {
        // A submission blocks its pool thread in fsync (the blob, ~6 ms on a virtual disk) and in short synchronous
        // SQLite reads. With the default minimum (one worker per core) a burst of uploads waits for the pool's slow
        // thread injection; threads up to this minimum are created on demand (docs/benchmarks.md, submissions).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
        var builder = WebApplication.CreateBuilder(args);
        ConfigureUrls(builder);
        builder.AddOfficeReview();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapOfficeReview();
        return app;
    }

    public static void AddOfficeReview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemBoundary(); // every error in one shape (Hosting/Problems.cs)
        // ASP.NET Core's own request lines carry the whole URL, query included (?approvedBy=<a signer's name>): the
        // service's request log (route template, status, role, request id) takes their place.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        var telemetry = builder.AddOfficeReviewTelemetry();
        if (builder is WebApplicationBuilder) telemetry.AddLocalHostTelemetry(builder.Configuration); // the worker adds its own (OfficeReview.Functions)
        builder.AddHardening();
        builder.Services.AddSingleton<ValidationService>();
        builder.Services.Configure<ValidationLimits>(builder.Configuration.GetSection("Limits"));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ValidationLimits>>().Value.Input); // Limits:Input
        builder.Services.AddSingleton(TimeProvider.System).AddSingleton<DocumentService>().Configure<DocumentLimits>(builder.Configuration.GetSection("Limits:Documents"));
        builder.Services.AddSingleton<ReportCheckService>().Configure<ReportCheckLimits>(builder.Configuration.GetSection("Limits"));
        builder.Services.AddCampaigns(builder.Configuration);
        builder.Services.AddMicrosoft365(builder.Configuration);
        builder.AddOfficeReviewAuth();
        builder.Services.AddOfficeReviewOpenApi();
        // The JSON of the API's own answers (CampaignApi.Json: camelCase, enums as camelCase strings), so that the
        // OpenAPI document describes what the routes write.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict; // numbers are written as numbers
        });
    }

    public static void MapOfficeReview(this WebApplication app)
    {
        app.UseHardening(); // + the warning when the local server listens on plain HTTP off this machine
        app.UseOfficeReviewMiddleware(hardening: false);
        app.MapOfficeReviewRoutes();
        app.MapAddinFiles(); // the pane's static files: the local host only (Azure: static hosting, docs/deploy-azure.md)
        app.MapOpenApiReference(); // /api/openapi/v1.json and /api/reference: the local host only
    }

    /// <summary>
    /// The middleware of every route, in both hosts: the request id and the request log, then Host/Origin checks and
    /// security headers; then sign-in and the access gate of every route; then the request limits, which partition by
    /// the signed-in user.
    /// </summary>
    public static void UseOfficeReviewMiddleware(this IApplicationBuilder app, bool hardening = true)
    {
        if (hardening) app.UseHardeningMiddleware();
        app.UseOfficeReviewAuth();
        app.UseRequestLimits();
    }

    /// <summary>The routes of the service (all but the pane's static files), each audited. Both hosts call these endpoints.</summary>
    public static void MapOfficeReviewRoutes(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("").AddEndpointFilter(AuditFilter.InvokeAsync).AddEndpointFilter(Problems.Filter)
            .ProblemsOf(401, 403, 500) // sign-in, the access gate, the exception handler: every route (docs/openapi.json)
            .WithJsonBodies(); // the JSON bodies the route table declares
        routes.MapHealthApi();
        routes.MapValidationApi();
        routes.MapFindingCatalogueApi();
        routes.MapReviewFormApi();
        routes.MapDocumentApi();
        routes.MapWorkbookApi();
        routes.MapReportCheckApi();
        routes.MapCampaignApi();
        routes.MapFormApi();
        routes.MapProfileApi();
        routes.MapMicrosoft365Api();
        routes.MapAuthApi();
        routes.MapAuditApi();
    }

    // --urls / ASPNETCORE_URLS, else localhost:7071.
    private static void ConfigureUrls(WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(AddinHttps.DefaultUrl(builder.Configuration));
    }
}
