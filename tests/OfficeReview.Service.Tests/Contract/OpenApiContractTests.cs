using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Tests.Contract;

/// <summary>The OpenAPI document is the HTTP contract: the committed copy is the code's, and every route is in it.</summary>
public class OpenApiContractTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Regenerate = "dotnet run --project functions/OfficeReview.Service -p:BuildAddin=false -- openapi docs/openapi.json";

    private static readonly Lazy<Task<string>> s_document = new(() => OpenApiContract.BuildDocumentAsync());

    [Fact]
    public async Task The_committed_document_is_the_one_the_code_describes()
    {
        var code = await s_document.Value;
        var path = RepoPaths.Of("docs", "openapi.json");
        Assert.True(File.Exists(path), $"docs/openapi.json is missing. Write it with: {Regenerate}");
        var committed = (await File.ReadAllTextAsync(path)).Replace("\r\n", "\n");
        if (committed == code) return;
        var a = committed.Split('\n');
        var b = code.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        Assert.Fail($"docs/openapi.json differs from the routes in the code (first at line {line + 1}:\n  committed: {(line < a.Length ? a[line].Trim() : "(end)")}\n  code:      {(line < b.Length ? b[line].Trim() : "(end)")}).\n"
            + $"Regenerate it with: {Regenerate}\nand commit it; then regenerate the add-in's types: cd addin && npm run generate:api.");
    }

    [Fact]
    public async Task Every_route_has_an_operation_with_a_vietnamese_summary_a_typed_answer_and_the_problem_shape()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && (p.StartsWith("/api/", StringComparison.Ordinal) || p.StartsWith("/auth/", StringComparison.Ordinal)))
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/api/openapi", StringComparison.Ordinal) && !e.RoutePattern.RawText!.StartsWith(OpenApiContract.ReferencePath, StringComparison.Ordinal))
            .ToList();
        Assert.True(endpoints.Count >= 55, $"only {endpoints.Count} routes found");
        var paths = JsonDocument.Parse(await s_document.Value).RootElement.GetProperty("paths");
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!.Replace(":long}", "}", StringComparison.Ordinal).Replace("?}", "}", StringComparison.Ordinal);
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods)
            {
                var key = $"{method} {route}";
                if (!paths.TryGetProperty(route, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var op)) { problems.Add($"{key}: not in the document"); continue; }
                if (!op.TryGetProperty("summary", out var summary) || !summary.GetString()!.Any(c => c > 127)) problems.Add($"{key}: no Vietnamese summary");
                if (!op.TryGetProperty("operationId", out _)) problems.Add($"{key}: no operationId");
                var responses = op.GetProperty("responses");
                var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2') || r.Name.StartsWith('3')).ToList();
                if (success.Count == 0) problems.Add($"{key}: no success answer");
                else if (!success.Any(r => r.Name is "204" or "302" || r.Value.TryGetProperty("content", out _))) problems.Add($"{key}: success answer without a type");
                foreach (var status in new[] { "401", "403", "500" })
                    if (!responses.TryGetProperty(status, out var r) || !r.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()!.EndsWith("/ApiProblem", StringComparison.Ordinal))
                        problems.Add($"{key}: {status} is not an ApiProblem");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Bodies_are_described_as_json_multipart_or_raw_files()
    {
        var paths = JsonDocument.Parse(await s_document.Value).RootElement.GetProperty("paths");
        var validate = paths.GetProperty("/api/validate").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", validate.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.True(validate.TryGetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out _));
        var create = paths.GetProperty("/api/campaigns").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.EndsWith("/CampaignCreateRequest", create.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var merge = paths.GetProperty("/api/merge").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("array", merge.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("files").GetProperty("type").GetString());
        var template = paths.GetProperty("/api/templates/{name}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("binary", template.GetProperty(OpenApiContract.Xlsx).GetProperty("schema").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_service_serves_the_document_and_its_reference_page_to_signed_in_users_only()
    {
        using var admin = factory.CreateClient();
        using var clerk = factory.CreateClient();
        clerk.DefaultRequestHeaders.Authorization = TestAuth.Bearer(TestAuth.Token("clerk", "clerk", unit: "X"));
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var served = await clerk.GetAsync(OpenApiContract.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var doc = JsonDocument.Parse(await served.Content.ReadAsStringAsync()).RootElement;
        var committed = JsonDocument.Parse(await s_document.Value).RootElement;
        Assert.Equal(committed.GetProperty("paths").EnumerateObject().Select(p => p.Name), doc.GetProperty("paths").EnumerateObject().Select(p => p.Name));

        // The page and every file it loads, for a signed-in user who is no admin (the page loads nothing from elsewhere).
        var page = await clerk.GetAsync(OpenApiContract.ReferencePath + "/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("api/openapi/v1.json", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var file in new[] { "scalar.js", "scalar.aspnetcore.js", "favicon.svg" })
            Assert.True((await clerk.GetAsync($"{OpenApiContract.ReferencePath}/{file}")).StatusCode == HttpStatusCode.OK, file);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(OpenApiContract.DocumentPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(OpenApiContract.ReferencePath + "/")).StatusCode);
        // Other pages keep the strict policy.
        Assert.DoesNotContain("'unsafe-inline'", (await admin.GetAsync("/api/health")).Headers.GetValues("Content-Security-Policy").Single().Split("; ").Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
    }
}
