using System.Diagnostics;
using Azure.Storage.Blobs;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// The Azure Blob Storage emulator of the test run: the Azurite that scripts/test.sh started
/// (OFFICEREVIEW_TEST_AZURITE, a connection string), else one this fixture starts itself with
/// scripts/azurite-test-server.sh (npm package azurite 3.37.0; stopped at the end). Without it the tests fail — never skip.
/// Each test gets its own container.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    public const string Variable = "OFFICEREVIEW_TEST_AZURITE";
    private string? _ownFolder;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }
        _ownFolder = Path.Combine(Path.GetTempPath(), $"officereview-azurite-{Guid.NewGuid():N}");
        var (code, output, error) = await Script("start", _ownFolder);
        if (code != 0)
            throw new InvalidOperationException(
                $"Azurite is required by these tests and could not be started (set {Variable} or install Node.js and npm; scripts/test.sh does both): {error}");
        ConnectionString = output.Trim();
    }

    public async Task DisposeAsync()
    {
        if (_ownFolder is null) return;
        await Script("stop", _ownFolder);
        try { Directory.Delete(_ownFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A fresh container name (created by the store on first use).</summary>
    public static string NewContainer() => $"t{Guid.NewGuid():N}";

    public BlobStorageOptions Options(string container) => new() { ConnectionString = ConnectionString, Container = container };

    /// <summary>A client of the container, pinned to the API version the service uses; extra policies see every request.</summary>
    public BlobContainerClient Container(string name, params Azure.Core.Pipeline.HttpPipelinePolicy[] policies)
    {
        var options = new BlobClientOptions(AzureBlobContent.ApiVersion);
        foreach (var policy in policies) options.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        return new BlobServiceClient(ConnectionString, options).GetBlobContainerClient(name);
    }

    private static async Task<(int Code, string Output, string Error)> Script(string verb, string folder)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(RepoPaths.Of("scripts", "azurite-test-server.sh"));
        psi.ArgumentList.Add(verb);
        psi.ArgumentList.Add(folder);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output, await error);
    }
}
