using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// The service's own signing key (RSA 2048, PEM, file mode 0600), created in the data folder on first start, and the
/// bearer tokens it signs (dev-token, scripts, tests). Roles may ride in the token (claim or_role, JSON); a token
/// without them gets the user's roles from the store.
/// </summary>
public sealed class LocalTokens
{
    public const string Issuer = "officereview-local";
    public const string Audience = "officereview";
    public const string RoleClaim = "or_role";

    public RsaSecurityKey Key { get; }
    public string KeyPath { get; }

    private LocalTokens(RSA rsa, string path)
    {
        KeyPath = path;
        Key = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }

    public static string DefaultPath(string dataFolder) => Path.Combine(Path.GetFullPath(dataFolder), "auth", "signing-key.pem");

    /// <summary>Reads the key, or creates it (readable by the owner only) when there is none.</summary>
    public static LocalTokens LoadOrCreate(string path)
    {
        path = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!File.Exists(path))
        {
            using var created = RSA.Create(2048);
            var temp = Path.Combine(folder, $".signing-key-{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(created.ExportPkcs8PrivateKeyPem());
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            try { File.Move(temp, path, overwrite: false); }
            catch (IOException) when (File.Exists(path)) { File.Delete(temp); } // another process created it first
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new LocalTokens(rsa, path);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        NameClaimType = "preferred_username",
        ClockSkew = TimeSpan.FromMinutes(1),
        RequireExpirationTime = true,
    };

    /// <summary>A signed bearer token valid from <paramref name="issuedAt"/> for <paramref name="lifetime"/>.</summary>
    public string Issue(string userName, string? displayName, IReadOnlyList<RoleAssignment>? roles, DateTimeOffset issuedAt, TimeSpan lifetime, string? audience = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userName,
            ["preferred_username"] = userName,
            ["name"] = displayName ?? userName,
        };
        if (roles is { Count: > 0 })
            claims[RoleClaim] = roles.Select(r => (object)JsonSerializer.Serialize(new { role = r.Role, unit = r.Unit, campaign = r.Campaign })).ToList();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience ?? Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.Add(lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The roles carried by a token (or_role claims), or null when it carries none.</summary>
    public static IReadOnlyList<RoleAssignment>? RolesIn(ClaimsPrincipal principal)
    {
        var list = new List<RoleAssignment>();
        foreach (var claim in principal.FindAll(RoleClaim))
        {
            try
            {
                using var doc = JsonDocument.Parse(claim.Value);
                var e = doc.RootElement;
                string? S(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (S("role") is { } role && Roles.IsKnown(role)) list.Add(new RoleAssignment(role, S("unit"), S("campaign")));
            }
            catch (JsonException) { }
        }
        return list.Count == 0 ? null : list;
    }
}
