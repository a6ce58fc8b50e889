// Cold start: the time from process start to the first answered request.
//
//   service [--dll PATH] [--runs N] [--warm]   starts `dotnet PATH --urls http://127.0.0.1:<free port>` N times (each on
//                                              a fresh data folder, or with --warm on one folder already initialised) and
//                                              polls GET /api/health every 2 ms until it answers 200.
//   worker [--dll PATH] [--runs N] [--warm]    starts PATH (this harness, default) in "worker-child" mode N times: the
//                                              child builds the Functions worker exactly as its Program does (services,
//                                              middleware, endpoints; no Functions host, which cannot run here) and
//                                              answers one GET /api/health through the Health function and the
//                                              middleware, then prints its answer. The parent times process start → answer.
//
// Prints each run and the median, min and max in ms.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Functions;

if (args.Length > 0 && args[0] == "worker-child") return await WorkerChild(args[1]);
if (args.Length > 0 && args[0] == "phases") return await Phases(args.Length > 1 ? args[1] : null);

var mode = args.Length > 0 ? args[0] : "service";
var dll = Option("--dll");
var runs = int.TryParse(Option("--runs"), out var r) ? r : 7;
var warm = args.Contains("--warm");
dll ??= mode == "service"
    ? Path.Combine(AppContext.BaseDirectory, "OfficeReview.Service.dll")
    : Path.Combine(AppContext.BaseDirectory, "OfficeReview.Bench.ColdStart.dll");
if (!File.Exists(dll)) { Console.Error.WriteLine($"not found: {dll}"); return 2; }

var warmFolder = warm ? Directory.CreateTempSubdirectory("officereview-cold-").FullName : null;
if (warmFolder is not null) await Once(warmFolder); // initialise it (first start: admin, key, SQLite files)
var times = new List<double>();
var cpus = new List<double>();
for (var i = 0; i < runs; i++)
{
    var folder = warmFolder ?? Directory.CreateTempSubdirectory("officereview-cold-").FullName;
    var (ms, cpu) = await Once(folder);
    times.Add(ms);
    cpus.Add(cpu);
    Console.WriteLine($"run {i + 1}: {ms:0} ms wall, {cpu:0} ms CPU");
    if (warmFolder is null) Delete(folder);
}
times.Sort();
cpus.Sort();
Console.WriteLine($"{mode} ({(warm ? "warm data folder" : "first start")}, {dll}): " +
    $"wall median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}); CPU median {cpus[cpus.Count / 2]:0} ms (min {cpus[0]:0}) over {runs} runs");
if (warmFolder is not null) Delete(warmFolder);
return 0;

static void Delete(string folder)
{
    try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}

// Wall time from Process.Start to the answer, and the CPU time (user + system) the process had used by then: on a
// shared machine the wall time depends on the other load, the CPU time much less.
async Task<(double Wall, double Cpu)> Once(string folder)
{
    if (mode == "worker")
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll!); start.ArgumentList.Add("worker-child"); start.ArgumentList.Add(folder);
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var line = await p.StandardOutput.ReadLineAsync();
        var elapsed = sw.Elapsed.TotalMilliseconds;
        var cpu = p.TotalProcessorTime.TotalMilliseconds;
        p.StandardInput.Close();
        await p.WaitForExitAsync();
        if (line != "200") throw new InvalidOperationException($"worker child answered {line}");
        return (elapsed, cpu);
    }
    var port = FreePort();
    var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    info.ArgumentList.Add(dll!); info.ArgumentList.Add("--urls"); info.ArgumentList.Add($"http://127.0.0.1:{port}");
    info.Environment["Storage__DataFolder"] = folder;
    info.Environment["Logging__LogLevel__Default"] = "Warning";
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(info)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{port}/api/health");
                if (response.StatusCode == HttpStatusCode.OK) return (watch.Elapsed.TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { } // accepted but not answered within the client timeout: poll again
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode}");
            await Task.Delay(2);
        }
        throw new TimeoutException("no answer in 60 s");
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static int FreePort()
{
    using var l = new TcpListener(IPAddress.Loopback, 0);
    l.Start();
    return ((IPEndPoint)l.LocalEndpoint).Port;
}

// Where the local host's start goes, in this process: `phases` (prints each step's wall and CPU time).
static async Task<int> Phases(string? given)
{
    var folder = given ?? Directory.CreateTempSubdirectory("officereview-cold-").FullName;
    var port = FreePort();
    var wall = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    void Step(string name)
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"{name,-34} {wall.Elapsed.TotalMilliseconds,7:0} ms wall (+{(now - cpu).TotalMilliseconds,4:0} ms CPU)");
        cpu = now;
    }
    Step("process start → Main (this mode)");
    var app = OfficeReview.Service.Hosting.ServiceHost.Build(["--urls", $"http://127.0.0.1:{port}", "--Storage:DataFolder=" + folder, "--Logging:LogLevel:Default=Warning"]);
    Step("ServiceHost.Build");
    if (Environment.GetEnvironmentVariable("COLDSTART_DETAIL") == "1")
    {
        app.Services.GetRequiredService<OfficeReview.Service.Features.Identity.LocalTokens>();
        Step("  LocalTokens (signing key)");
        var sec = app.Services.GetRequiredService<OfficeReview.Service.Features.Identity.ISecurityStore>();
        await sec.CountUsersAsync(default);
        Step("  ISecurityStore + CountUsers");
        app.Services.GetRequiredService<OfficeReview.Service.Features.Audit.AuditLog>();
        Step("  AuditLog");
        app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>().GetAllKeys();
        Step("  DataProtection keys");
        app.Services.GetRequiredService<OfficeReview.Service.Features.Campaigns.ICampaignStore>();
        Step("  ICampaignStore");
    }
    await app.StartAsync();
    Step("StartAsync (hosted services)");
    using var client = new HttpClient();
    var r1 = await client.GetAsync($"http://127.0.0.1:{port}/api/health");
    Step($"first GET /api/health ({(int)r1.StatusCode})");
    var r2 = await client.GetAsync($"http://127.0.0.1:{port}/api/auth/config");
    Step($"then GET /api/auth/config ({(int)r2.StatusCode})");
    await app.StopAsync();
    if (given is null) Directory.Delete(folder, true);
    return 0;
}

// The worker as its Program builds it, then one request through the middleware and the Health function.
static async Task<int> WorkerChild(string folder)
{
    var builder = FunctionsApplication.CreateBuilder([]);
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = folder, ["Logging:LogLevel:Default"] = "Warning" });
    WorkerProgram.Configure(builder);
    using var host = builder.Build();
    var functions = ActivatorUtilities.CreateInstance<ApiFunctions>(host.Services);
    var middleware = host.Services.GetRequiredService<ServiceMiddleware>();
    var context = new DefaultHttpContext { RequestServices = host.Services.CreateScope().ServiceProvider };
    context.Request.Method = "GET";
    context.Request.Scheme = "http";
    context.Request.Host = new HostString("localhost");
    context.Request.Path = "/api/health";
    context.Response.Body = new MemoryStream();
    await middleware.RunAsync(context, ApiFunctions.R.Health, () => functions.Health(context.Request));
    Console.WriteLine(context.Response.StatusCode);
    Console.Out.Flush();
    await Console.In.ReadLineAsync(); // stay alive until the parent has read this process's CPU time
    return 0;
}
