using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Functions;

/// <summary>
/// The local host's middleware around every HTTP function: the request id and the request log, hardening (exception
/// handler, security headers, Host and cross-site checks, JSON content type), sign-in with the access gate, and the
/// request limits —
/// the same ASP.NET Core middleware (<see cref="ServiceHost.UseOfficeReviewMiddleware"/>), run on the ASP.NET Core
/// HttpContext that ConfigureFunctionsWebApplication gives each invocation, with the function as its last step.
/// </summary>
public sealed class ServiceMiddleware : IFunctionsWorkerMiddleware
{
    private static readonly object s_functionKey = new();
    private readonly ServiceRoutes _routes;
    private readonly RequestDelegate _pipeline;

    public ServiceMiddleware(IServiceProvider services, ServiceRoutes routes)
    {
        _routes = routes;
        var app = new ApplicationBuilder(services);
        app.UseOfficeReviewMiddleware();
        app.Run(context => ((Func<Task>)context.Items[s_functionKey]!)());
        _pipeline = app.Build();
    }

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null || !ApiFunctions.Routes.TryGetValue(context.FunctionDefinition.Name, out var route)) return next(context);
        return RunAsync(http, route, () => next(context));
    }

    /// <summary>Runs the middleware for a request of the given function route, then the function.</summary>
    public Task RunAsync(HttpContext http, string route, Func<Task> function)
    {
        _routes.Prepare(http, route);
        http.Items[s_functionKey] = function;
        return _pipeline(http);
    }
}
