using System.Diagnostics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OfficeReview.Service.Hosting.Observability;

/// <summary>
/// Traces (OpenTelemetry), wired in both hosts whatever the configuration: the service's own spans (merges and their
/// stages, validation) from <see cref="Source"/>, incoming requests (ASP.NET Core) and outgoing calls (HttpClient:
/// Microsoft Graph, Entra keys). Exported to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set and over
/// OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (both may be); with neither, spans are made only for what listens
/// (tests add an in-memory exporter). Spans carry the same data as the logs: codes, counts, sizes — no personal data.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "OfficeReview";
    public const string ServiceName = "officereview";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static readonly ActivitySource Source = new(SourceName, typeof(Telemetry).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// Registers tracing. Each host adds its own part: the local host's ASP.NET Core spans and the
    /// Azure Monitor distro (<see cref="AddLocalHostTelemetry"/>), or the Functions worker's defaults and exporter.
    /// </summary>
    public static OpenTelemetryBuilder AddOfficeReviewTelemetry(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t.AddSource(SourceName).AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(config[OtlpKey]))
        {
            // The OTLP exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS, _PROTOCOL) itself.
            otel.WithTracing(t => t.AddOtlpExporter()).WithLogging(l => l.AddOtlpExporter());
        }
        return otel;
    }

    /// <summary>The local host's part: ASP.NET Core request spans; Azure Monitor (traces, logs, metrics) when its connection string is set.</summary>
    public static void AddLocalHostTelemetry(this OpenTelemetryBuilder otel, IConfiguration config)
    {
        otel.WithTracing(t => t.AddAspNetCoreInstrumentation(o =>
        {
            // The pane's static files are not worth a span each.
            o.Filter = c => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/auth");
            o.RecordException = false; // exception messages may quote an input; the request log has the request id
        }));
        if (!string.IsNullOrWhiteSpace(config[AzureMonitorKey]))
            otel.UseAzureMonitor(o => o.ConnectionString = config[AzureMonitorKey]);
    }

    /// <summary>Tags of a span for a campaign and a unit (codes of the unit tree, not people).</summary>
    public static Activity? Start(string name, string? campaign = null, string? unit = null)
    {
        var a = Source.StartActivity(name);
        if (a is null) return null;
        if (campaign is not null) a.SetTag("officereview.campaign", campaign);
        if (unit is not null) a.SetTag("officereview.unit", unit);
        return a;
    }
}
