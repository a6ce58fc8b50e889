using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Functions;

/// <summary>
/// The local host's endpoints, built once in the worker from the same <see cref="ServiceHost.MapOfficeReviewRoutes"/>:
/// each function hands its request to the endpoint of its route and method, so the parameter binding, the handler,
/// the audit filter and the results are the local host's own — one implementation of each route, two hosts.
/// </summary>
public sealed class ServiceRoutes
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<Endpoint> _all = [];

    private sealed record Entry(RouteEndpoint Endpoint, TemplateMatcher Matcher);

    public ServiceRoutes(IServiceProvider services)
    {
        var table = new EndpointTable(services);
        table.MapOfficeReviewRoutes();
        Endpoints = table.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();
        foreach (var endpoint in Endpoints)
        {
            var route = Route(endpoint);
            var matcher = new TemplateMatcher(TemplateParser.Parse(route), new RouteValueDictionary(endpoint.RoutePattern.Defaults));
            foreach (var method in Methods(endpoint))
                _byKey[Key(method, route)] = new Entry(endpoint, matcher);
            _all.Add(endpoint);
        }
    }

    /// <summary>Every endpoint of the service (the local host's route table without the pane's static files).</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints { get; }

    /// <summary>A route as Azure Functions writes it with an empty routePrefix: the pattern without its leading '/'.</summary>
    public static string Route(RouteEndpoint endpoint) => (endpoint.RoutePattern.RawText ?? "").Trim('/');

    public static IReadOnlyList<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Key(string method, string route) => $"{method.ToUpperInvariant()} {route}";

    /// <summary>
    /// Sets the request's endpoint and route values for the function's route (what routing does in the local host), so
    /// that the middleware (access gate, request log, limits) and the handler see the same request in both hosts.
    /// Returns null when the route has no endpoint for the request's method.
    /// </summary>
    public RouteEndpoint? Prepare(HttpContext context, string route)
    {
        if (context.GetEndpoint() is RouteEndpoint current && _all.Contains(current)) return current;
        var method = HttpMethods.IsHead(context.Request.Method) ? HttpMethods.Get : context.Request.Method;
        if (!_byKey.TryGetValue(Key(method, route), out var entry)) return null;
        var values = new RouteValueDictionary();
        if (!entry.Matcher.TryMatch(context.Request.Path, values)) return null;
        context.SetEndpoint(entry.Endpoint);
        context.Request.RouteValues = values;
        return entry.Endpoint;
    }

    /// <summary>
    /// Runs the route's handler (the local host's endpoint) for this request. The handler writes the response itself;
    /// the function's result (an <see cref="EmptyResult"/>, which writes nothing) gives the function its http output.
    /// </summary>
    public async Task<IActionResult> InvokeAsync(HttpRequest request, string route)
    {
        var endpoint = Prepare(request.HttpContext, route);
        if (endpoint?.RequestDelegate is { } handler) await handler(request.HttpContext);
        else request.HttpContext.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        return s_handled;
    }

    private static readonly EmptyResult s_handled = new();

    /// <summary>An endpoint route builder without a server: it only collects the endpoints.</summary>
    private sealed class EndpointTable(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider { get; } = services;
        public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();
        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
    }
}
