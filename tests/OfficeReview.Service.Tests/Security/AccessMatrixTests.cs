using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Security;

/// <summary>
/// One campaign over a synthetic province, with two sibling branches: "own" = the branch the clerk (its leaf L1), the
/// reviewer and the approver (its parent P1) hold roles on, "other" = a sibling branch (L2 under P2). Every unit
/// submitted, merges at P1 and P2. A local account with a session cookie is signed in too.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public const string Campaign = "c1";
    public CampaignApp App { get; } = new();
    public string L1 { get; private set; } = "";
    public string L2 { get; private set; } = "";
    public string P1 { get; private set; } = "";
    public string P2 { get; private set; } = "";
    public byte[] R1 { get; private set; } = [];
    public byte[] R2 { get; private set; } = [];
    public long S1 { get; private set; }
    public long S2 { get; private set; }
    public long Res1 { get; private set; }
    public long Res2 { get; private set; }
    public HttpClient Cookie { get; private set; } = null!;
    public string Csrf { get; private set; } = "";
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        var p = CampaignTestData.Province(units: 30, members: 200);
        var admin = App.Client;
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/campaigns", new { id = Campaign, year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        // Two leaves whose parents are siblings' subtrees: neither parent is an ancestor of the other.
        var parentOf = p.Units.ToDictionary(u => u.Unit.Code, u => u.Unit.Parent);
        bool Under(string code, string ancestor) { for (var c = parentOf[code]; c is not null; c = parentOf[c]) if (c == ancestor) return true; return false; }
        var leaves = p.Units.Where(u => u.MemberList is not null && u.Unit.Parent is not null && u.Unit.Parent != p.Root.Unit.Code).ToList();
        var (first, second) = leaves.SelectMany(a => leaves.Select(b => (a, b)))
            .First(x => x.a.Unit.Parent != x.b.Unit.Parent && !Under(x.a.Unit.Parent!, x.b.Unit.Parent!) && !Under(x.b.Unit.Parent!, x.a.Unit.Parent!));
        (L1, P1, L2, P2) = (first.Unit.Code, first.Unit.Parent!, second.Unit.Code, second.Unit.Parent!);
        var ids = new Dictionary<string, long>();
        foreach (var report in p.Units.Skip(1))
        {
            var bytes = CampaignTestData.Json(report);
            if (report.Unit.Code == L1) R1 = bytes;
            if (report.Unit.Code == L2) R2 = bytes;
            var r = await admin.PostAsync($"/api/campaigns/{Campaign}/units/{report.Unit.Code}/submissions", CampaignTestData.File(bytes, "bc.json"));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            ids[report.Unit.Code] = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        }
        (S1, S2) = (ids[L1], ids[L2]);
        Res1 = await MergeAsync(P1);
        Res2 = await MergeAsync(P2);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/campaigns/{Campaign}/issuer",
            new { issuer = "ĐẢNG ỦY XÃ IA GRAI", issuerCode = "ĐU", place = "Ia Grai", signer = new { authority = "T/M", title = "BÍ THƯ", name = "A" } })).StatusCode);
        Doc1 = await DraftAsync(P1);
        Doc2 = await DraftAsync(P2);

        // A local account (admin of every campaign) signed in with a session cookie.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { userName = "cookie-admin", displayName = "Cookie", password = "mot-mat-khau-dai" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/users/cookie-admin/roles", new[] { new { role = "admin", unit = (string?)null, campaign = (string?)null } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { userName = "helper" })).StatusCode);
        Cookie = App.ClientAs("-", null);
        var login = await Cookie.PostAsJsonAsync("/api/auth/login", new { userName = "cookie-admin", password = "mot-mat-khau-dai" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Csrf = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("csrfToken").GetString()!;
    }

    public long Doc1 { get; private set; }
    public long Doc2 { get; private set; }

    private async Task<long> DraftAsync(string unit)
    {
        var r = await App.Client.PostAsJsonAsync($"/api/campaigns/{Campaign}/documents", new { kind = "bao-cao", unit });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    private async Task<long> MergeAsync(string unit)
    {
        var r = await App.Client.PostAsync($"/api/campaigns/{Campaign}/units/{unit}/merge", null);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return long.Parse(r.Headers.GetValues("X-Result-Id").Single());
    }

    /// <summary>The client of a caller kind (created once).</summary>
    public HttpClient Client(string caller)
    {
        if (caller == "cookie-no-csrf") return Cookie;
        if (_clients.TryGetValue(caller, out var c)) return c;
        c = App.ClientAs(caller, null);
        var now = DateTimeOffset.UtcNow;
        var token = caller switch
        {
            "admin" => TestAuth.Token("m-admin", Roles.Admin),
            "campaign-admin" => TestAuth.Token("m-cadmin", Roles.Admin, null, Campaign),
            "clerk" => TestAuth.Token("m-clerk", Roles.Clerk, L1, Campaign),
            "reviewer" => TestAuth.Token("m-reviewer", Roles.Reviewer, P1, Campaign),
            "approver" => TestAuth.Token("m-approver", Roles.Approver, P1, Campaign),
            "outsider" => TestAuth.Token("m-outsider", Roles.Clerk, L1, "another-campaign"),
            "expired" => TestAuth.Tokens.Issue("m-admin", null, [new RoleAssignment(Roles.Admin, null, null)], now.AddHours(-3), TimeSpan.FromHours(1)),
            "wrong-audience" => TestAuth.Tokens.Issue("m-admin", null, [new RoleAssignment(Roles.Admin, null, null)], now, TimeSpan.FromHours(1), audience: "another-service"),
            "wrong-signature" => s_foreignKey.Value.Issue("m-admin", null, [new RoleAssignment(Roles.Admin, null, null)], now, TimeSpan.FromHours(1)),
            _ => null, // anonymous
        };
        if (token is not null) c.DefaultRequestHeaders.Authorization = TestAuth.Bearer(token);
        return _clients[caller] = c;
    }

    private static readonly Lazy<LocalTokens> s_foreignKey = new(() =>
        LocalTokens.LoadOrCreate(Path.Combine(Path.GetTempPath(), $"officereview-foreign-{Environment.ProcessId}", "k.pem")));

    public Task DisposeAsync()
    {
        foreach (var c in _clients.Values) c.Dispose();
        Cookie?.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The access matrix: every route × every caller kind × own/other branch.</summary>
public sealed class AccessMatrixTests(MatrixFixture fx) : IClassFixture<MatrixFixture>
{
    public static readonly string[] Roles = ["admin", "campaign-admin", "clerk", "reviewer", "approver", "outsider"];
    public static readonly string[] BadCallers = ["anonymous", "expired", "wrong-audience", "wrong-signature"];

    private enum Target { None, Leaf, Parent }

    /// <summary>How a route is called and who may call it.</summary>
    private sealed record Route(string Name, string Method, Target Target, Func<MatrixFixture, bool, string> Url, Func<string, bool, bool> Allowed,
        Func<MatrixFixture, bool, HttpContent?>? Body = null, bool IdRoute = false, Func<string, bool, bool>? Reads = null);

    private static bool Admins(string r) => r is "admin" or "campaign-admin";
    private static bool Members(string r) => r is "admin" or "campaign-admin" or "clerk" or "reviewer" or "approver";
    private static bool Signed(string r) => Members(r) || r == "outsider";
    private static bool Tools(string r) => Admins(r) || r is "reviewer" or "approver";
    private static bool ReadLeaf(string r, bool own) => Admins(r) || (own && r is "clerk" or "reviewer" or "approver");
    private static bool ReadParent(string r, bool own) => Admins(r) || (own && r is "reviewer" or "approver");

    private static HttpContent Json(object o) => new StringContent(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    private static readonly Route[] s_routes =
    [
        new("list campaigns", "GET", Target.None, (f, _) => "/api/campaigns", (r, _) => Signed(r)),
        new("create campaign", "POST", Target.None, (f, _) => "/api/campaigns", (r, _) => r == "admin", (f, _) => Json(new { year = 2025 })),
        new("get campaign", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}", (r, _) => Members(r)),
        new("update campaign", "PATCH", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}", (r, _) => Admins(r), (f, _) => Json(new { name = "Đợt thử" })),
        new("get issuer", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/issuer", (r, _) => Members(r)),
        new("form contract", "GET", Target.None, (f, _) => "/api/form-contract", (r, _) => Signed(r)),
        new("suggest cells for a form", "POST", Target.None, (f, _) => "/api/form-suggestions", (r, _) => Admins(r),
            (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Build(), "bieu-tinh.xlsx")),
        new("check a mapping profile", "POST", Target.None, (f, _) => "/api/profiles/check", (r, _) => Admins(r), (f, _) => CampaignFormApiTests.ProfileRequest()),
        new("set the campaign's form", "PUT", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/form", (r, _) => Admins(r),
            (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Tag(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Build(), OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Tags), "bieu-tinh.xlsx")),
        new("download the campaign's form", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/form", (r, _) => Members(r)),
        new("the campaign's form check", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/form/check", (r, _) => Members(r)),
        new("set issuer", "PUT", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/issuer", (r, _) => Admins(r),
            (f, _) => Json(new { issuer = "ĐẢNG ỦY XÃ IA GRAI", issuerCode = "ĐU", place = "Ia Grai", signer = new { authority = "T/M", title = "BÍ THƯ", name = "A" } })),
        new("list units", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/units", (r, _) => Members(r)),
        new("import units", "PUT", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/units", (r, _) => Admins(r),
            (f, _) => CampaignTestData.File(Encoding.UTF8.GetBytes("[]"), "don-vi.json")),
        new("status of a unit", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/status?unit={(own ? f.P1 : f.P2)}", ReadParent),
        new("status of a leaf", "GET", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/status?unit={(own ? f.L1 : f.L2)}", ReadLeaf),
        new("list submissions of a unit (query)", "GET", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/submissions?unit={(own ? f.L1 : f.L2)}", ReadLeaf),
        new("list submissions of a unit", "GET", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/units/{(own ? f.L1 : f.L2)}/submissions", ReadLeaf),
        new("submit", "POST", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/units/{(own ? f.L1 : f.L2)}/submissions",
            (r, own) => Admins(r) || (own && r == "clerk"), (f, own) => CampaignTestData.File(own ? f.R1 : f.R2, "bc.json")),
        new("get submission", "GET", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/submissions/{(own ? f.S1 : f.S2)}", ReadLeaf, IdRoute: true),
        new("get submission content", "GET", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/submissions/{(own ? f.S1 : f.S2)}/content", ReadLeaf, IdRoute: true),
        new("merge at a unit", "POST", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/units/{(own ? f.P1 : f.P2)}/merge",
            (r, own) => Admins(r) || (own && r == "reviewer")),
        new("decide a unit's level", "PUT", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/units/{(own ? f.L1 : f.L2)}/decision",
            (r, own) => Admins(r) || (own && r == "reviewer"), (f, _) => Json(new { level = "good", reason = "Thẩm định" })),
        new("decide in bulk", "PUT", Target.Leaf, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/decisions",
            (r, own) => Admins(r) || (own && r == "reviewer"), (f, own) => Json(new[] { new { unit = own ? f.L1 : f.L2, level = "good", reason = "Thẩm định" } })),
        new("decisions of a subtree", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/units/{(own ? f.P1 : f.P2)}/decisions", ReadParent),
        new("draft a campaign document", "POST", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/documents",
            (r, own) => Admins(r) || (own && r is "reviewer" or "approver"), (f, own) => Json(new { kind = "ke-hoach", unit = own ? f.P1 : f.P2 })),
        new("list campaign documents", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/documents", (r, _) => Members(r)),
        new("get campaign document content", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/documents/{(own ? f.Doc1 : f.Doc2)}/content", ReadParent, IdRoute: true),
        new("approve a campaign document", "POST", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/documents/{(own ? f.Doc1 : f.Doc2)}/approve",
            (r, own) => Admins(r) || (own && r == "approver"), IdRoute: true, Reads: ReadParent),
        new("get an approved document", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/documents/{(own ? f.Doc1 : f.Doc2)}/final", ReadParent, IdRoute: true),
        // Microsoft 365 folders (no Graph credential here: an empty folder list keeps the pull from calling Graph).
        new("get Microsoft 365 folders", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/graph-folders", (r, _) => Members(r)),
        new("set Microsoft 365 folders", "PUT", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/graph-folders", (r, _) => Admins(r),
            (f, _) => Json(new { folders = Array.Empty<object>() })),
        new("pull from Microsoft 365", "POST", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/graph-pull", (r, _) => Admins(r)),
        new("pull a level from Microsoft 365", "POST", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/graph-pull?unit={(own ? f.P1 : f.P2)}",
            (r, own) => Admins(r) || (own && r == "reviewer")),
        new("save a level's results to Microsoft 365", "POST", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/graph-publish?unit={(own ? f.P1 : f.P2)}",
            (r, own) => Admins(r) || (own && r == "reviewer")),
        new("archive", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/archive", (r, _) => Admins(r)),
        new("list results", "GET", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Campaign}/results", (r, _) => Members(r)),
        new("get result", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/results/{(own ? f.Res1 : f.Res2)}", ReadParent, IdRoute: true),
        new("get result workbook", "GET", Target.Parent, (f, own) => $"/api/campaigns/{MatrixFixture.Campaign}/results/{(own ? f.Res1 : f.Res2)}/workbook", ReadParent, IdRoute: true),
        new("merge files", "POST", Target.None, (f, _) => "/api/merge", (r, _) => Tools(r), (f, _) => CampaignTestData.Form((f.R1, "a.json"))),
        new("draft a document", "POST", Target.None, (f, _) => "/api/documents/bao-cao", (r, _) => Tools(r), (f, _) => Json(new { })),
        new("draft a unit's document", "POST", Target.Parent, (f, own) => $"/api/documents/bao-cao?campaign={MatrixFixture.Campaign}&unit={(own ? f.P1 : f.P2)}",
            (r, own) => Admins(r) || (own && r is "reviewer" or "approver"), (f, _) => Json(new { })),
        new("approve a document", "POST", Target.Parent, (f, own) => $"/api/documents/bao-cao?approve=true&number=1&approvedBy=A&campaign={MatrixFixture.Campaign}&unit={(own ? f.P1 : f.P2)}",
            (r, own) => Admins(r) || (own && r == "approver"), (f, _) => Json(new { })),
        new("validate", "POST", Target.None, (f, _) => "/api/validate", (r, _) => Signed(r), (f, _) => CampaignTestData.File(f.R1, "a.json")),
        new("check a report", "POST", Target.None, (f, _) => "/api/check-report", (r, _) => Signed(r), (f, _) => CampaignTestData.File(Encoding.UTF8.GetBytes("Báo cáo"), "a.txt")),
        new("generate a review form", "POST", Target.None, (f, _) => "/api/forms/mau-02b?year=2025", (r, _) => Signed(r), (f, _) => CampaignTestData.File([], "bieu-don-vi.xlsx")),
        new("check a scoring workbook", "POST", Target.None, (f, _) => "/api/forms/bang-diem/check", (r, _) => Signed(r),
            (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Workbooks.ScoreWorkbook.Write(null), "bang-diem.xlsx")),
        new("template", "GET", Target.None, (f, _) => "/api/templates/bieu-don-vi", (r, _) => Signed(r)),
        new("me", "GET", Target.None, (f, _) => "/api/auth/me", (r, _) => Signed(r)),
        new("audit of the campaign", "GET", Target.None, (f, _) => $"/api/audit?campaign={MatrixFixture.Campaign}", (r, _) => Admins(r)),
        new("audit export of the campaign", "GET", Target.None, (f, _) => $"/api/audit/export.xlsx?campaign={MatrixFixture.Campaign}", (r, _) => Admins(r)),
        new("whole audit log", "GET", Target.None, (f, _) => "/api/audit", (r, _) => r == "admin"),
        new("verify audit", "GET", Target.None, (f, _) => "/api/audit/verify", (r, _) => r == "admin"),
        new("list users", "GET", Target.None, (f, _) => "/api/users", (r, _) => Admins(r)),
        new("create user", "POST", Target.None, (f, _) => "/api/users", (r, _) => Admins(r), (f, _) => Json(new { userName = $"u{Guid.NewGuid():N}"[..20] })),
        new("set roles of every campaign", "PUT", Target.None, (f, _) => "/api/users/cookie-admin/roles", (r, _) => r == "admin",
            (f, _) => Json(new[] { new { role = "admin", unit = (string?)null, campaign = (string?)null } })),
        new("set roles in the campaign", "PUT", Target.None, (f, _) => "/api/users/helper/roles", (r, _) => Admins(r),
            (f, _) => Json(new[] { new { role = "reviewer", unit = f.P1, campaign = MatrixFixture.Campaign } })),
        new("make a sign-in link", "POST", Target.None, (f, _) => "/api/users/helper/signin-link", (r, _) => r == "admin"),
    ];

    public static IEnumerable<object[]> Cases()
    {
        foreach (var route in s_routes)
            foreach (var role in Roles.Concat(BadCallers).Append("cookie-no-csrf"))
                foreach (var own in route.Target == Target.None ? [true] : new[] { true, false })
                    yield return [route.Name, role, own];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_answers_by_role(string routeName, string caller, bool own)
    {
        var route = s_routes.Single(r => r.Name == routeName);
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(fx, own)) { Content = route.Body?.Invoke(fx, own) };
        using var response = await fx.Client(caller).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var what = $"{caller} {(own ? "own" : "other")}: {route.Method} {route.Url(fx, own)} → {status} {body[..Math.Min(body.Length, 300)]}";
        Assert.True(status < 500, what);

        if (BadCallers.Contains(caller))
        {
            Assert.True(status == 401, what);
            Assert.Contains("Cần đăng nhập", body);
            return;
        }
        if (caller == "cookie-no-csrf" && route.Method != "GET")
        {
            Assert.True(status == 403, what);
            Assert.Contains("X-CSRF-Token", body);
            return;
        }
        var role = caller == "cookie-no-csrf" ? "admin" : caller;
        if (route.Allowed(role, own))
        {
            Assert.True(status is not (401 or 403), what);
            if (route.IdRoute) Assert.True(status != 404, what);
            return;
        }
        if (route.IdRoute && route.Reads?.Invoke(role, own) == true)
        {
            // The caller sees the document but may not act on it: a plain refusal.
            Assert.True(status == 403, what);
            return;
        }
        if (route.IdRoute)
        {
            // Guessing another unit's id: the same answer as an id that does not exist.
            Assert.True(status == 404, what);
            using var missingRequest = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(fx, own).Replace($"/{(own ? fx.S1 : fx.S2)}", "/987654").Replace($"/{(own ? fx.Res1 : fx.Res2)}", "/987654").Replace($"/documents/{(own ? fx.Doc1 : fx.Doc2)}/", "/documents/987654/"));
            var missing = await fx.App.Client.SendAsync(missingRequest);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString(),
                JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
            return;
        }
        Assert.True(status == 403, what);
        Assert.Contains("Không có quyền", body);
    }

    [Fact]
    public async Task A_cookie_session_writes_with_its_csrf_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/campaigns/{MatrixFixture.Campaign}") { Content = Json(new { name = "Đổi bằng cookie" }) };
        request.Headers.Add("X-CSRF-Token", fx.Csrf);
        var response = await fx.Cookie.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Patch, $"/api/campaigns/{MatrixFixture.Campaign}") { Content = Json(new { name = "x" }) };
        wrong.Headers.Add("X-CSRF-Token", fx.Csrf[..^2] + "xx");
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Cookie.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Lists_show_only_what_the_caller_may_see()
    {
        async Task<List<string>> Units(string caller, string url, string property) =>
            JsonDocument.Parse(await fx.Client(caller).GetStringAsync(url)).RootElement.EnumerateArray().Select(e => e.GetProperty(property).ToString()).ToList();

        var clerkSubs = await Units("clerk", $"/api/campaigns/{MatrixFixture.Campaign}/submissions", "unit");
        Assert.Equal([fx.L1], clerkSubs.Distinct());
        var reviewerSubs = await Units("reviewer", $"/api/campaigns/{MatrixFixture.Campaign}/submissions", "unit");
        Assert.Contains(fx.L1, reviewerSubs);
        Assert.DoesNotContain(fx.L2, reviewerSubs);
        Assert.Contains(fx.L2, await Units("campaign-admin", $"/api/campaigns/{MatrixFixture.Campaign}/submissions", "unit"));

        Assert.Equal([fx.L1], await Units("clerk", $"/api/campaigns/{MatrixFixture.Campaign}/units", "code"));
        var reviewerUnits = await Units("reviewer", $"/api/campaigns/{MatrixFixture.Campaign}/units", "code");
        Assert.Contains(fx.P1, reviewerUnits);
        Assert.DoesNotContain(fx.P2, reviewerUnits);

        Assert.Equal([fx.P1], (await Units("reviewer", $"/api/campaigns/{MatrixFixture.Campaign}/results", "unit")).Distinct());
        Assert.Empty(await Units("clerk", $"/api/campaigns/{MatrixFixture.Campaign}/results", "unit"));

        Assert.Empty(await Units("outsider", "/api/campaigns", "id"));
        Assert.Contains(MatrixFixture.Campaign, await Units("clerk", "/api/campaigns", "id"));

        // Status without ?unit=: the caller's own unit.
        var status = JsonDocument.Parse(await fx.Client("reviewer").GetStringAsync($"/api/campaigns/{MatrixFixture.Campaign}/status")).RootElement;
        Assert.Contains(fx.P1, status.ToString());
        Assert.DoesNotContain($"\"{fx.P2}\"", status.ToString());
    }
}
