using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Security;

/// <summary>Local accounts (login, logout, lockout, password change), one-time links, first start, dev-token, Entra ID tokens, the audit log over HTTP.</summary>
public sealed class SignInTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task CreateUserAsync(CampaignApp app, string name, string? password, params object[] roles)
    {
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/users", new { userName = name, displayName = "Nguyễn Thị Lan", password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsJsonAsync($"/api/users/{name}/roles", roles)).StatusCode);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName = user, password });

    [Fact]
    public async Task Local_account_logs_in_and_out_with_a_session_cookie()
    {
        using var app = new CampaignApp();
        await CreateUserAsync(app, "lan", "mat-khau-cua-lan", new { role = "clerk", unit = "A", campaign = "c1" });
        using var client = app.ClientAs("-", null);

        var wrong = await LoginAsync(client, "lan", "sai-mat-khau-roi");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Đăng nhập không thành công", (await Json(wrong)).GetProperty("title").GetString());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);

        var ok = await LoginAsync(client, " LAN ", "mat-khau-cua-lan");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var cookie = Assert.Single(ok.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var session = await Json(ok);
        Assert.Equal("lan", session.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("Nguyễn Thị Lan", session.GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal("password", session.GetProperty("user").GetProperty("via").GetString());
        var role = Assert.Single(session.GetProperty("roles").EnumerateArray().ToList());
        Assert.Equal(("clerk", "A", "c1"), (role.GetProperty("role").GetString(), role.GetProperty("unit").GetString(), role.GetProperty("campaign").GetString()));
        var csrf = session.GetProperty("csrfToken").GetString()!;
        Assert.True(csrf.Length >= 40);

        var me = await Json(await client.GetAsync("/api/auth/me"));
        Assert.Equal("lan", me.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(csrf, me.GetProperty("csrfToken").GetString());

        // Logout is a write: it needs the CSRF header too.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/auth/logout", null)).StatusCode);
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-CSRF-Token", csrf);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(logout)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);

        var audit = await Json(await app.Client.GetAsync("/api/audit"));
        var actions = audit.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString())).ToList();
        Assert.Contains(("signin.failed", "lan"), actions);
        Assert.Contains(("signin", "lan"), actions);
        Assert.Contains(("user.create", "lan"), actions);
        Assert.Contains(("user.roles", "lan"), actions);
    }

    [Theory]
    [InlineData("{\"userName\":\"\\ud800lan\",\"password\":\"x\"}")]
    [InlineData("{\"userName\":")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Bad_login_bodies_get_a_problem_not_a_crash(string body)
    {
        using var app = new CampaignApp();
        using var client = app.ClientAs("-", null);
        var response = await client.PostAsync("/api/auth/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var roles = await app.Client.PutAsync("/api/users/admin/roles", new StringContent("[{\"role\":\"clerk\",\"unit\":\"\\udfffA\"}]", System.Text.Encoding.UTF8, "application/json"));
        Assert.True((int)roles.StatusCode is 400 or 404, $"{(int)roles.StatusCode}");
    }

    [Fact]
    public async Task A_campaign_admin_sets_roles_in_their_campaign_only()
    {
        using var app = new CampaignApp();
        await CreateUserAsync(app, "lan", null, new { role = "clerk", unit = "A", campaign = "c2" }, new { role = "clerk", unit = "B", campaign = "c1" });
        using var cadmin = app.ClientAs("quan-tri-c1", Roles.Admin, null, "c1");

        var listed = (await Json(await cadmin.GetAsync("/api/users"))).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "lan");
        Assert.Equal(["c1"], listed.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("campaign").GetString()));

        var set = await cadmin.PutAsJsonAsync("/api/users/lan/roles", new[] { new { role = "reviewer", unit = "X", campaign = "c1" } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var all = (await Json(await app.Client.GetAsync("/api/users"))).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "lan")
            .GetProperty("roles").EnumerateArray().Select(r => $"{r.GetProperty("role").GetString()} {r.GetProperty("unit").GetString()} {r.GetProperty("campaign").GetString()}").ToList();
        Assert.Equal(["clerk A c2", "reviewer X c1"], all); // c2's role kept, c1's replaced

        Assert.Equal(HttpStatusCode.Forbidden, (await cadmin.PutAsJsonAsync("/api/users/lan/roles", new[] { new { role = "clerk", unit = "A", campaign = "c2" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadmin.PutAsJsonAsync("/api/users/lan/roles", new[] { new { role = "admin", unit = (string?)null, campaign = (string?)null } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadmin.PostAsync("/api/users/lan/signin-link", null)).StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_name_for_a_while()
    {
        using var app = new CampaignApp(b => b.UseSetting("Auth:MaxFailedLogins", "3"));
        await CreateUserAsync(app, "lan", "mat-khau-cua-lan", new { role = "clerk", unit = "A", campaign = (string?)null });
        using var client = app.ClientAs("-", null);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "lan", "sai")).StatusCode);
        var locked = await LoginAsync(client, "lan", "mat-khau-cua-lan");
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
        Assert.Contains("thử lại sau 15 phút", (await Json(locked)).GetProperty("detail").GetString());
        Assert.True(locked.Headers.Contains("Retry-After"));

        app.Clock.Now = app.Clock.Now.AddMinutes(16);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, "lan", "mat-khau-cua-lan")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions()
    {
        using var app = new CampaignApp();
        await CreateUserAsync(app, "lan", "mat-khau-cua-lan", new { role = "clerk", unit = "A", campaign = (string?)null });
        using var first = app.ClientAs("-", null);
        using var second = app.ClientAs("-", null);
        var csrf = (await Json(await LoginAsync(first, "lan", "mat-khau-cua-lan"))).GetProperty("csrfToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(second, "lan", "mat-khau-cua-lan")).StatusCode);

        async Task<HttpResponseMessage> Change(string current, string @new)
        {
            using var r = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password") { Content = JsonContent.Create(new { current, @new }) };
            r.Headers.Add("X-CSRF-Token", csrf);
            return await first.SendAsync(r);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await Change("sai", "mat-khau-moi-dai")).StatusCode);
        var tooShort = await Change("mat-khau-cua-lan", "ngan");
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("ít nhất 10 ký tự", (await Json(tooShort)).GetProperty("detail").GetString());
        var changed = await Change("mat-khau-cua-lan", "mat-khau-moi-dai");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(csrf, (await Json(changed)).GetProperty("csrfToken").GetString());

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/auth/me")).StatusCode); // this session goes on
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/auth/me")).StatusCode); // the other one ends
        using var third = app.ClientAs("-", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(third, "lan", "mat-khau-cua-lan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(third, "lan", "mat-khau-moi-dai")).StatusCode);
    }

    [Fact]
    public async Task A_one_time_link_signs_in_once_and_expires()
    {
        using var app = new CampaignApp();
        await CreateUserAsync(app, "an", null, new { role = "reviewer", unit = "X", campaign = (string?)null });
        async Task<string> Link() => (await Json(await app.Client.PostAsync("/api/users/an/signin-link", null))).GetProperty("url").GetString()!;

        var url = new Uri(await Link()).PathAndQuery;
        using var browser = app.ClientAs("-", null);
        var first = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/addin/taskpane.html", first.Headers.Location!.OriginalString);
        var me = await Json(await browser.GetAsync("/api/auth/me"));
        Assert.Equal(("an", "link"), (me.GetProperty("user").GetProperty("name").GetString(), me.GetProperty("user").GetProperty("via").GetString()));

        using var other = app.ClientAs("-", null);
        var again = await other.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/auth/me")).StatusCode);

        var late = new Uri(await Link()).PathAndQuery;
        app.Clock.Now = app.Clock.Now.AddMinutes(31);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync(late)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/auth/signin?token=made-up")).StatusCode);
    }

    [Fact]
    public async Task First_start_creates_admin_and_a_sign_in_link_that_reaches_a_working_screen()
    {
        using var data = new TempFolder();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:DataFolder", data.Path));
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/health")).StatusCode); // starts the host
        var link = factory.Services.GetRequiredService<FirstStartLink>();
        for (var i = 0; i < 300 && link.Url is null; i++) await Task.Delay(50); // printed once the server has started
        Assert.NotNull(link.Url);
        Assert.Contains("/auth/signin?token=", link.Url);
        Assert.True(File.Exists(Path.Combine(data.Path, "auth", "signing-key.pem")));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data.Path, "auth", "signing-key.pem")));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri(link.Url!).PathAndQuery)).StatusCode);
        var me = await Json(await browser.GetAsync("/api/auth/me"));
        Assert.Equal("admin", me.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("admin", me.GetProperty("roles")[0].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("roles")[0].GetProperty("campaign").ValueKind);
        // The admin can work at once, e.g. create a campaign (cookie + CSRF header).
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns") { Content = JsonContent.Create(new { id = "dau-tien", year = 2025 }) };
        create.Headers.Add("X-CSRF-Token", me.GetProperty("csrfToken").GetString());
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(create)).StatusCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_dev_token_from_the_same_data_folder_is_accepted_and_one_from_another_is_not()
    {
        using var data = new TempFolder();
        using var elsewhere = new TempFolder();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:DataFolder", data.Path));
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);

        async Task<string> DevToken(string folder)
        {
            var output = new StringWriter();
            Assert.Equal(CliApp.ExitCodes.Ok, await CliApp.RunAsync(["dev-token", "--user", "Lan", "--role", "reviewer", "--unit", "X1", "--campaign", "c1", "--data", folder], output, new StringWriter()));
            return output.ToString().Trim().Split('\n')[^1].Trim();
        }
        client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(await DevToken(data.Path));
        var me = await Json(await client.GetAsync("/api/auth/me"));
        Assert.Equal(("lan", "token"), (me.GetProperty("user").GetProperty("name").GetString(), me.GetProperty("user").GetProperty("via").GetString()));
        var role = me.GetProperty("roles")[0];
        Assert.Equal(("reviewer", "X1", "c1"), (role.GetProperty("role").GetString(), role.GetProperty("unit").GetString(), role.GetProperty("campaign").GetString()));

        client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(await DevToken(elsewhere.Path));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(CliApp.ExitCodes.Unreadable, await CliApp.RunAsync(["dev-token", "--user", "x", "--role", "clerk", "--data", data.Path], new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.ExitCodes.Unreadable, await CliApp.RunAsync(["dev-token", "--user", "x", "--role", "boss", "--data", data.Path], new StringWriter(), new StringWriter()));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Entra_id_tokens_are_checked_offline_and_get_roles_from_the_store()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "k1" };
        var p = rsa.ExportParameters(false);
        var jwks = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = "k1", alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        const string issuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-00000000000a/v2.0";
        using var app = new CampaignApp(b =>
        {
            b.UseSetting("Auth:Entra:ClientId", "11111111-2222-3333-4444-555555555555");
            b.UseSetting("Auth:Entra:Issuer", issuer);
            b.UseSetting("Auth:Entra:Jwks", jwks);
        });
        var config = await Json(await app.ClientAs("-", null).GetAsync("/api/auth/config"));
        Assert.Equal("11111111-2222-3333-4444-555555555555", config.GetProperty("entra").GetProperty("clientId").GetString());
        Assert.Equal("api://11111111-2222-3333-4444-555555555555/access_as_user", config.GetProperty("entra").GetProperty("scopes")[0].GetString());
        Assert.True(config.GetProperty("localAccounts").GetBoolean());

        await CreateUserAsync(app, "lan.nguyen@tinh.gov.vn", null, new { role = "approver", unit = "X1", campaign = "c1" });
        string Token(string audience, string iss, SecurityKey signing, DateTime? expires = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = iss, Audience = audience, Expires = expires ?? DateTime.UtcNow.AddHours(1), NotBefore = DateTime.UtcNow.AddHours(-2), IssuedAt = DateTime.UtcNow.AddHours(-2),
            Claims = new Dictionary<string, object> { ["preferred_username"] = "Lan.Nguyen@Tinh.gov.vn", ["name"] = "Nguyễn Thị Lan", ["tid"] = "00000000-0000-0000-0000-00000000000a" },
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
        async Task<HttpResponseMessage> Me(string token)
        {
            using var c = app.ClientAs("-", null);
            c.DefaultRequestHeaders.Authorization = TestAuth.Bearer(token);
            return await c.GetAsync("/api/auth/me");
        }
        var ok = await Me(Token("api://11111111-2222-3333-4444-555555555555", issuer, key));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var me = await Json(ok);
        Assert.Equal(("lan.nguyen@tinh.gov.vn", "entra"), (me.GetProperty("user").GetProperty("name").GetString(), me.GetProperty("user").GetProperty("via").GetString()));
        Assert.Equal("approver", me.GetProperty("roles")[0].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("csrfToken").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await Me(Token("11111111-2222-3333-4444-555555555555", issuer, key))).StatusCode); // the client id as audience
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(Token("api://another-app", issuer, key))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(Token("api://11111111-2222-3333-4444-555555555555", "https://login.microsoftonline.com/other/v2.0", key))).StatusCode);
        using var stranger = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(Token("api://11111111-2222-3333-4444-555555555555", issuer, new RsaSecurityKey(stranger) { KeyId = "k1" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(Token("api://11111111-2222-3333-4444-555555555555", issuer, key, DateTime.UtcNow.AddHours(-1)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/no-such-route")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientAs("-", null).GetAsync("/api/no-such-route")).StatusCode);
        // Local tokens still work next to Entra ID.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_records_who_did_what_exports_and_shows_tampering()
    {
        using var app = new CampaignApp();
        var p = CampaignTestData.Province(units: 12, members: 100);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        var leaf = p.Units.Last(u => u.MemberList is not null);
        using var clerk = app.ClientAs("thu", Roles.Clerk, leaf.Unit.Code, "c1");
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(leaf), "lan-1.json"))).StatusCode);
        var changed = leaf with { Year = 2025, OwnRating = leaf.OwnRating };
        var second = CampaignTestData.Json(changed).Concat(" "u8.ToArray()).ToArray();
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(second, "lan-2.json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync($"/api/campaigns/c1/units/{p.Root.Unit.Code}/merge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PatchAsJsonAsync("/api/campaigns/c1", new { name = "Đợt mới" })).StatusCode);

        var entries = (await Json(await app.Client.GetAsync("/api/audit?campaign=c1"))).EnumerateArray().ToList();
        var actions = entries.Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["campaign.create", "submission.create", "submission.replace", "merge", "campaign.update"], actions);
        var submission = entries[1];
        Assert.Equal("thu", submission.GetProperty("user").GetString());
        Assert.Equal(leaf.Unit.Code, submission.GetProperty("unit").GetString());
        Assert.Contains("lan-1.json", submission.GetProperty("detail").GetString());
        Assert.Equal(app.Clock.Now, submission.GetProperty("at").GetDateTimeOffset());
        Assert.DoesNotContain(leaf.MemberList![0].Name, string.Join(" ", entries.Select(e => e.ToString())));

        var verify = await Json(await app.Client.GetAsync("/api/audit/verify"));
        Assert.True(verify.GetProperty("intact").GetBoolean());

        var xlsx = await app.Client.GetAsync("/api/audit/export.xlsx?campaign=c1");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        // Read back with ClosedXML: one row per entry of the log, with its user, action, unit, detail and hashes.
        using (var wb = OfficeReview.OpenXml.Tests.Workbooks.WorkbookOracle.Open(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var ws = wb.Worksheet("Nhật ký");
            Assert.Equal("Nhật ký kiểm toán — đợt c1", ws.Cell(1, 1).GetString());
            string? P(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString()) : null;
            OfficeReview.OpenXml.Tests.Workbooks.WorkbookOracle.ColumnsMatch(ws, 3, new Dictionary<string, IReadOnlyList<string?>>
            {
                ["Số"] = entries.Select(e => P(e, "id")).ToList(),
                ["Người dùng"] = entries.Select(e => P(e, "user")).ToList(),
                ["Hành động"] = entries.Select(e => P(e, "action")).ToList(),
                ["Đơn vị"] = entries.Select(e => P(e, "unit")).ToList(),
                ["Chi tiết"] = entries.Select(e => P(e, "detail")).ToList(),
                ["Băm"] = entries.Select(e => P(e, "hash")).ToList(),
            });
        }

        // Someone with access to the database rewrites who submitted: verify names the entry.
        var id = submission.GetProperty("id").GetInt64();
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.Data.Path, "security.db")}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"UPDATE audit_log SET user_name = 'nguoi-khac' WHERE id = {id}";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        verify = await Json(await app.Client.GetAsync("/api/audit/verify"));
        Assert.False(verify.GetProperty("intact").GetBoolean());
        Assert.Equal(id, verify.GetProperty("firstBrokenId").GetInt64());
    }
}
