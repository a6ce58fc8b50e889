using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Service.Api;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Security;

/// <summary>
/// The route table (<see cref="ApiRoutes"/>) against what the service really maps, both ways, and the JSON body rule
/// it drives (Hardening): a route added to the service without its row, or a row left behind, fails here.
/// </summary>
public sealed class RouteTableTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private List<string> Mapped() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();

    [Fact]
    public void Every_mapped_endpoint_is_a_row_of_the_table_and_every_row_is_mapped()
    {
        var mapped = Mapped();
        Assert.Contains("GET /api/health", mapped);
        Assert.Equal(mapped.Count, mapped.Distinct().Count());
        var table = ApiRoutes.All.Select(r => r.Key).ToList();
        var missing = mapped.Except(table).Order().ToList();
        Assert.True(missing.Count == 0, "endpoints without a row in functions/OfficeReview.Service/Api/ApiRoutes.cs: " + string.Join(", ", missing));
        var extra = table.Except(mapped).Order().ToList();
        Assert.True(extra.Count == 0, "rows of the route table the service does not map: " + string.Join(", ", extra));
    }

    [Fact]
    public void Rows_are_unique_and_each_function_serves_one_route()
    {
        Assert.Equal(ApiRoutes.All.Count, ApiRoutes.All.Select(r => r.Key).Distinct().Count());
        foreach (var group in ApiRoutes.All.Where(r => r.Function is not null).GroupBy(r => r.Function))
            Assert.Single(group.Select(r => r.Template).Distinct());
        // A body is a write's; only the pane's static files have no function.
        Assert.All(ApiRoutes.All.Where(r => r.Body != BodyKind.None), r => Assert.NotEqual("GET", r.Method));
        // The local host only: the OpenAPI document and its reference page, and the pane's static files.
        Assert.Equal(["/api/openapi/{documentName}.json", "/api/reference/{documentName?}", "/api/reference/scalar.js", "/api/reference/scalar.aspnetcore.js", "/api/reference/favicon.svg", "/", "/addin", "/manifest.xml"],
            ApiRoutes.All.Where(r => r.Function is null).Select(r => r.Template));
        Assert.Equal(Access.CampaignAdmin, ApiRoutes.Find("POST", "/api/campaigns/{id}/close")!.Access);
        Assert.Equal(ApiRoutes.Find("GET", "/api/health"), ApiRoutes.Find("HEAD", "/api/health"));
        Assert.Null(ApiRoutes.Find("DELETE", "/api/health"));
    }

    /// <summary>Every JSON row refuses text/plain (a cross-site form's type) with 415 before sign-in; a file route does not.</summary>
    [Fact]
    public async Task Json_rows_refuse_text_plain_and_file_rows_do_not()
    {
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        var json = ApiRoutes.All.Where(r => r.Body == BodyKind.Json).ToList();
        Assert.True(json.Count >= 10, $"{json.Count} JSON routes");
        foreach (var row in json)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(row.Template, @"\{[^}]+\}", m => m.Value.Contains(":long") ? "1" : "x");
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), path) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") };
            var response = await anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{row.Key}: {(int)response.StatusCode}");
        }
        using var admin = factory.CreateClient();
        var file = await admin.PostAsync("/api/check-report", new StringContent("Báo cáo", Encoding.UTF8, "text/plain"));
        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, file.StatusCode);
        var unauthenticated = await anonymous.PostAsync("/api/check-report", new StringContent("Báo cáo", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    /// <summary>The table's Audit column: the filter audits writes, not read-only checks, and not what handlers audit themselves.</summary>
    [Fact]
    public async Task The_audit_filter_follows_the_table()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/validate", CampaignTestData.File(Encoding.UTF8.GetBytes(Samples.CleanJson), "a.json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync("/api/users", new StringContent("{\"userName\":\"lan\"}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync("/api/campaigns", new StringContent("{\"id\":\"c1\",\"year\":2025}", Encoding.UTF8, "application/json"))).StatusCode);

        var audit = System.Text.Json.JsonDocument.Parse(await app.Client.GetStringAsync("/api/audit")).RootElement;
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("campaign.create", actions);                  // a write: the filter
        Assert.Single(audit.EnumerateArray(), e => e.GetProperty("target").GetString() == "lan"); // its handler, once (not the filter too)
        Assert.DoesNotContain(actions, a => a!.Contains("validate"));  // a read-only check: nobody
        Assert.DoesNotContain(actions, a => a!.StartsWith("post ", StringComparison.Ordinal));
        Assert.Equal(AuditBy.None, ApiRoutes.Find("POST", "/api/validate")!.Audit);
    }
}
