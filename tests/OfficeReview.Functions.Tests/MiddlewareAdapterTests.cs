using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// ServiceMiddleware as the worker runs it: an invocation's FunctionContext carrying the ASP.NET Core HttpContext
/// (under the key the ASP.NET Core integration uses), the function's name picking its route.
/// </summary>
public sealed class MiddlewareAdapterTests : IDisposable
{
    private readonly Worker _worker = new();

    public void Dispose() => _worker.Dispose();

    [Fact]
    public async Task An_invocation_runs_the_middleware_then_the_function_of_its_route()
    {
        var admin = _worker.Token("lan.admin", Roles.Admin);
        var http = _worker.Request("POST", "/api/campaigns", """{"id":"qua-fn","year":2025}""", admin);
        var invocation = new Invocation("Campaigns", http, _worker.Services);
        var ran = 0;
        await _worker.Middleware.Invoke(invocation, async _ => { ran++; await _worker.Functions.Campaigns(http.Request); });
        Assert.Equal(1, ran);
        Assert.Equal(201, http.Response.StatusCode);
        Assert.Equal("api/campaigns", (http.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText?.Trim('/'));
    }

    [Fact]
    public async Task An_invocation_without_sign_in_stops_before_the_function()
    {
        var http = _worker.Request("GET", "/api/users");
        var ran = false;
        await _worker.Middleware.Invoke(new Invocation("Users", http, _worker.Services), _ => { ran = true; return Task.CompletedTask; });
        Assert.False(ran);
        Assert.Equal(401, http.Response.StatusCode);
    }

    [Fact]
    public async Task A_function_that_is_not_a_route_passes_through_untouched()
    {
        var http = _worker.Request("GET", "/api/users");
        var ran = false;
        await _worker.Middleware.Invoke(new Invocation("NotAnHttpRoute", http, _worker.Services), _ => { ran = true; return Task.CompletedTask; });
        Assert.True(ran);
        Assert.Equal(200, http.Response.StatusCode); // nothing written by the middleware
        Assert.Null(http.GetEndpoint());
    }

    /// <summary>A FunctionContext as the worker builds one for an HTTP invocation (only what the middleware reads).</summary>
    private sealed class Invocation(string name, HttpContext http, IServiceProvider services) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString();
        public override string FunctionId { get; } = name;
        public override TraceContext TraceContext => throw new NotSupportedException();
        public override BindingContext BindingContext => throw new NotSupportedException();
        public override RetryContext RetryContext => throw new NotSupportedException();
        public override IServiceProvider InstanceServices { get; set; } = services;
        public override FunctionDefinition FunctionDefinition { get; } = new Definition(name);
        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };
        public override IInvocationFeatures Features => throw new NotSupportedException();
        public override CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override string PathToAssembly => typeof(ApiFunctions).Assembly.Location;
        public override string EntryPoint => $"OfficeReview.Functions.ApiFunctions.{name}";
        public override string Id => name;
        public override string Name => name;
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
