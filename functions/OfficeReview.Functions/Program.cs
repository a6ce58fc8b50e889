using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OfficeReview.Service.Hosting;
using OfficeReview.Service.Hosting.Observability;

namespace OfficeReview.Functions;

/// <summary>
/// The Azure Functions isolated worker (ASP.NET Core integration). It runs only under the Functions host, which starts
/// it and hands it its endpoint (docs/deploy-azure.md); tests build it without the host (<see cref="Configure"/>).
/// </summary>
public static class WorkerProgram
{
    public static async Task Main(string[] args)
    {
        // As in the local host: submissions block pool threads in fsync and short SQLite reads.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
        var builder = FunctionsApplication.CreateBuilder(args);
        Configure(builder);
        await builder.Build().RunAsync();
    }

    /// <summary>The worker's services and middleware: the service's own (<see cref="ServiceHost.AddOfficeReview"/>).</summary>
    public static void Configure(FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.AddOfficeReview();
        // Traces and logs of the worker (the service's own spans come with AddOfficeReview): the Functions worker's
        // OpenTelemetry defaults, and Azure Monitor's exporter when the connection string is set (host.json
        // telemetryMode "OpenTelemetry" makes the Functions host export its own the same way).
        var otel = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[Telemetry.AzureMonitorKey]))
            otel.UseAzureMonitorExporter(o => o.ConnectionString = builder.Configuration[Telemetry.AzureMonitorKey]);
        builder.Services.AddRouting();
        builder.Services.AddSingleton<ServiceRoutes>();
        builder.Services.AddSingleton<ServiceMiddleware>();
        builder.UseMiddleware<ServiceMiddleware>();
    }
}
