namespace OfficeReview.Service.Features.Microsoft365;

/// <summary>
/// Configuration section "Graph": Microsoft 365 files (SharePoint / OneDrive) through Microsoft Graph. One credential is
/// used, chosen in this order: ClientSecret, CertificatePath, then managed identity (ManagedIdentity=true or
/// ManagedIdentityClientId). Without any, the Graph routes answer 503.
/// </summary>
internal sealed class GraphOptions
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph:BaseUrl (default https://graph.microsoft.com/v1.0; a national cloud or a test fake otherwise).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;
    /// <summary>Graph:TenantId and Graph:ClientId of the app registration (Files.ReadWrite.All / Sites.ReadWrite.All, application permission).</summary>
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    /// <summary>Graph:ClientSecret (keep it in Key Vault / app settings, never in the repo).</summary>
    public string? ClientSecret { get; set; }
    /// <summary>Graph:CertificatePath of a .pfx/.pem with the private key (+ Graph:CertificatePassword).</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>Graph:ManagedIdentity=true (system-assigned) or Graph:ManagedIdentityClientId (user-assigned).</summary>
    public bool ManagedIdentity { get; set; }
    public string? ManagedIdentityClientId { get; set; }
    /// <summary>Graph:Scopes (default https://graph.microsoft.com/.default).</summary>
    public string[] Scopes { get; set; } = ["https://graph.microsoft.com/.default"];
    /// <summary>Graph:AllowedHosts: hosts a token is sent to, besides the BaseUrl's host and Graph's own.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Graph:MaxRetries of one request on 429 / 5xx / network failure (default 5, at most 10).</summary>
    public int MaxRetries { get; set; } = 5;
    /// <summary>Graph:MaxRetryAfterSeconds: a longer Retry-After fails the request instead of waiting (default 120).</summary>
    public int MaxRetryAfterSeconds { get; set; } = 120;
    /// <summary>Graph:PageSize of a folder listing ($top, default 200).</summary>
    public int PageSize { get; set; } = 200;
    /// <summary>Graph:MaxFilesPerFolder listed in one pull (default 5000; more is reported, not read).</summary>
    public int MaxFilesPerFolder { get; set; } = 5000;
    /// <summary>Graph:MaxFolders of one campaign (default 200).</summary>
    public int MaxFolders { get; set; } = 200;
    /// <summary>Graph:SimpleUploadMaxBytes: larger files are saved with an upload session (default 4 MiB, Graph's limit).</summary>
    public int SimpleUploadMaxBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>Graph:UploadSliceBytes of an upload session (a multiple of 320 KiB; default 3,276,800).</summary>
    public int UploadSliceBytes { get; set; } = 10 * 320 * 1024;

    public bool HasCredential =>
        !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath) || ManagedIdentity || !string.IsNullOrWhiteSpace(ManagedIdentityClientId);
}
