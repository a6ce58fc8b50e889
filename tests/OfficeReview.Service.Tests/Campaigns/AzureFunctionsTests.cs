using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// functions/host.json + functions/*/function.json describe the service as an Azure Functions custom handler: the
/// built executable, started with FUNCTIONS_CUSTOMHANDLER_PORT, answers every declared route, and every API route of
/// the app is declared.
/// </summary>
public partial class AzureFunctionsTests
{
    public sealed record FunctionRoute(string Function, string Route, IReadOnlyList<string> Methods, string AuthLevel);

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    private static string Normalize(string route) => Parameter().Replace(route.Trim('/').ToLowerInvariant(), "{}");

    public static IReadOnlyList<FunctionRoute> Declared()
    {
        var list = new List<FunctionRoute>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Of("functions"), "function.json", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var bindings = doc.RootElement.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
            list.Add(new FunctionRoute(
                Path.GetFileName(Path.GetDirectoryName(file))!,
                "api/" + trigger.GetProperty("route").GetString(),
                trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList(),
                trigger.GetProperty("authLevel").GetString()!));
        }
        return list;
    }

    [Fact]
    public void Host_json_declares_the_custom_handler_with_forwarding_and_the_executable_exists()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("functions", "host.json")));
        var root = doc.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        var executable = handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        // The publish output (and the build output) holds that executable next to the service's dll.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, executable)) || File.Exists(Path.Combine(AppContext.BaseDirectory, executable + ".exe")),
            $"{executable} is not in the service's output folder");
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());

        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("functions", "local.settings.json.example")));
        var values = settings.RootElement.GetProperty("Values");
        Assert.Equal("custom", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("postgres", values.GetProperty("Storage__Provider").GetString());
        Assert.True(values.TryGetProperty("ConnectionStrings__Postgres", out _));
    }

    [Fact]
    public void Every_api_route_of_the_app_has_a_function_json()
    {
        using var factory = new ServiceFactory().WithWebHostBuilder(b => b.UseSetting("Storage:DataFolder", Path.Combine(Path.GetTempPath(), $"officereview-routes-{Guid.NewGuid():N}")));
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        var declared = Declared();
        Assert.Equal(declared.Count, declared.Select(d => Normalize(d.Route)).Distinct().Count());
        var missing = new List<string>();
        foreach (var e in endpoints)
        {
            var route = Normalize(e.RoutePattern.RawText!);
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                if (!declared.Any(d => Normalize(d.Route) == route && d.Methods.Contains(method)))
                    missing.Add($"{method} /{route}");
        }
        Assert.True(missing.Count == 0, "API routes without a function.json: " + string.Join(", ", missing));
        // And nothing declared that the app does not serve.
        var served = endpoints.SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}")).ToHashSet();
        var extra = declared.SelectMany(d => d.Methods.Select(m => $"{m} {Normalize(d.Route)}")).Where(x => !served.Contains(x)).ToList();
        Assert.True(extra.Count == 0, "function.json routes the app does not serve: " + string.Join(", ", extra));
    }

    [Fact]
    public async Task Built_executable_on_the_custom_handler_port_answers_every_declared_route()
    {
        using var data = new TempFolder();
        var port = HostingTests.FreePort();
        using var process = HostingTests.Start(new Dictionary<string, string>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(),
            ["Storage__DataFolder"] = data.Path,
        });
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(TestAuth.TokenFor(data.Path, "test-admin", "admin"));
            await HostingTests.WaitForHealth(client, $"http://127.0.0.1:{port}", process);

            // Real ids for the route parameters: a campaign with a unit, a submission and a merge result.
            var p = CampaignTestData.Province(units: 12, members: 100);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/campaigns", new { id = "az", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
            var leaf = p.Units.Last();
            var submitted = await client.PostAsync($"api/campaigns/az/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(leaf), "a.json"));
            var submission = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
            var merged = await client.PostAsync($"api/campaigns/az/units/{p.Root.Unit.Code}/merge", null);
            var result = merged.Headers.GetValues("X-Result-Id").Single();
            var values = new Dictionary<string, string> { ["id"] = "az", ["unit"] = leaf.Unit.Code, ["submission"] = submission.ToString(), ["result"] = result, ["name"] = "bieu-don-vi", ["kind"] = "bao-cao", ["docId"] = "1" };

            foreach (var function in Declared())
            {
                var path = Parameter().Replace(function.Route, m => values[m.Groups[1].Value]);
                foreach (var method in function.Methods)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    // A route that matched answers; a 404 is only acceptable as the app's own problem (e.g. no workbook yet).
                    var routed = response.StatusCode != HttpStatusCode.NotFound
                        || (response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains("\"title\""));
                    Assert.True(routed, $"{function.Function}: {method} /{path} → {(int)response.StatusCode} {body}");
                    Assert.True((int)response.StatusCode < 500, $"{function.Function}: {method} /{path} → {(int)response.StatusCode} {body}");
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
