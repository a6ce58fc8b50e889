using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OfficeReview.Service.Tests;

/// <summary>The built service, started as a real process on loopback, answers over HTTP.</summary>
public class HostingTests
{
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string ServiceDll => Path.Combine(AppContext.BaseDirectory, "OfficeReview.Service.dll");

    internal static Process Start(IDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServiceDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task<HttpResponseMessage> WaitForHealth(HttpClient client, string baseUrl, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, "the service exited before answering");
            try
            {
                var response = await client.GetAsync($"{baseUrl}/api/health");
                if (response.IsSuccessStatusCode) return response;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the service did not answer /api/health");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task ListensOnTheGivenUrls()
    {
        var port = FreePort();
        using var data = new TempFolder();
        using var process = Start(new Dictionary<string, string> { ["Storage__DataFolder"] = data.Path }, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient();
            var response = await WaitForHealth(client, $"http://127.0.0.1:{port}", process);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task DotnetRunResolvesRelativeFilesFromTheCallersFolder()
    {
        using var temp = new TempFolder();
        temp.File("vi-du.json", Samples.ExampleJson);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "run", "--project", RepoPaths.Of("functions", "OfficeReview.Service"), "-c", configuration, "--no-build", "--", "validate", "vi-du.json" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 1, output + error);
        Assert.Contains("3 lỗi", output);
    }
}
