using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Hosting.Observability;
using OfficeReview.Service.Tests.Observability;
using OpenTelemetry.Trace;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// The worker logs and traces as the local host does: its TracerProvider listens to the service's ActivitySource, the
/// request log and the request id run in its middleware, and a merge made by its MergeService logs and spans.
/// </summary>
public sealed class WorkerTelemetryTests : IDisposable
{
    private readonly InMemoryLogs _logs = new();
    private readonly List<Activity> _spans = [];
    private readonly Worker _worker;

    public WorkerTelemetryTests()
    {
        _worker = new Worker(b =>
        {
            b.Services.AddSingleton<ILoggerProvider>(_logs);
            b.Services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(_spans));
        });
        // The host is built, not run (that needs the Functions host): the provider its start would make is made here.
        _ = _worker.Services.GetRequiredService<TracerProvider>();
    }

    public void Dispose() => _worker.Dispose();

    [Fact]
    public async Task Requests_are_logged_with_their_id_and_route_template()
    {
        Assert.NotNull(_worker.Services.GetService<TracerProvider>());
        var admin = _worker.Token("lan.admin", Roles.Admin);
        var context = _worker.Request("GET", "/api/campaigns/khong-co", token: admin);
        context.Request.Headers["X-Request-Id"] = "worker-7";
        await _worker.Middleware.RunAsync(context, ApiFunctions.Routes["Campaign"], () => _worker.Functions.Campaign(context.Request));
        Assert.Equal(404, context.Response.StatusCode);
        Assert.Equal("worker-7", context.Response.Headers["X-Request-Id"].ToString());
        Assert.Contains("\"traceId\":\"worker-7\"", Worker.Body(context));

        var request = Assert.Single(_logs.Records, r => r.Event.Name == "Request");
        Assert.Equal("/api/campaigns/{id}", request["Route"]);
        Assert.Equal(404, request["Status"]);
        Assert.Equal("admin*", request["Role"]);
        Assert.Equal("worker-7", request["RequestId"]);
        Assert.DoesNotContain(_logs.Records, r => r.Message.Contains("lan.admin") || r.Message.Contains("khong-co"));
    }

    [Fact]
    public void A_merge_in_the_worker_makes_its_span_and_its_log_event()
    {
        const string report = """
        {
          "schema": "officereview.unit-report/1",
          "year": 2025,
          "unit": { "code": "CB07", "name": "Chi bộ thôn 7", "kind": "chi-bo-co-so", "category": "xa", "parent": "DB01" },
          "members": { "total": 24, "exempt": { "excused": 1 }, "notRated": 0, "rated": 23, "excellent": 3, "good": 16, "complete": 4, "notComplete": 0 }
        }
        """;
        var merge = _worker.Services.GetRequiredService<MergeService>();
        var run = merge.MergeFiles([new MergeSource("cb07.json", () => Encoding.UTF8.GetBytes(report))]);
        Assert.NotNull(run.Result.Report);

        var span = Assert.Single(_spans, s => s.OperationName == "merge files");
        Assert.Equal(Telemetry.SourceName, span.Source.Name);
        Assert.Equal(24L, Convert.ToInt64(span.GetTagItem("officereview.merge.members"), System.Globalization.CultureInfo.InvariantCulture));
        var logged = Assert.Single(_logs.Records, r => r.Event.Name == "Merge");
        Assert.Equal("files", logged["Kind"]);
        Assert.Equal(24L, logged["Members"]);
        Assert.Contains(_spans, s => s.OperationName == "validate" && s.ParentSpanId == span.SpanId);
    }
}
