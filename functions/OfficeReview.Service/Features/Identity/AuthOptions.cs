namespace OfficeReview.Service.Features.Identity;

/// <summary>Configuration section "Auth" (docs/security.md).</summary>
internal sealed class AuthOptions
{
    /// <summary>Local accounts (user name + password, session cookie). Default on.</summary>
    public bool LocalAccounts { get; set; } = true;
    /// <summary>Failed password attempts for one user name before it is locked for <see cref="LockoutMinutes"/> (default 5).</summary>
    public int MaxFailedLogins { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    /// <summary>Shortest accepted password (default 10 characters).</summary>
    public int MinPasswordLength { get; set; } = 10;
    /// <summary>Session cookie lifetime, sliding (default 12 hours).</summary>
    public int SessionHours { get; set; } = 12;
    /// <summary>
    /// The service's public address for the first-start sign-in link (e.g. https://&lt;app&gt;.azurestaticapps.net when a
    /// Static Web App forwards /api/* to the Functions app; the link then uses /api/auth/signin). Default: the local
    /// server's address, or https://$WEBSITE_HOSTNAME on Azure.
    /// </summary>
    public string? PublicUrl { get; set; }
    /// <summary>How long a one-time sign-in link stays valid (default 30 minutes).</summary>
    public int SignInLinkMinutes { get; set; } = 30;
    /// <summary>The RSA key of local bearer tokens (dev-token); default {Storage:DataFolder}/auth/signing-key.pem, created on first start.</summary>
    public string? SigningKeyPath { get; set; }
    public EntraOptions Entra { get; set; } = new();
}

/// <summary>"Auth:Entra": Microsoft Entra ID tokens. Enabled when ClientId (or Audience) is set.</summary>
internal sealed class EntraOptions
{
    /// <summary>Directory (tenant) id; the authority is then https://login.microsoftonline.com/{TenantId}/v2.0.</summary>
    public string? TenantId { get; set; }
    /// <summary>Overrides the authority computed from TenantId.</summary>
    public string? Authority { get; set; }
    /// <summary>Application (client) id of the app registration (also accepted as audience, as is api://{ClientId}).</summary>
    public string? ClientId { get; set; }
    /// <summary>More accepted audiences, separated by ";" (ClientId and api://{ClientId} are always accepted).</summary>
    public string? Audience { get; set; }
    /// <summary>Scopes the pane asks for (default api://{ClientId}/access_as_user).</summary>
    public string[]? Scopes { get; set; }
    /// <summary>Offline validation (tests, air-gapped): the expected issuer, with the signing keys from JwksPath or Jwks (JSON Web Key Set).</summary>
    public string? Issuer { get; set; }
    public string? JwksPath { get; set; }
    public string? Jwks { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(Audience);

    public string? EffectiveAuthority =>
        !string.IsNullOrWhiteSpace(Authority) ? Authority
        : !string.IsNullOrWhiteSpace(TenantId) ? $"https://login.microsoftonline.com/{TenantId}/v2.0"
        : null;

    public string[] EffectiveScopes => Scopes is { Length: > 0 } ? Scopes : ClientId is null ? [] : [$"api://{ClientId}/access_as_user"];
}
