namespace OfficeReview.Service.Features.Addin;

/// <summary>
/// Office loads task panes only over HTTPS. When a certificate is configured
/// (Kestrel:Certificates:Default:Path and :Password, e.g. the one office-addin-dev-certs makes), the local service
/// listens on https://localhost:7071; otherwise on http://localhost:7071 (browser mode, tests).
/// </summary>
internal static class AddinHttps
{
    public const string CertificatePathKey = "Kestrel:Certificates:Default:Path";

    public static string DefaultUrl(IConfiguration config) =>
        string.IsNullOrWhiteSpace(config[CertificatePathKey]) ? "http://localhost:7071" : "https://localhost:7071";
}
