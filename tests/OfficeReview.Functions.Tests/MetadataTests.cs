using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using OfficeReview.Service.Hosting;
using OfficeReview.Service.Tests;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// The functions.metadata the Functions SDK generates at build (what the Functions host indexes) against the local
/// host's route table, both ways: every route of the local host has a function with the same route and methods, and
/// every function is a route of the local host. Only the pane's static files are left to static hosting.
/// </summary>
public sealed class MetadataTests
{
    /// <summary>The pane's static files: served by the local host, by static hosting in Azure (docs/deploy-azure.md).</summary>
    private static readonly string[] s_staticPane = ["/", "/addin", "/manifest.xml"];

    /// <summary>The OpenAPI document and its reference page: served by the local host only (docs/api.md; the contract is docs/openapi.json).</summary>
    private static bool IsLocalReference(string pattern) =>
        pattern.StartsWith("/api/openapi/", StringComparison.Ordinal) || pattern == OfficeReview.Service.Hosting.OpenApiContract.ReferencePath
        || pattern.StartsWith(OfficeReview.Service.Hosting.OpenApiContract.ReferencePath + "/", StringComparison.Ordinal);

    public sealed record FunctionRoute(string Name, string Route, IReadOnlyList<string> Methods, string AuthLevel, string EntryPoint);

    private static string MetadataPath()
    {
        var configuration = typeof(MetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = RepoPaths.Of("functions", "OfficeReview.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"the worker's build output has no functions.metadata: {path}");
        return path;
    }

    public static IReadOnlyList<FunctionRoute> Declared()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        var list = new List<FunctionRoute>();
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            // The merge by parts (Durable Functions) is not an HTTP route: DurableMetadata checks it.
            if (bindings.Any(b => b.GetProperty("type").GetString() is "orchestrationTrigger" or "activityTrigger")) continue;
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            // The http output: the function's result (the response the handler wrote).
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
            list.Add(new FunctionRoute(
                function.GetProperty("name").GetString()!,
                trigger.GetProperty("route").GetString()!,
                trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList(),
                trigger.GetProperty("authLevel").GetString()!,
                function.GetProperty("entryPoint").GetString()!));
        }
        return list;
    }

    /// <summary>The local host's route table: "METHOD route" (route as Functions writes it, without the leading '/').</summary>
    private static (HashSet<string> Routes, List<string> Static) LocalRoutes()
    {
        using var data = new TempFolder();
        using var app = ServiceHost.Build(["--Storage:DataFolder=" + data.Path, "--urls=http://127.0.0.1:0"]);
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var statics = new List<string>();
        foreach (var e in endpoints)
        {
            var pattern = e.RoutePattern.RawText!;
            if (s_staticPane.Contains(pattern)) { statics.Add(pattern); continue; }
            if (IsLocalReference(pattern)) continue;
            foreach (var method in e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                routes.Add($"{method} {pattern.Trim('/')}");
        }
        return (routes, statics);
    }

    [Fact]
    public void Every_local_route_has_a_function_and_every_function_is_a_local_route()
    {
        var (local, statics) = LocalRoutes();
        Assert.Equal(s_staticPane.Order(), statics.Order()); // the exclusions are the pane's files, nothing else
        Assert.Contains("GET api/health", local);
        Assert.Contains("GET auth/signin", local);

        var declared = Declared();
        var functions = declared.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}")).ToList();
        Assert.Equal(functions.Count, functions.Distinct().Count()); // no route+method declared twice

        var missing = local.Where(r => !functions.Contains(r)).Order().ToList();
        Assert.True(missing.Count == 0, "local routes without a function (add one to functions/OfficeReview.Functions/ApiFunctions.cs): " + string.Join(", ", missing));
        var extra = functions.Where(f => !local.Contains(f)).Order().ToList();
        Assert.True(extra.Count == 0, "functions the local host does not serve: " + string.Join(", ", extra));
    }

    /// <summary>The Durable functions of the merge by parts: one orchestrator, three activities, nothing else.</summary>
    [Fact]
    public void The_merge_by_parts_is_one_orchestrator_and_three_activities()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        var durable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            var types = function.GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("type").GetString()!).ToList();
            if (types.FirstOrDefault(t => t is "orchestrationTrigger" or "activityTrigger") is { } trigger)
                durable[function.GetProperty("name").GetString()!] = trigger;
        }
        Assert.Equal(new Dictionary<string, string>
        {
            [MergeOrchestration.Orchestrator] = "orchestrationTrigger",
            [MergeOrchestration.PlanActivity] = "activityTrigger",
            [MergeOrchestration.PartActivity] = "activityTrigger",
            [MergeOrchestration.TopActivity] = "activityTrigger",
        }.OrderBy(kv => kv.Key), durable.OrderBy(kv => kv.Key));
    }

    /// <summary>The route table's Function column against the functions the worker declares, both ways (name, route, methods).</summary>
    [Fact]
    public void Every_function_of_the_route_table_is_declared_and_every_declared_function_is_in_the_table()
    {
        var table = OfficeReview.Service.Api.ApiRoutes.All.Where(r => r.Function is not null)
            .GroupBy(r => r.Function!)
            .Select(g => $"{g.Key} {g.First().Template.TrimStart('/')} {string.Join(",", g.Select(r => r.Method).Order())}")
            .ToList();
        var declared = Declared().Select(f => $"{f.Name} {f.Route} {string.Join(",", f.Methods.Order())}").ToList();
        var missing = table.Except(declared).Order().ToList();
        Assert.True(missing.Count == 0, "table functions without a [Function] method in functions/OfficeReview.Functions/ApiFunctions.cs (name route methods): " + string.Join("; ", missing));
        var extra = declared.Except(table).Order().ToList();
        Assert.True(extra.Count == 0, "functions the route table does not list: " + string.Join("; ", extra));
    }

    [Fact]
    public void Functions_are_anonymous_and_their_routes_are_the_ones_the_middleware_knows()
    {
        var declared = Declared();
        Assert.Equal(declared.Count, declared.Select(d => d.Name).Distinct().Count());
        foreach (var f in declared)
        {
            // Sign-in and the access gate are the service's own (ServiceMiddleware), as in the local host.
            Assert.Equal("Anonymous", f.AuthLevel);
            Assert.Equal($"OfficeReview.Functions.ApiFunctions.{f.Name}", f.EntryPoint);
            Assert.True(ApiFunctions.Routes.TryGetValue(f.Name, out var route), $"{f.Name} is missing from ApiFunctions.Routes");
            Assert.Equal(f.Route, route);
        }
        Assert.Equal(declared.Count, ApiFunctions.Routes.Count);
    }

    [Fact]
    public void Host_json_serves_routes_at_their_local_paths_and_the_custom_handler_is_gone()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("functions", "OfficeReview.Functions", "host.json")));
        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));

        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("functions", "OfficeReview.Functions", "local.settings.json.example")));
        Assert.Equal("dotnet-isolated", settings.RootElement.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());

        // One Azure path: no custom-handler definitions are left in functions/.
        var leftovers = Directory.EnumerateFiles(RepoPaths.Of("functions"), "function.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.Empty(leftovers);
        Assert.False(File.Exists(RepoPaths.Of("functions", "host.json")));

        // The build output has what the Functions host needs next to the worker.
        var output = Path.GetDirectoryName(MetadataPath())!;
        Assert.True(File.Exists(Path.Combine(output, "host.json")));
        using var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "worker.config.json")));
        Assert.Equal("OfficeReview.Functions.dll", worker.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString());
    }
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("officereview-fn-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
