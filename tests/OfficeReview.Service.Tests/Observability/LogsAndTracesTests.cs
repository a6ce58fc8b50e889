using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Hosting.Observability;
using OfficeReview.Service.Tests.Campaigns;
using OpenTelemetry.Trace;

namespace OfficeReview.Service.Tests.Observability;

/// <summary>
/// The service's logs and traces through the app's real logging pipeline (an in-memory provider beside the default
/// ones) and OpenTelemetry (the in-memory exporter): request, refusal, merge and decision events with their values, and
/// no member's name, citizen-id number or file name in any log line — though the workbooks sent carry them.
/// </summary>
public sealed class LogsAndTracesTests : IDisposable
{
    private const string Planted = "Đặng Thị Huyền Trang";
    private const string CitizenId = "079203004567";
    private const string FileName = "kiem-diem Đặng Thị Huyền Trang 079203004567.xlsx";

    private readonly InMemoryLogs _logs = new();
    private readonly List<Activity> _spans = [];
    private readonly CampaignApp _app;

    public LogsAndTracesTests()
    {
        _app = new CampaignApp(new Dictionary<string, string> { ["Limits:MaxInputBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            b => b.ConfigureTestServices(s =>
            {
                s.AddSingleton<ILoggerProvider>(_logs);
                s.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(_spans));
            }));
    }

    public void Dispose() => _app.Dispose();

    /// <summary>A unit's report whose first member is the planted person, with an impossible score (a finding about them).</summary>
    private static (string Leaf, UnitReport Report, Domain.Synthetic.SyntheticProvince Province) PlantedReport()
    {
        var p = CampaignTestData.Province(units: 8, members: 80);
        var leaf = p.Units.First(u => u.MemberList is { Count: > 0 } && u.Unit.Parent is not null);
        var members = leaf.MemberList!.ToList();
        members[0] = members[0] with { Name = Planted, Note = "CCCD " + CitizenId, GeneralScore = 45m, TaskScore = 90m };
        return (leaf.Unit.Code, leaf with { MemberList = members }, p);
    }

    /// <summary>The workbook without its workbook part: a zip Excel cannot open, still holding the member list's strings.</summary>
    private static byte[] Broken(byte[] workbook)
    {
        using var ms = new MemoryStream();
        ms.Write(workbook);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
            zip.GetEntry("xl/workbook.xml")!.Delete();
        return ms.ToArray();
    }

    private static HttpContent File(byte[] content) => CampaignTestData.File(content, FileName);

