using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OfficeReview.Service.Features.Audit;

namespace OfficeReview.Service.Features.Identity;

/// <summary>The one-time sign-in link printed at start (kept for tests and for the console).</summary>
internal sealed class FirstStartLink
{
    public string? Url { get; set; }
}

/// <summary>
/// First start: with local accounts on and no user at all, creates "admin" (admin of every campaign, no password yet).
/// While "admin" has no password, every start prints a fresh one-time sign-in link to the console, so that
/// `dotnet run` gets a newcomer to a working screen in one step.
/// </summary>
internal sealed class FirstStartService(ISecurityStore store, IOptions<AuthOptions> options, TimeProvider clock, IServer server,
    IHostApplicationLifetime lifetime, FirstStartLink link, AuditLog audit, LocalTokens tokens, ILogger<FirstStartService> logger) : IHostedService
{
    public const string AdminName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Local token signing key: {Path}", tokens.KeyPath); // created on first start
        if (!options.Value.LocalAccounts) return;
        if (await store.CountUsersAsync(cancellationToken) == 0)
        {
            var created = await store.CreateUserAsync(new UserAccount
            {
                UserName = AdminName, DisplayName = "Quản trị", PasswordHash = null, SecurityStamp = NewStamp(), CreatedAt = clock.GetUtcNow(),
            }, cancellationToken);
            if (created)
            {
                await store.SetRolesAsync(AdminName, [new RoleAssignment(Roles.Admin, null, null)], cancellationToken);
                await audit.RecordAsync(null, "user.create", target: AdminName, detail: "lần chạy đầu: tạo tài khoản admin (admin của mọi đợt)");
            }
        }
        if (await store.GetUserAsync(AdminName, cancellationToken) is not { PasswordHash: null }) return;
        lifetime.ApplicationStarted.Register(() => _ = PrintLinkAsync());
    }

    private async Task PrintLinkAsync()
    {
        try
        {
            // Behind a public URL (a Static Web App that forwards only /api/*) the link takes the /api route.
            var url = await CreateLinkAsync(store, options.Value, clock, BaseAddress(), AdminName,
                options.Value.PublicUrl is { Length: > 0 } ? ApiSignInPath : SignInPath);
            link.Url = url;
            Console.WriteLine();
            Console.WriteLine("Tài khoản \"admin\" chưa có mật khẩu. Mở liên kết đăng nhập một lần này (hết hạn sau "
                + $"{options.Value.SignInLinkMinutes} phút), rồi đặt mật khẩu trong task pane:");
            Console.WriteLine(url);
            Console.WriteLine();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "The first-start sign-in link could not be created");
        }
    }

    private string BaseAddress()
    {
        // In Azure the worker's own Kestrel address is internal: the link goes to the public address (Auth:PublicUrl,
        // e.g. the Static Web App in front, else the Function App's default host name).
        if (options.Value.PublicUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (Environment.GetEnvironmentVariable("WEBSITE_HOSTNAME") is { Length: > 0 } site) return $"https://{site}";
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault() ?? "http://localhost";
        return first.Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").Replace("://+", "://localhost").Replace("://*", "://localhost").TrimEnd('/');
    }

    public static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public const string SignInPath = "/auth/signin";
    public const string ApiSignInPath = "/api/auth/signin";

    /// <summary>Stores a new one-time link for the user and returns its URL (base + /auth/signin?token=…).</summary>
    public static async Task<string> CreateLinkAsync(ISecurityStore store, AuthOptions options, TimeProvider clock, string baseAddress, string userName,
        string path = SignInPath)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await store.AddSignInLinkAsync(Hash(token), userName, clock.GetUtcNow().AddMinutes(Math.Max(1, options.SignInLinkMinutes)));
        return $"{baseAddress.TrimEnd('/')}{path}?token={token}";
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
