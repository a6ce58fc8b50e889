using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// The worker as Program builds it (its services, middleware and functions) over a temporary SQLite data folder, built
/// but not run: running needs the Azure Functions host, which cannot run here.
/// </summary>
public sealed class Worker : IDisposable
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("officereview-worker-").FullName;
    public IHost Host { get; }
    public IServiceProvider Services => Host.Services;
    public ApiFunctions Functions { get; }
    public ServiceMiddleware Middleware { get; }

    /// <param name="configure">Changes after the worker's own configuration (tests add an in-memory log provider or exporter).</param>
    public Worker(Action<FunctionsApplicationBuilder>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = DataFolder });
        WorkerProgram.Configure(builder);
        configure?.Invoke(builder);
        Host = builder.Build();
        Functions = ActivatorUtilities.CreateInstance<ApiFunctions>(Services);
        Middleware = Services.GetRequiredService<ServiceMiddleware>();
    }

    /// <summary>A bearer token the worker accepts (signed with the key of its data folder, as dev-token does).</summary>
    public string Token(string user, string role) =>
        LocalTokens.LoadOrCreate(LocalTokens.DefaultPath(DataFolder)).Issue(user, user, [new RoleAssignment(role, null, null)], DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

    /// <summary>A request as the ASP.NET Core integration hands it to a function: a real HttpContext on the worker's services.</summary>
    public HttpContext Request(string method, string pathAndQuery, string? json = null, string? token = null, string host = "localhost",
        string contentType = "application/json")
    {
        var context = new DefaultHttpContext { RequestServices = Services.CreateScope().ServiceProvider };
        var q = pathAndQuery.IndexOf('?');
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        context.Request.Path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        context.Request.QueryString = q < 0 ? QueryString.Empty : new QueryString(pathAndQuery[q..]);
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        if (token is not null) context.Request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token).ToString();
        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Request.ContentType = contentType;
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }
        context.Response.Body = new MemoryStream();
        return context;
    }

    public static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEnd();
    }

    public void Dispose()
    {
        Host.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