    [Fact]
    public async Task Uploads_of_bad_workbooks_are_logged_by_code_and_size_and_no_personal_data_reaches_any_log_line()
    {
        var (leaf, report, p) = PlantedReport();
        var workbook = UnitWorkbookWriter.Write(report);
        var client = _app.Client;

        // A readable workbook with an error about the planted member: the answer names them, the logs must not.
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = File(workbook) })
        {
            request.Headers.Add("X-Request-Id", "kiem-tra-42");
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Planted, body);
            Assert.Equal("kiem-tra-42", response.Headers.GetValues(RequestTelemetry.RequestIdHeader).Single());
        }

        // The same workbook broken: refused (422) with the reader's code.
        var broken = await client.PostAsync("/api/validate", File(Broken(workbook)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        var brokenId = broken.Headers.GetValues(RequestTelemetry.RequestIdHeader).Single();

        // Over the size bound (Limits:MaxInputBytes = 2 MB).
        var large = await client.PostAsync("/api/validate", File(new byte[3 * 1024 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        var problem = JsonDocument.Parse(await large.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(large.Headers.GetValues(RequestTelemetry.RequestIdHeader).Single(), problem.GetProperty("traceId").GetString());

        // Into a campaign: the broken workbook is refused for the unit, then every unit submits and the parent merges.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        var refused = await client.PostAsync($"/api/campaigns/c1/units/{leaf}/submissions", File(Broken(workbook)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/c1/units/{leaf}/submissions", File(workbook))).StatusCode);
        var merge = await client.PostAsync("/api/merge", CampaignTestData.Form((CampaignTestData.Json(report), FileName.Replace(".xlsx", ".json"))));
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);

        var records = _logs.Records;
        // Nothing personal in any record of any category (the app's and the framework's).
        foreach (var r in records)
        {
            var text = r.AllText;
            Assert.False(text.Contains(Planted, StringComparison.OrdinalIgnoreCase) || text.Contains(Planted.Normalize(NormalizationForm.FormD), StringComparison.OrdinalIgnoreCase),
                $"member name in {r.Category}: {r.Message}");
            Assert.False(text.Contains(CitizenId), $"citizen id in {r.Category}: {r.Message}");
            Assert.False(text.Contains("kiem-diem", StringComparison.OrdinalIgnoreCase), $"file name in {r.Category}: {r.Message}");
            Assert.DoesNotContain("test-admin", text); // the signed-in user appears as a pseudonymous id only
        }

        // Requests: method, route template, status, role, request id.
        var requests = records.Where(r => r.Event.Name == "Request").ToList();
        var first = Assert.Single(requests, r => (string?)r["RequestId"] == "kiem-tra-42");
        Assert.Equal("/api/validate", first["Route"]);
        Assert.Equal(200, first["Status"]);
        Assert.Equal("admin*", first["Role"]);
        Assert.Contains(requests, r => (string?)r["Route"] == "/api/campaigns/{id}/units/{unit}/submissions" && (int?)r["Status"] == 422);

        // Refusals: a reason code, the bound, the size — by request id.
        var rejected = records.Where(r => r.Event.Name == "InputRejected").ToList();
        var unreadable = Assert.Single(rejected, r => (string?)r["RequestId"] == brokenId);
        Assert.Matches("^[A-Z][A-Z_]+$", (string)unreadable["Reason"]!);
        Assert.Equal("xlsx", unreadable["FileType"]);
        Assert.True((long)unreadable["SizeBytes"]! > 0);
        var tooLarge = Assert.Single(rejected, r => (string?)r["Reason"] == "INPUT_TOO_LARGE");
        Assert.Equal("Limits:MaxInputBytes", tooLarge["Bound"]);
        Assert.Equal((2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), tooLarge["Limit"]);
        Assert.Equal(3L * 1024 * 1024, tooLarge["SizeBytes"]);
        Assert.Contains(rejected, r => (string?)r["Route"] == "/api/campaigns/{id}/units/{unit}/submissions" && (int?)r["Status"] == 422);

        // The merge of files: units, members, outcome.
        var merged = Assert.Single(records, r => r.Event.Name == "Merge");
        Assert.Equal("files", merged["Kind"]);
        Assert.Equal((long)report.MemberList!.Count, merged["Members"]);
        Assert.Equal("errors", merged["Outcome"]);
    }

    [Fact]
    public async Task A_campaign_merge_makes_its_spans_under_the_request_and_logs_units_members_and_decisions_by_pseudonym()
    {
        var p = CampaignTestData.Province(units: 10, members: 90);
        var client = _app.Client;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        foreach (var report in p.Units.Skip(1))
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/c1/units/{report.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(report), "bc.json"))).StatusCode);
        var leaf = p.Units.Skip(1).First(u => u.Unit.Parent is not null && u.Unit.Parent != p.Root.Unit.Code);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/decision", new { level = "good", reason = "Thẩm định" })).StatusCode);

        const string trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/campaigns/c1/units/{p.Root.Unit.Code}/merge");
        request.Headers.Add("traceparent", $"00-{trace}-00f067aa0ba902b7-01");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(trace, response.Headers.GetValues(RequestTelemetry.RequestIdHeader).Single()); // the caller's trace is the request id

        var spans = _spans.Where(s => s.TraceId.ToHexString() == trace).ToList();
        var http = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/api/campaigns/{id}/units/{unit}/merge", http.GetTagItem("http.route"));
        Assert.Equal(trace, http.GetTagItem("officereview.request_id"));
        var mergeSpan = Assert.Single(spans, s => s.OperationName == "merge campaign");
        Assert.Equal(http.SpanId, mergeSpan.ParentSpanId);
        Assert.Equal(Telemetry.SourceName, mergeSpan.Source.Name);
        Assert.Equal(p.Root.Unit.Code, mergeSpan.GetTagItem("officereview.unit"));
        Assert.Equal(p.Units.Count, mergeSpan.GetTagItem("officereview.merge.units"));
        var members = Convert.ToInt64(mergeSpan.GetTagItem("officereview.merge.members"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(members > 0);
        foreach (var stage in new[] { "merge read", "merge consolidate", "merge store" })
            Assert.Equal(mergeSpan.SpanId, Assert.Single(spans, s => s.OperationName == stage).ParentSpanId);
        // Submissions were validated under their own requests' spans.
        Assert.Contains(_spans, s => s.OperationName == "validate" && s.Parent is null == false);

        var records = _logs.Records;
        var merged = Assert.Single(records, r => r.Event.Name == "Merge");
        Assert.Equal("campaign", merged["Kind"]);
        Assert.Equal("c1", merged["Campaign"]);
        Assert.Equal(p.Units.Count, merged["Units"]);
        Assert.Equal(members, merged["Members"]);
        var decision = Assert.Single(records, r => r.Event.Name == "Decision");
        Assert.Equal(leaf.Unit.Code, decision["Unit"]);
        Assert.Equal("good", decision["Level"]);
        Assert.Equal(ServiceLog.UserId("test-admin"), decision["UserId"]);
        Assert.Matches("^u-[0-9a-f]{12}$", (string)decision["UserId"]!);
        Assert.DoesNotContain(records, r => r.AllText.Contains("test-admin"));
    }

    [Fact]
    public async Task Sign_in_failures_are_logged_without_the_account_name_or_the_token()
    {
        var anonymous = _app.ClientAs("-", null);
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "nguyen.thi.lan", password = "sai-mat-khau-roi" });
        Assert.NotEqual(HttpStatusCode.OK, login.StatusCode);
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns");
        bad.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(bad)).StatusCode);

        var failures = _logs.Records.Where(r => r.Event.Name == "SignInFailed").ToList();
        Assert.Contains(failures, r => (string?)r["Method"] == "password" && (string?)r["UserId"] == ServiceLog.UserId("nguyen.thi.lan"));
        Assert.Contains(failures, r => ((string)r["Reason"]!).StartsWith("token-", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Records, r => r.AllText.Contains("nguyen.thi.lan") || r.AllText.Contains("c2lnbmF0dXJl"));
    }

    [Fact]
    public void Migrations_at_start_are_logged()
    {
        _ = _app.Client; // started
        Assert.Contains(_logs.Records, r => r.Event.Name == "Migrations");
    }
}
