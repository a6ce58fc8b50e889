using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Identity.Storage;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// Sign-in (Entra ID tokens, local bearer tokens, local-account session cookies), the caller of each request with
/// their roles, the CSRF check of cookie sessions, and the access gate of every route.
/// </summary>
internal static class Authentication
{
    public const string PolicyScheme = "OfficeReview";
    public const string EntraScheme = "Entra";
    public const string LocalScheme = "Local";
    public const string SessionScheme = "Session";
    public const string CsrfHeader = "X-CSRF-Token";
    public const string SessionCookie = "officereview.session";

    // Claims of a session cookie.
    public const string ViaClaim = "or_via";
    public const string CsrfClaim = "or_csrf";
    public const string StampClaim = "or_stamp";

    public static void AddOfficeReviewAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection("Auth"));
        // Everything below reads configuration when first resolved (not while the builder runs), so that test hosts
        // and late configuration sources are seen.
        services.AddSingleton(sp =>
        {
            var auth = sp.GetRequiredService<IOptions<AuthOptions>>().Value;
            return LocalTokens.LoadOrCreate(auth.SigningKeyPath ?? LocalTokens.DefaultPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder));
        });
        services.AddSingleton<ISecurityStore>(sp => CreateStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<FirstStartLink>();
        services.AddHostedService<FirstStartService>();

        services.AddDataProtection().SetApplicationName("OfficeReview");
        services.AddOptions<KeyManagementOptions>().Configure<LocalTokens, ILoggerFactory>((o, tokens, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(tokens.KeyPath)!, "keys")), logs));

        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "OfficeReview", o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(LocalScheme, _ => { })
            .AddJwtBearer(EntraScheme, _ => { })
            .AddCookie(SessionScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(LocalScheme).Configure<LocalTokens>((o, tokens) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = tokens.ValidationParameters();
            o.Events = new() { OnChallenge = c => { c.HandleResponse(); return Unauthorized(c.HttpContext); }, OnAuthenticationFailed = TokenRejected };
        });
        services.AddOptions<JwtBearerOptions>(EntraScheme).Configure<IOptions<AuthOptions>>((o, auth) => ConfigureEntra(o, auth.Value.Entra));
        services.AddOptions<CookieAuthenticationOptions>(SessionScheme).Configure<IOptions<AuthOptions>>((o, auth) =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(Math.Max(1, auth.Value.SessionHours));
            // Session lifetimes follow the real clock, like bearer token lifetimes (the app's TimeProvider dates business events).
            o.TimeProvider = TimeProvider.System;
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = c => Unauthorized(c.HttpContext),
                OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; },
            };
        });
        services.AddAuthorization();
    }

    private static ISecurityStore CreateStore(StorageOptions storage)
    {
        var provider = (storage.Provider ?? StorageOptions.Sqlite).Trim().ToLowerInvariant();
        return provider is StorageOptions.Postgres or "postgresql" or "npgsql"
            ? new PostgresSecurityStore(storage.PostgresConnectionString
                ?? throw new InvalidOperationException("Storage:Provider=postgres cần chuỗi kết nối ConnectionStrings:Postgres."))
            : new SqliteSecurityStore(storage.DataFolder);
    }

    private static void ConfigureEntra(JwtBearerOptions o, EntraOptions entra)
    {
        o.MapInboundClaims = false;
        o.Events = new() { OnChallenge = c => { c.HandleResponse(); return Unauthorized(c.HttpContext); }, OnAuthenticationFailed = TokenRejected };
        if (!entra.Enabled)
        {
            // Not configured: the scheme exists but accepts nothing (no key, no issuer).
            o.TokenValidationParameters = new TokenValidationParameters { ValidIssuer = "-", ValidAudience = "-", IssuerSigningKeys = [] };
            return;
        }
        // Audience: one value or several separated by ";" or "," (e.g. api://<client-id> and the Office SSO form api://<host>/<client-id>).
        var audiences = (entra.Audience ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(entra.ClientId).Append(entra.ClientId is null ? null : $"api://{entra.ClientId}")
            .OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var parameters = new TokenValidationParameters
        {
            ValidAudiences = audiences,
            NameClaimType = "preferred_username",
            ClockSkew = TimeSpan.FromMinutes(2),
            RequireExpirationTime = true,
            ValidateIssuer = true,
        };
        var jwks = entra.Jwks ?? (entra.JwksPath is { Length: > 0 } path ? File.ReadAllText(path) : null);
        if (jwks is not null)
        {
            // Offline: fixed issuer and keys (tests, networks without access to the Microsoft endpoints).
            parameters.IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys();
            parameters.ValidIssuer = entra.Issuer ?? entra.EffectiveAuthority;
        }
        else
        {
            o.Authority = entra.EffectiveAuthority ?? throw new InvalidOperationException("Auth:Entra cần TenantId hoặc Authority (hoặc Issuer + Jwks/JwksPath để kiểm tra ngoại tuyến).");
            if (entra.Issuer is not null) parameters.ValidIssuer = entra.Issuer;
        }
        o.TokenValidationParameters = parameters;
    }

    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return SessionScheme;
        if (!context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Entra.Enabled) return LocalScheme;
        try
        {
            var token = new JsonWebToken(header["Bearer ".Length..].Trim());
            return token.Issuer == LocalTokens.Issuer ? LocalScheme : EntraScheme;
        }
        catch (ArgumentException) { return LocalScheme; }
        catch (SecurityTokenException) { return LocalScheme; }
    }

    /// <summary>A bearer token that did not validate: logged with the kind of fault (expired, signature, audience…), never the token.</summary>
    private static Task TokenRejected(AuthenticationFailedContext c)
    {
        var reason = c.Exception switch
        {
            SecurityTokenExpiredException => "token-expired",
            SecurityTokenInvalidAudienceException => "token-audience",
            SecurityTokenInvalidIssuerException => "token-issuer",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "token-signature",
            _ => "token-invalid",
        };
        Observability.ServiceLog.SignInFailed(c.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Observability.ServiceLog.SignInCategory),
            reason, c.Scheme.Name, "-", c.HttpContext.TraceIdentifier);
        return Task.CompletedTask;
    }

    private static Task Unauthorized(HttpContext context) =>
        Problem(context, 401, "Cần đăng nhập", "Yêu cầu này cần đăng nhập: gửi tiêu đề Authorization: Bearer <token>, hoặc đăng nhập bằng tài khoản cục bộ (POST /api/auth/login).");

    public static Task Problem(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        return Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
    }

    /// <summary>The middleware in order: authentication, caller + CSRF + access gate (the request log is the hardening's, outermost).</summary>
    public static void UseOfficeReviewAuth(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(GateAsync);
    }

    private static async Task GateAsync(HttpContext context, RequestDelegate next)
    {
        var caller = await ResolveCallerAsync(context);
        var store = context.RequestServices.GetRequiredService<ICampaignStore>();
        if (caller is not null) CallerAccess.Attach(context, new CallerAccess(caller, store));
        if (AccessGate.IsAnonymous(context))
        {
            await next(context);
            return;
        }
        if (caller is null)
        {
            await Unauthorized(context);
            return;
        }
        if (context.GetEndpoint() is null)
        {
            await next(context); // no such route: 404 for a signed-in caller (401 above for anyone else)
            return;
        }
        if (caller.IsSession && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method))
        {
            var sent = context.Request.Headers[CsrfHeader].ToString();
            if (!FixedTimeEquals(sent, caller.CsrfToken!))
            {
                await Problem(context, 403, "Thiếu mã chống giả mạo",
                    $"Phiên đăng nhập bằng cookie phải gửi tiêu đề {CsrfHeader} (giá trị csrfToken nhận khi đăng nhập hoặc từ GET /api/auth/me) với mọi yêu cầu ghi.");
                return;
            }
        }
        if (await AccessGate.CheckAsync(context, CallerAccess.Of(context)!, store) is { } denied)
        {
            await denied.ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool FixedTimeEquals(string a, string b) =>
        a.Length == b.Length && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));

    /// <summary>Who is calling: from the validated token or session cookie; roles from the token or the store.</summary>
    private static async Task<Caller?> ResolveCallerAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        var security = context.RequestServices.GetRequiredService<ISecurityStore>();
        var ct = context.RequestAborted;
        var name = (user.FindFirst("preferred_username")?.Value ?? user.FindFirst("upn")?.Value ?? user.FindFirst("email")?.Value
            ?? user.FindFirst("unique_name")?.Value ?? user.FindFirst("sub")?.Value)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name)) return null;
        var display = user.FindFirst("name")?.Value ?? name;

        if (user.Identity.AuthenticationType == SessionScheme)
        {
            // A session cookie is only as good as the account behind it: a changed password ends older sessions.
            var account = await security.GetUserAsync(name, ct);
            if (account is null || account.SecurityStamp != user.FindFirst(StampClaim)?.Value) return null;
            return new Caller(name, account.DisplayName, user.FindFirst(ViaClaim)?.Value ?? SignInMethods.Password,
                await security.GetRolesAsync(name, ct), user.FindFirst(CsrfClaim)?.Value ?? "");
        }
        var local = user.FindFirst("iss")?.Value == LocalTokens.Issuer;
        var roles = (local ? LocalTokens.RolesIn(user) : null) ?? await security.GetRolesAsync(name, ct);
        return new Caller(name, display, local ? SignInMethods.Token : SignInMethods.Entra, roles, null);
    }

    /// <summary>Signs the user in with a session cookie; returns the CSRF token of the new session.</summary>
    public static async Task<string> SignInSessionAsync(HttpContext context, UserAccount account, string via)
    {
        var csrf = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var identity = new ClaimsIdentity(
        [
            new Claim("preferred_username", account.UserName),
            new Claim("name", account.DisplayName),
            new Claim(ViaClaim, via),
            new Claim(CsrfClaim, csrf),
            new Claim(StampClaim, account.SecurityStamp),
        ], SessionScheme, "preferred_username", null);
        await context.SignInAsync(SessionScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        return csrf;
    }
}
