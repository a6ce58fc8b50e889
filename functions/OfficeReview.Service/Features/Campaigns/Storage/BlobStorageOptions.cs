namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>
/// Configuration section "Storage:Blob": where the PostgreSQL store keeps blob bytes in the cloud configuration.
/// Set ConnectionString (Azurite, or an account key) or ServiceUri (signed in with DefaultAzureCredential — managed
/// identity in Azure). Without either, bytes stay in PostgreSQL (bytea). Used only with Storage:Provider=postgres.
/// </summary>
public sealed class BlobStorageOptions
{
    public const string DefaultContainer = "officereview";

    /// <summary>Storage:Blob:ConnectionString (also ConnectionStrings:Blob).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Storage:Blob:ServiceUri, e.g. https://account.blob.core.windows.net (managed identity / DefaultAzureCredential).</summary>
    public string? ServiceUri { get; set; }
    /// <summary>Storage:Blob:Container (default "officereview"; created when missing, private).</summary>
    public string Container { get; set; } = DefaultContainer;
    /// <summary>Storage:Blob:MaxRetries of the SDK's retry policy (default 5, at most 10).</summary>
    public int MaxRetries { get; set; } = 5;
    /// <summary>Storage:Blob:NetworkTimeoutSeconds of one request (default 100).</summary>
    public int NetworkTimeoutSeconds { get; set; } = 100;

    public bool Configured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(ServiceUri);
}
