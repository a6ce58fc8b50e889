using OfficeReview.Service.Features.Microsoft365;
using OfficeReview.Service.Api;
using OfficeReview.Service.Features.Addin;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Documents;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Features.ReviewForms;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Hosting;

/// <summary>Builds the web host: the local server on http://localhost:7071 and the Azure Functions custom handler.</summary>
public static class ServiceHost
{
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

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

    public static void AddOfficeReview(this WebApplicationBuilder builder)
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
        // Host/Origin checks and security headers first; then sign-in, the access gate of every route and the request
        // log; then the request limits, which partition by the signed-in user. Every route below is audited.
        app.UseHardening();
        app.UseOfficeReviewAuth();
        app.UseRequestLimits();
        var routes = app.MapGroup("").AddEndpointFilter(AuditFilter.InvokeAsync);
        routes.MapHealthApi();
        routes.MapValidationApi();
        routes.MapReviewFormApi();
        routes.MapDocumentApi();
        routes.MapWorkbookApi();
        app.MapAddinFiles();
        routes.MapReportCheckApi();
        routes.MapCampaignApi();
        routes.MapMicrosoft365Api();
        routes.MapAuthApi();
        routes.MapAuditApi();
    }

    // Azure Functions hands the custom handler its port; otherwise --urls / ASPNETCORE_URLS, else localhost:7071.
    private static void ConfigureUrls(WebApplicationBuilder builder)
    {
        var port = Environment.GetEnvironmentVariable(CustomHandlerPortVariable);
        if (!string.IsNullOrWhiteSpace(port) && int.TryParse(port, out var p))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{p}");
            return;
        }
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(AddinHttps.DefaultUrl(builder.Configuration));
    }
}
