using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OfficeReview.Service.Features.Addin;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// Sign-in routes (docs/api.md, "Sign-in"): configuration, local-account login/logout, the caller, password change,
/// the one-time link; and the admin's user management.
/// </summary>
internal static partial class AuthApi
{
    public sealed record LoginRequest(string? UserName, string? Password);
    public sealed record PasswordRequest(string? Current, string? New);
    public sealed record NewUserRequest(string? UserName, string? DisplayName, string? Password);
    public sealed record UserListItem(string UserName, string DisplayName, bool HasPassword, IReadOnlyList<RoleAssignment> Roles);
    /// <summary>GET /api/auth/config: local accounts on or off; Entra ID's client, authority and scopes when it is configured.</summary>
    public sealed record AuthConfigView(bool LocalAccounts, EntraConfigView? Entra);
    public sealed record EntraConfigView(string? ClientId, string? Authority, IReadOnlyList<string> Scopes);
    public sealed record SignInLinkView(string Url);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._@\-]{0,127}$")]
    private static partial Regex UserNamePattern();

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/config", (IOptions<AuthOptions> o) => Results.Json(new AuthConfigView(
            o.Value.LocalAccounts,
            o.Value.Entra.Enabled
                ? new EntraConfigView(o.Value.Entra.ClientId, o.Value.Entra.EffectiveAuthority ?? o.Value.Entra.Issuer, o.Value.Entra.EffectiveScopes)
                : null), s_json))
            .WithTags("Đăng nhập").Doc("GetAuthConfig", "Cách đăng nhập của dịch vụ: tài khoản cục bộ, Microsoft Entra ID (không cần đăng nhập)").Json<AuthConfigView>();
        app.MapPost("/api/auth/login", LoginAsync)
            .WithTags("Đăng nhập").Doc("Login", "Đăng nhập bằng tài khoản cục bộ (cookie phiên + mã chống giả mạo)").Json<SessionView>().ProblemsOf(400, 404, 415, 429);
        app.MapPost("/api/auth/logout", async (HttpContext context, AuditLog audit) =>
        {
            await context.SignOutAsync(Authentication.SessionScheme);
            await audit.RecordAsync(context, "signout");
            return Results.NoContent();
        }).WithTags("Đăng nhập").Doc("Logout", "Đăng xuất (xóa cookie phiên)").Produces(204);
        app.MapGet("/api/auth/me", (HttpContext context) =>
            CallerAccess.Of(context)?.Caller is { } c ? Results.Json(View(c, c.CsrfToken), s_json) : Results.Unauthorized())
            .WithTags("Đăng nhập").Doc("GetMe", "Người đang đăng nhập, vai trò và mã chống giả mạo").Json<SessionView>();
        app.MapPost("/api/auth/password", ChangePasswordAsync)
            .WithTags("Đăng nhập").Doc("ChangePassword", "Đổi mật khẩu tài khoản cục bộ (các phiên khác kết thúc)").Json<SessionView>().ProblemsOf(400, 415);
        app.MapGet("/auth/signin", SignInWithLinkAsync)
            .WithTags("Đăng nhập").Doc("SignInWithLink", "Đăng nhập bằng liên kết một lần, rồi chuyển tới task pane").Produces(302);
        app.MapGet("/api/auth/signin", SignInWithLinkAsync) // the same link under /api: reachable behind a Static Web Apps linked backend (/api/* only)
            .WithTags("Đăng nhập").Doc("SignInWithLinkApi", "Đăng nhập bằng liên kết một lần (đường dẫn dưới /api)").Produces(302);

        app.MapGet("/api/users", async (HttpContext context, ISecurityStore store, CancellationToken ct) =>
        {
            var access = CallerAccess.Of(context)!;
            var list = new List<UserListItem>();
            foreach (var u in await store.ListUsersAsync(ct))
                list.Add(new UserListItem(u.UserName, u.DisplayName, u.PasswordHash is not null,
                    (await store.GetRolesAsync(u.UserName, ct)).Where(r => InScope(access, r)).ToList()));
            return Results.Json(list, s_json);
        }).WithTags("Người dùng").Doc("ListUsers", "Người dùng và vai trò (trong phạm vi quản trị của người gọi)").Json<List<UserListItem>>();
        app.MapPost("/api/users", CreateUserAsync)
            .WithTags("Người dùng").Doc("CreateUser", "Tạo người dùng (tài khoản cục bộ hoặc tên Microsoft 365)").Json<UserListItem>(201).ProblemsOf(400, 409, 415);
        app.MapPut("/api/users/{name}/roles", SetRolesAsync)
            .WithTags("Người dùng").Doc("SetUserRoles", "Đặt vai trò của người dùng (trong các đợt người gọi quản trị)").Json<UserListItem>().ProblemsOf(400, 404, 415);
        app.MapPost("/api/users/{name}/signin-link", async (string name, HttpContext context, ISecurityStore store, IOptions<AuthOptions> o, TimeProvider clock, AuditLog audit) =>
        {
            var userName = NormalizeName(name);
            if (await store.GetUserAsync(userName) is null) return NoUser(name);
            var url = await FirstStartService.CreateLinkAsync(store, o.Value, clock, $"{context.Request.Scheme}://{context.Request.Host}", userName);
            await audit.RecordAsync(context, "user.signin-link", target: userName);
            return Results.Json(new SignInLinkView(url), s_json);
        }).WithTags("Người dùng").Doc("CreateSignInLink", "Tạo liên kết đăng nhập một lần cho người dùng").Json<SignInLinkView>().ProblemsOf(404);
    }

    private static SessionView View(Caller c, string? csrf) => new(new UserView(c.Name, c.DisplayName, c.Via), c.Roles, csrf);

    /// <summary>Trimmed, NFC, lower case; "" when the text is not valid Unicode (lone surrogates).</summary>
    public static string NormalizeName(string? name)
    {
        try { return (name ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant(); }
        catch (ArgumentException) { return ""; }
    }

    private static IResult Problem(int status, string title, string detail) => Problems.Result(status, title, detail);

    private static IResult NoUser(string name) => Problem(404, "Không tìm thấy người dùng", $"Không có người dùng \"{name}\".");

    /// <summary>
    /// The body as <typeparamref name="T"/>, or null when it is missing, too large (above 64 KB: sign-in and user bodies
    /// are small) or not that JSON — the route then answers its own 400. Read through the one bounded, budgeted body
    /// reader (<see cref="Campaigns.RequestFiles.ReadBodyAsync"/>).
    /// </summary>
    private static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        const int limit = 64 * 1024;
        byte[] body;
        try { body = await Campaigns.RequestFiles.ReadBodyAsync(request, limit, "64 KB", ct); }
        catch (Campaigns.CampaignProblemException) { return null; }
        try { return JsonSerializer.Deserialize<T>(body, s_json); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException) { return null; }
    }

    // A hash to verify against when the user does not exist, so that both cases take the same time.
    private static readonly string s_dummyHash = new PasswordHasher<UserAccount>().HashPassword(
        new UserAccount { UserName = "-", DisplayName = "-", SecurityStamp = "-", CreatedAt = default }, Guid.NewGuid().ToString());

    private static async Task<IResult> LoginAsync(HttpContext context, ISecurityStore store, IPasswordHasher<UserAccount> hasher, LoginThrottle throttle,
        IOptions<AuthOptions> options, AuditLog audit, CancellationToken ct)
    {
        if (!options.Value.LocalAccounts)
            return Problem(404, "Không dùng tài khoản cục bộ", "Dịch vụ này chỉ đăng nhập bằng Microsoft Entra ID (Auth:LocalAccounts=false).");
        var request = await ReadAsync<LoginRequest>(context.Request, ct);
        var name = NormalizeName(request?.UserName);
        if (request is null || name.Length == 0 || string.IsNullOrEmpty(request.Password))
            return Problem(400, "Yêu cầu không hợp lệ", "Gửi JSON {\"userName\": \"…\", \"password\": \"…\"}.");
        if (name.Length > 128) name = name[..128];
        if (throttle.LockedUntil(name) is { } until)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((until - TimeProvider.System.GetUtcNow()).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await audit.RecordAsync(context, "signin.locked", target: name, user: "-");
            return Problem(429, "Tạm khóa đăng nhập",
                $"Tài khoản \"{name}\" đã nhập sai mật khẩu {options.Value.MaxFailedLogins} lần liên tiếp; thử lại sau {options.Value.LockoutMinutes} phút (Auth:LockoutMinutes).");
        }
        var account = await store.GetUserAsync(name, ct);
        var verdict = hasher.VerifyHashedPassword(account ?? new UserAccount { UserName = name, DisplayName = name, SecurityStamp = "-", CreatedAt = default },
            account?.PasswordHash ?? s_dummyHash, request.Password);
        if (account?.PasswordHash is null || verdict == PasswordVerificationResult.Failed)
        {
            throttle.Failed(name);
            await audit.RecordAsync(context, "signin.failed", target: name, user: "-");
            return Problem(401, "Đăng nhập không thành công", "Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        throttle.Succeeded(name);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await store.SetPasswordAsync(name, hasher.HashPassword(account, request.Password), account.SecurityStamp, ct);
        var csrf = await Authentication.SignInSessionAsync(context, account, SignInMethods.Password);
        await audit.RecordAsync(context, "signin", target: name, user: name, detail: SignInMethods.Password);
        return Results.Json(new SessionView(new UserView(name, account.DisplayName, SignInMethods.Password), await store.GetRolesAsync(name, ct), csrf), s_json);
    }

    private static async Task<IResult> SignInWithLinkAsync(string? token, HttpContext context, ISecurityStore store, TimeProvider clock, AuditLog audit, CancellationToken ct)
    {
        var user = string.IsNullOrEmpty(token) || token.Length > 200 ? null : await store.RedeemSignInLinkAsync(FirstStartService.Hash(token), clock.GetUtcNow(), ct);
        var account = user is null ? null : await store.GetUserAsync(user, ct);
        if (account is null)
        {
            await audit.RecordAsync(context, "signin.failed", detail: "liên kết một lần không hợp lệ, đã dùng hoặc hết hạn", user: "-");
            return Problem(401, "Liên kết đăng nhập không dùng được", "Liên kết đăng nhập một lần này không hợp lệ, đã được dùng hoặc đã hết hạn. Khởi động lại dịch vụ (tài khoản admin chưa có mật khẩu) hoặc nhờ quản trị tạo liên kết mới.");
        }
        await Authentication.SignInSessionAsync(context, account, SignInMethods.Link);
        await audit.RecordAsync(context, "signin", target: account.UserName, user: account.UserName, detail: SignInMethods.Link);
        return Results.Redirect(AddinFiles.PanePath);
    }

    /// <summary>Null when the password is acceptable; otherwise why not (Vietnamese).</summary>
    public static string? CheckPassword(string userName, string? password, AuthOptions options)
    {
        if (string.IsNullOrEmpty(password) || password.Length < options.MinPasswordLength)
            return $"Mật khẩu phải có ít nhất {options.MinPasswordLength} ký tự (Auth:MinPasswordLength).";
        if (password.Length > 256) return "Mật khẩu dài quá 256 ký tự.";
        if (string.Equals(password, userName, StringComparison.OrdinalIgnoreCase)) return "Mật khẩu không được trùng tên đăng nhập.";
        return null;
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext context, ISecurityStore store, IPasswordHasher<UserAccount> hasher, IOptions<AuthOptions> options,
        AuditLog audit, CancellationToken ct)
    {
        var caller = CallerAccess.Of(context)!.Caller;
        var account = await store.GetUserAsync(caller.Name, ct);
        if (account is null || caller.Via == SignInMethods.Entra)
            return Problem(400, "Không đổi được mật khẩu", $"\"{caller.Name}\" không phải tài khoản cục bộ; mật khẩu do Microsoft Entra ID quản lý.");
        var request = await ReadAsync<PasswordRequest>(context.Request, ct);
        if (request is null) return Problem(400, "Yêu cầu không hợp lệ", "Gửi JSON {\"current\": \"…\", \"new\": \"…\"}.");
        if (account.PasswordHash is not null &&
            hasher.VerifyHashedPassword(account, account.PasswordHash, request.Current ?? "") == PasswordVerificationResult.Failed)
        {
            await audit.RecordAsync(context, "password.failed", target: caller.Name);
            return Problem(403, "Mật khẩu hiện tại không đúng", "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.");
        }
        if (CheckPassword(caller.Name, request.New, options.Value) is { } why) return Problem(400, "Mật khẩu không đạt yêu cầu", why);
        var updated = account with { PasswordHash = hasher.HashPassword(account, request.New!), SecurityStamp = FirstStartService.NewStamp() };
        await store.SetPasswordAsync(caller.Name, updated.PasswordHash!, updated.SecurityStamp, ct);
        await audit.RecordAsync(context, "password.change", target: caller.Name);
        // Every other session of this account ends (new stamp); this one continues with a new cookie.
        string? csrf = null;
        if (caller.IsSession) csrf = await Authentication.SignInSessionAsync(context, updated, caller.Via);
        return Results.Json(View(caller, csrf), s_json);
    }

    private static async Task<IResult> CreateUserAsync(HttpContext context, ISecurityStore store, IPasswordHasher<UserAccount> hasher, IOptions<AuthOptions> options,
        TimeProvider clock, AuditLog audit, CancellationToken ct)
    {
        var request = await ReadAsync<NewUserRequest>(context.Request, ct);
        var name = NormalizeName(request?.UserName);
        if (request is null || !UserNamePattern().IsMatch(name))
            return Problem(400, "Tên đăng nhập không hợp lệ",
                "Tên đăng nhập dùng chữ thường không dấu, số và . _ @ - (tối đa 128 ký tự); người dùng Entra ID dùng đúng tên đăng nhập Microsoft 365 (vd. ten@donvi.gov.vn).");
        if (request.Password is not null && CheckPassword(name, request.Password, options.Value) is { } why)
            return Problem(400, "Mật khẩu không đạt yêu cầu", why);
        var display = string.IsNullOrWhiteSpace(request.DisplayName) ? name : Domain.Text.VietnameseText.Clean(request.DisplayName);
        if (display.Length > 200) display = display[..200];
        var account = new UserAccount { UserName = name, DisplayName = display, SecurityStamp = FirstStartService.NewStamp(), CreatedAt = clock.GetUtcNow() };
        if (request.Password is not null) account = account with { PasswordHash = hasher.HashPassword(account, request.Password) };
        if (!await store.CreateUserAsync(account, ct))
            return Problem(409, "Người dùng đã tồn tại", $"Đã có người dùng \"{name}\".");
        await audit.RecordAsync(context, "user.create", target: name, detail: $"tên hiển thị: {display}; mật khẩu cục bộ: {(request.Password is null ? "không" : "có")}");
        return Results.Json(new UserListItem(name, display, account.PasswordHash is not null, []), s_json, statusCode: 201);
    }

    private static async Task<IResult> SetRolesAsync(string name, HttpContext context, ISecurityStore store, AuditLog audit, CancellationToken ct)
    {
        var userName = NormalizeName(name);
        if (await store.GetUserAsync(userName, ct) is null) return NoUser(name);
        var roles = await ReadAsync<List<RoleAssignment>>(context.Request, ct);
        if (roles is null || roles.Count > 1000)
            return Problem(400, "Yêu cầu không hợp lệ", "Gửi một mảng JSON [{\"role\": \"clerk\", \"unit\": \"MÃ\", \"campaign\": \"MÃ-ĐỢT\" | null}] (tối đa 1.000 vai trò).");
        var clean = new List<RoleAssignment>();
        for (var i = 0; i < roles.Count; i++)
        {
            var r = roles[i];
            var role = (r.Role ?? "").Trim().ToLowerInvariant();
            var unit = string.IsNullOrWhiteSpace(r.Unit) ? null : CallerAccess.Nfc(r.Unit.Trim());
            var campaign = string.IsNullOrWhiteSpace(r.Campaign) ? null : r.Campaign.Trim().ToLowerInvariant();
            if (!Roles.IsKnown(role))
                return Problem(400, "Vai trò không hợp lệ", $"Vai trò thứ {i + 1}: \"{r.Role}\" không phải admin, clerk, reviewer hoặc approver.");
            if (role == Roles.Admin && unit is not null)
                return Problem(400, "Vai trò không hợp lệ", $"Vai trò thứ {i + 1}: admin quản trị cả đợt, không gắn với đơn vị (để unit là null).");
            if (role != Roles.Admin && unit is null)
                return Problem(400, "Vai trò không hợp lệ", $"Vai trò thứ {i + 1}: {role} phải gắn với một đơn vị (unit).");
            if (unit is { Length: > 64 } || campaign is { Length: > 64 })
                return Problem(400, "Vai trò không hợp lệ", $"Vai trò thứ {i + 1}: mã đơn vị hoặc mã đợt dài quá 64 ký tự.");
            clean.Add(new RoleAssignment(role, unit, campaign));
        }
        // An admin of some campaigns sets roles in those campaigns only; the user's other roles stay as they are.
        var access = CallerAccess.Of(context)!;
        if (clean.FirstOrDefault(r => !InScope(access, r)) is { } outside)
            return Problem(403, "Không có quyền",
                $"Tài khoản \"{access.Caller.Name}\" chỉ gán được vai trò trong đợt mình quản trị; vai trò {outside.Role} {(outside.Campaign is null ? "của mọi đợt" : $"trong đợt \"{outside.Campaign}\"")} nằm ngoài phạm vi đó.");
        var kept = (await store.GetRolesAsync(userName, ct)).Where(r => !InScope(access, r));
        var merged = kept.Concat(clean).ToList();
        await store.SetRolesAsync(userName, merged, ct);
        await audit.RecordAsync(context, "user.roles", clean.Select(r => r.Campaign).Distinct().Count() == 1 ? clean[0].Campaign : null,
            target: userName, detail: JsonSerializer.Serialize(clean, s_json));
        var account = (await store.GetUserAsync(userName, ct))!;
        return Results.Json(new UserListItem(userName, account.DisplayName, account.PasswordHash is not null, merged.Where(r => InScope(access, r)).ToList()), s_json);
    }

    /// <summary>True when the caller administers the role's campaign: an admin of every campaign administers every role.</summary>
    private static bool InScope(CallerAccess access, RoleAssignment role) =>
        access.IsGlobalAdmin || (role.Campaign is not null && access.IsAdmin(role.Campaign));
}
