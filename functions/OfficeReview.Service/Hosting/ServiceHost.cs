using OfficeReview.Service.Api;
using OfficeReview.Service.Features.Addin;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Documents;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Microsoft365;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.ReviewForms;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// Builds the local web host (http://localhost:7071). The Azure Functions worker (functions/OfficeReview.Functions)
/// registers the same services (<see cref="AddOfficeReview"/>), runs the same middleware
/// (<see cref="UseOfficeReviewMiddleware"/>) and calls the same endpoints (<see cref="MapOfficeReviewRoutes"/>).
/// </summary>
public static class ServiceHost
{
    public static WebApplication Build(string[] args)
    {
        // A submission blocks its pool thread in fsync (the blob, ~6 ms on a virtual disk) and in short synchronous
        // SQLite reads. With the default minimum (one worker per core) a burst of uploads waits for the pool's slow
        // thread injection; threads up to this minimum are created on demand (docs/benchmarks.md, submissions).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
        var builder = WebApplication.CreateBuilder(args);
        ConfigureUrls(builder);
        builder.AddOfficeReview();

        var app = builder.Build();
        app.MapOfficeReview();
        return app;
    }

    public static void AddOfficeReview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.AddHardening();
        builder.Services.AddSingleton<ValidationService>();
        builder.Services.Configure<ValidationLimits>(builder.Configuration.GetSection("Limits"));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ValidationLimits>>().Value.Input); // Limits:Input
        builder.Services.AddSingleton(TimeProvider.System).AddSingleton<DocumentService>().Configure<DocumentLimits>(builder.Configuration.GetSection("Limits:Documents"));
        builder.Services.AddSingleton<ReportCheckService>().Configure<ReportCheckLimits>(builder.Configuration.GetSection("Limits"));
        builder.Services.AddCampaigns(builder.Configuration);
        builder.Services.AddMicrosoft365(builder.Configuration);
        builder.AddOfficeReviewAuth();
    }

    public static void MapOfficeReview(this WebApplication app)
    {
        app.UseHardening(); // + the warning when the local server listens on plain HTTP off this machine
        app.UseOfficeReviewMiddleware(hardening: false);
        app.MapOfficeReviewRoutes();
        app.MapAddinFiles(); // the pane's static files: the local host only (Azure: static hosting, docs/deploy-azure.md)
    }

    /// <summary>
    /// The middleware of every route, in both hosts: Host/Origin checks and security headers first; then sign-in, the
    /// access gate of every route and the request log; then the request limits, which partition by the signed-in user.
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
        var routes = app.MapGroup("").AddEndpointFilter(AuditFilter.InvokeAsync);
        routes.MapHealthApi();
        routes.MapValidationApi();
        routes.MapReviewFormApi();
        routes.MapDocumentApi();
        routes.MapWorkbookApi();
        routes.MapReportCheckApi();
        routes.MapCampaignApi();
        routes.MapFormApi();
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
