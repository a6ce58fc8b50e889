using Azure.Storage.Blobs;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// The Azure Blob Storage emulator of the test run: the Azurite that scripts/test.sh started
/// (OFFICEREVIEW_TEST_AZURITE, a connection string), else one this fixture starts itself with
/// scripts/azurite-test-server.sh (npm package azurite 3.37.0; stopped at the end). Without it the tests fail — never skip.
/// Each test gets its own container.
/// </summary>
public sealed class AzuriteServer()
    : ScriptedTestServer("Azurite", Variable, "azurite-test-server.sh", "officereview-azurite-", "install Node.js and npm")
{
    public const string Variable = "OFFICEREVIEW_TEST_AZURITE";
    public string ConnectionString => Started;

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
}
