using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace OfficeReview.Service.Features.Microsoft365;

/// <summary>
/// Builds the GraphServiceClient from configuration: base URL (passed to the client, so a national cloud or a test fake
/// is one setting), the credential, the hosts a token may go to, and the retry handler in place of the SDK's.
/// </summary>
internal sealed class GraphClients
{
    private readonly GraphOptions _options;
    private readonly TokenCredential? _credential;
    private readonly Lazy<(GraphServiceClient Client, GraphRetryHandler Retry)> _client;

    /// <param name="credential">A credential given by the host (tests, or a custom one); else built from configuration.</param>
    public GraphClients(Microsoft.Extensions.Options.IOptions<GraphOptions> options, TimeProvider clock, TokenCredential? credential = null)
    {
        _options = options.Value;
        _credential = credential ?? CredentialFrom(_options);
        _client = new Lazy<(GraphServiceClient, GraphRetryHandler)>(() => Build(clock));
    }

    public GraphOptions Options => _options;
    public bool Configured => _credential is not null;

    public GraphServiceClient Client => Configured
        ? _client.Value.Client
        : throw new Campaigns.CampaignProblemException(503, "Chưa cấu hình Microsoft 365",
            "Dịch vụ chưa có thông tin đăng nhập Microsoft Graph (Graph:TenantId, Graph:ClientId và Graph:ClientSecret, Graph:CertificatePath hoặc Graph:ManagedIdentity); xem docs/deploy-azure.md.");

    /// <summary>Requests retried so far (429 / 5xx / network).</summary>
    public int Retries => _client.IsValueCreated ? _client.Value.Retry.Retries : 0;

    /// <summary>The credential the configuration names (client secret, certificate, managed identity), or null.</summary>
    public static TokenCredential? CredentialFrom(GraphOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.ClientSecret))
            return new ClientSecretCredential(Required(o.TenantId, "TenantId"), Required(o.ClientId, "ClientId"), o.ClientSecret);
        if (!string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            var tenant = Required(o.TenantId, "TenantId");
            var client = Required(o.ClientId, "ClientId");
            return string.IsNullOrEmpty(o.CertificatePassword)
                ? new ClientCertificateCredential(tenant, client, o.CertificatePath)
                : new ClientCertificateCredential(tenant, client,
                    System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword));
        }
        if (!string.IsNullOrWhiteSpace(o.ManagedIdentityClientId))
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
        if (o.ManagedIdentity) return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        return null;
    }

    private static string Required(string? value, string key) => string.IsNullOrWhiteSpace(value)
        ? throw new InvalidOperationException($"Graph:{key} chưa được cấu hình (cần cho đăng nhập Microsoft Graph bằng khóa bí mật hoặc chứng chỉ).")
        : value;

    /// <summary>The hosts a token is sent to: Graph's own, the base URL's, and Graph:AllowedHosts.</summary>
    public static string[] TokenHosts(GraphOptions o)
    {
        var hosts = new List<string> { "graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn" };
        if (Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri)) hosts.Add(uri.Host);
        hosts.AddRange(o.AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()));
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private (GraphServiceClient, GraphRetryHandler) Build(TimeProvider clock)
    {
        var baseUrl = (string.IsNullOrWhiteSpace(_options.BaseUrl) ? GraphOptions.DefaultBaseUrl : _options.BaseUrl).TrimEnd('/');
        var retry = new GraphRetryHandler(_options, clock);
        // The SDK's default pipeline, its retry handler swapped for ours (which also retries 500/502 and bounds the waits).
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler ? retry : h).ToList();
        if (!handlers.Contains(retry)) handlers.Insert(0, retry);
        var http = GraphClientFactory.Create(handlers);
        http.Timeout = TimeSpan.FromMinutes(10);
        var auth = new AzureIdentityAuthenticationProvider(_credential!, TokenHosts(_options), null, false, _options.Scopes);
        return (new GraphServiceClient(http, auth, baseUrl), retry);
    }
}
