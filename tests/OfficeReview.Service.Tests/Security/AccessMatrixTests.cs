using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Api;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Security;

/// <summary>
/// One campaign over a synthetic province, with two sibling branches: "own" = the branch the clerk (its leaf L1), the
/// reviewer and the approver (its parent P1) hold roles on, "other" = a sibling branch (L2 under P2). Every unit
/// submitted, merges at P1 and P2. A local account with a session cookie is signed in too.
/// </summary>
/// <summary>The ids a call's path names.</summary>
public interface IMatrixIds
{
    string L1 { get; }
    string L2 { get; }
    string P1 { get; }
    string P2 { get; }
    long S1 { get; }
    long S2 { get; }
    long Res1 { get; }
    long Res2 { get; }
    long Doc1 { get; }
    long Doc2 { get; }
}

public sealed class MatrixFixture : IAsyncLifetime, IMatrixIds
{
    public const string Campaign = "c1";
    public const string Closable = "c2";
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
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/campaigns", new { id = Closable, year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
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

/// <summary>
/// The access matrix: every route of the route table (<see cref="ApiRoutes"/>) × every caller kind × own/other branch.
/// What each caller may do comes from the route's <see cref="Access"/> rule, whose meaning is written out here
/// (<see cref="Expected"/>); a route of the table without a call below is called with its template filled in and a
/// body of its <see cref="BodyKind"/>. Calls below whose handler narrows the rule say so with their own Allowed.
/// </summary>
public sealed class AccessMatrixTests(MatrixFixture fx) : IClassFixture<MatrixFixture>
{
    public static readonly string[] Roles = ["admin", "campaign-admin", "clerk", "reviewer", "approver", "outsider"];
    public static readonly string[] BadCallers = ["anonymous", "expired", "wrong-audience", "wrong-signature"];

    private enum Target { None, Leaf, Parent }

    /// <summary>How a route is called; Allowed only where the handler narrows the table's rule.</summary>
    private sealed record Route(string Name, string Method, Target Target, Func<IMatrixIds, bool, string> Url, Func<string, bool, bool>? Allowed = null,
        Func<MatrixFixture, bool, HttpContent?>? Body = null)
    {
        /// <summary>The table's row of this call (matched by method and path).</summary>
        public ApiRoute Row { get; init; } = null!;
    }

    private static bool Admins(string r) => r is "admin" or "campaign-admin";
    private static bool Members(string r) => r is "admin" or "campaign-admin" or "clerk" or "reviewer" or "approver";
    private static bool Signed(string r) => Members(r) || r == "outsider";
    private static bool Tools(string r) => Admins(r) || r is "reviewer" or "approver";
    private static bool ReadLeaf(string r, bool own) => Admins(r) || (own && r is "clerk" or "reviewer" or "approver");
    private static bool ReadParent(string r, bool own) => Admins(r) || (own && r is "reviewer" or "approver");
    private static bool Read(Target t, string r, bool own) => t == Target.Parent ? ReadParent(r, own) : ReadLeaf(r, own);

    /// <summary>
    /// What each rule lets the fixture's callers do (docs/security.md, "Roles"): the clerk holds the leaf L1, the reviewer
    /// and the approver its parent P1; "own" targets their branch, "other" the sibling branch.
    /// </summary>
    private static bool Expected(Access rule, Target target, string url, string r, bool own)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        bool Has(string key) => query.TryGetValue(key, out var v) && v.ToString().Length > 0;
        return rule switch
        {
            Access.Anonymous => true,
            Access.SignedIn => Signed(r),
            Access.Tools => Tools(r),
            Access.AnyRole => Signed(r), // the fixture's outsider holds a role in another campaign
            Access.AnyAdmin => Admins(r),
            Access.GlobalAdmin => r == "admin",
            Access.CampaignMember => Members(r),
            Access.CampaignAdmin => Admins(r),
            Access.UnitRead or Access.SubmissionRead or Access.ResultRead or Access.DocumentRead => Read(target, r, own),
            Access.UnitSubmit => Admins(r) || (own && r == "clerk"),
            Access.UnitMerge or Access.UnitDecide => Admins(r) || (own && r == "reviewer"),
            Access.CampaignStatus or Access.UnitQuery => Has("unit") ? Read(target, r, own) : Members(r),
            Access.DocumentApprove => Admins(r) || (own && r == "approver"),
            Access.GraphTransfer => Admins(r) || (Has("unit") && own && r == "reviewer"),
            Access.DocumentGenerate => query.TryGetValue("approve", out var approve) && approve == "true" ? Admins(r) || (own && r == "approver")
                : Has("campaign") && Has("unit") ? Admins(r) || (own && r is "reviewer" or "approver") : Tools(r),
            Access.AuditRead => Has("campaign") ? Admins(r) : r == "admin",
            _ => throw new InvalidOperationException($"rule {rule} has no expectation in the access matrix"),
        };
    }

    /// <summary>Rules whose routes name a stored record: another unit's id answers as a missing one.</summary>
    private static bool IdRule(Access rule) => rule is Access.SubmissionRead or Access.ResultRead or Access.DocumentRead or Access.DocumentApprove;

    private static HttpContent ProfileRequest() => Profiles.LastYearWorkbooks.Request(Profiles.LastYearWorkbooks.Profile(id: "matrix"),
        (Profiles.LastYearWorkbooks.Build(new Profiles.OldUnit("X", "Đảng bộ xã Tân Lạc", 10, 1, 8, 1, 0, 2, 0), Profiles.OldFont.Unicode), "mau.xlsx"));

    private static HttpContent Json(object o) => new StringContent(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    private const string C = "/api/campaigns/" + MatrixFixture.Campaign;

    /// <summary>Calls with a chosen path, query or body (the rest of the table is called by <see cref="DefaultCall"/>).</summary>
    private static readonly Route[] s_calls =
    [
        new("create campaign", "POST", Target.None, (f, _) => "/api/campaigns", Body: (f, _) => Json(new { year = 2025 })),
        // Closing c1 would refuse the other calls' writes: a second campaign is closed, whose admin only "admin" is.
        new("close a campaign", "POST", Target.None, (f, _) => $"/api/campaigns/{MatrixFixture.Closable}/close", (r, _) => r == "admin"),
        new("update campaign", "PATCH", Target.None, (f, _) => C, Body: (f, _) => Json(new { name = "Đợt thử" })),
        new("suggest cells for a form", "POST", Target.None, (f, _) => "/api/form-suggestions",
            Body: (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Build(), "bieu-tinh.xlsx")),
        new("check a mapping profile", "POST", Target.None, (f, _) => "/api/profiles/check", Body: (f, _) => CampaignFormApiTests.ProfileRequest()),
        new("save a mapping profile", "POST", Target.None, (f, _) => "/api/profiles", Body: (f, _) => ProfileRequest()),
        new("read a mapping profile", "GET", Target.None, (f, _) => "/api/profiles/matrix"),
        new("replace a mapping profile", "PUT", Target.None, (f, _) => "/api/profiles/matrix", Body: (f, _) => ProfileRequest()),
        new("delete a mapping profile", "DELETE", Target.None, (f, _) => "/api/profiles/matrix-gone"),
        new("import by a mapping profile", "POST", Target.None, (f, _) => $"{C}/profile-import?profile=matrix",
            Body: (f, _) => Profiles.LastYearWorkbooks.Files(([1, 2, 3], "khong-phai.xlsx"))),
        new("OpenAPI document", "GET", Target.None, (f, _) => "/api/openapi/v1.json"),
        new("API reference page", "GET", Target.None, (f, _) => "/api/reference/v1"),
        new("set the campaign's form", "PUT", Target.None, (f, _) => $"{C}/form",
            Body: (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Tag(OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Build(), OfficeReview.OpenXml.Tests.Workbooks.ProvinceWorkbook.Tags), "bieu-tinh.xlsx")),
        new("set issuer", "PUT", Target.None, (f, _) => $"{C}/issuer",
            Body: (f, _) => Json(new { issuer = "ĐẢNG ỦY XÃ IA GRAI", issuerCode = "ĐU", place = "Ia Grai", signer = new { authority = "T/M", title = "BÍ THƯ", name = "A" } })),
        new("import units", "PUT", Target.None, (f, _) => $"{C}/units", Body: (f, _) => CampaignTestData.File(Encoding.UTF8.GetBytes("[]"), "don-vi.json")),
        new("status of a unit", "GET", Target.Parent, (f, own) => $"{C}/status?unit={(own ? f.P1 : f.P2)}"),
        new("status of a leaf", "GET", Target.Leaf, (f, own) => $"{C}/status?unit={(own ? f.L1 : f.L2)}"),
        new("list submissions of a unit (query)", "GET", Target.Leaf, (f, own) => $"{C}/submissions?unit={(own ? f.L1 : f.L2)}"),
        new("submit", "POST", Target.Leaf, (f, own) => $"{C}/units/{(own ? f.L1 : f.L2)}/submissions", Body: (f, own) => CampaignTestData.File(own ? f.R1 : f.R2, "bc.json")),
        new("decide a unit's level", "PUT", Target.Leaf, (f, own) => $"{C}/units/{(own ? f.L1 : f.L2)}/decision", Body: (f, _) => Json(new { level = "good", reason = "Thẩm định" })),
        // The handler checks each unit of the list: a reviewer of the unit above it.
        new("decide in bulk", "PUT", Target.Leaf, (f, own) => $"{C}/decisions", (r, own) => Admins(r) || (own && r == "reviewer"),
            (f, own) => Json(new[] { new { unit = own ? f.L1 : f.L2, level = "good", reason = "Thẩm định" } })),
        new("decisions of a subtree", "GET", Target.Parent, (f, own) => $"{C}/units/{(own ? f.P1 : f.P2)}/decisions"),
        // The handler checks the unit of the body: a reviewer, approver or admin there.
        new("draft a campaign document", "POST", Target.Parent, (f, own) => $"{C}/documents",
            (r, own) => Admins(r) || (own && r is "reviewer" or "approver"), (f, own) => Json(new { kind = "ke-hoach", unit = own ? f.P1 : f.P2 })),
        // Microsoft 365 folders (no Graph credential here: an empty folder list keeps the pull from calling Graph).
        new("set Microsoft 365 folders", "PUT", Target.None, (f, _) => $"{C}/graph-folders", Body: (f, _) => Json(new { folders = Array.Empty<object>() })),
        new("pull from Microsoft 365", "POST", Target.None, (f, _) => $"{C}/graph-pull"),
        new("pull a level from Microsoft 365", "POST", Target.Parent, (f, own) => $"{C}/graph-pull?unit={(own ? f.P1 : f.P2)}"),
        new("save a level's results to Microsoft 365", "POST", Target.Parent, (f, own) => $"{C}/graph-publish?unit={(own ? f.P1 : f.P2)}"),
        new("merge files", "POST", Target.None, (f, _) => "/api/merge", Body: (f, _) => CampaignTestData.Form((f.R1, "a.json"))),
        new("draft a document", "POST", Target.None, (f, _) => "/api/documents/bao-cao", Body: (f, _) => Json(new { })),
        new("draft a unit's document", "POST", Target.Parent, (f, own) => $"/api/documents/bao-cao?campaign={MatrixFixture.Campaign}&unit={(own ? f.P1 : f.P2)}", Body: (f, _) => Json(new { })),
        new("approve a document", "POST", Target.Parent, (f, own) => $"/api/documents/bao-cao?approve=true&number=1&approvedBy=A&campaign={MatrixFixture.Campaign}&unit={(own ? f.P1 : f.P2)}",
            Body: (f, _) => Json(new { })),
        new("validate", "POST", Target.None, (f, _) => "/api/validate", Body: (f, _) => CampaignTestData.File(f.R1, "a.json")),
        new("check a report", "POST", Target.None, (f, _) => "/api/check-report", Body: (f, _) => CampaignTestData.File(Encoding.UTF8.GetBytes("Báo cáo"), "a.txt")),
        new("generate a review form", "POST", Target.None, (f, _) => "/api/forms/mau-02b?year=2025", Body: (f, _) => CampaignTestData.File([], "bieu-don-vi.xlsx")),
        new("check a scoring workbook", "POST", Target.None, (f, _) => "/api/forms/bang-diem/check",
            Body: (f, _) => CampaignTestData.File(OfficeReview.OpenXml.Workbooks.ScoreWorkbook.Write(null), "bang-diem.xlsx")),
        new("template", "GET", Target.None, (f, _) => "/api/templates/bieu-don-vi"),
        new("audit of the campaign", "GET", Target.None, (f, _) => $"/api/audit?campaign={MatrixFixture.Campaign}"),
        new("audit export of the campaign", "GET", Target.None, (f, _) => $"/api/audit/export.xlsx?campaign={MatrixFixture.Campaign}"),
        new("whole audit log", "GET", Target.None, (f, _) => "/api/audit"),
        new("create user", "POST", Target.None, (f, _) => "/api/users", Body: (f, _) => Json(new { userName = $"u{Guid.NewGuid():N}"[..20] })),
        // Roles of every campaign: only an admin of every campaign may give them (AuthApi).
        new("set roles of every campaign", "PUT", Target.None, (f, _) => "/api/users/cookie-admin/roles", (r, _) => r == "admin",
            (f, _) => Json(new[] { new { role = "admin", unit = (string?)null, campaign = (string?)null } })),
        new("set roles in the campaign", "PUT", Target.None, (f, _) => "/api/users/helper/roles",
            Body: (f, _) => Json(new[] { new { role = "reviewer", unit = f.P1, campaign = MatrixFixture.Campaign } })),
    ];

    /// <summary>Values for a template's parameters in a default call.</summary>
    private static string Fill(string template, IMatrixIds f, bool own, Target target) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-zA-Z]+)(:[^}]*)?\}", m => m.Groups[1].Value switch
        {
            "id" => MatrixFixture.Campaign,
            "unit" => target == Target.Parent ? (own ? f.P1 : f.P2) : (own ? f.L1 : f.L2),
            "submission" => (own ? f.S1 : f.S2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "result" => (own ? f.Res1 : f.Res2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "docId" => (own ? f.Doc1 : f.Doc2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "kind" => "bao-cao",
            "name" => "helper",
            _ => "x", // another parameter: any value reaches the gate (a handler may answer 404 to an allowed caller)
        });

    /// <summary>A table route called with its template filled in and a body of its kind.</summary>
    private static Route DefaultCall(ApiRoute row)
    {
        var target = row.Access switch
        {
            Access.UnitRead or Access.UnitSubmit or Access.UnitDecide or Access.SubmissionRead => Target.Leaf,
            Access.UnitMerge or Access.ResultRead or Access.DocumentRead or Access.DocumentApprove => Target.Parent,
            _ => Target.None,
        };
        Func<MatrixFixture, bool, HttpContent?>? body = row.Body switch
        {
            BodyKind.Json => (f, _) => Json(new { }),
            BodyKind.File => (f, _) => CampaignTestData.File(f.R1, "bc.json"),
            _ => null,
        };
        return new Route(row.Key, row.Method, target, (f, own) => Fill(row.Template, f, own, target), Body: body) { Row = row };
    }

    /// <summary>The table's row of a method and path (route constraints as the table writes them: {x:long}).</summary>
    private static ApiRoute? RowOf(string method, string url)
    {
        var path = url.Split('?')[0];
        foreach (var row in ApiRoutes.All.Where(r => r.Method == method).OrderBy(r => r.Template.Contains('{') ? 1 : 0))
        {
            var template = Microsoft.AspNetCore.Routing.Template.TemplateParser.Parse(row.Template.TrimStart('/'));
            var matcher = new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(template, new Microsoft.AspNetCore.Routing.RouteValueDictionary());
            if (matcher.TryMatch(path, new Microsoft.AspNetCore.Routing.RouteValueDictionary()) && Constraints(row.Template, path)) return row;
        }
        return null;
    }

    private static bool Constraints(string template, string path)
    {
        var t = template.TrimStart('/').Split('/');
        var p = path.TrimStart('/').Split('/');
        return t.Length == p.Length && t.Zip(p).All(x => !x.First.EndsWith(":long}", StringComparison.Ordinal) || long.TryParse(x.Second, out _));
    }

    private static readonly Lazy<Route[]> s_routes = new(() =>
    {
        var fixtureless = new SampleIds();
        var calls = s_calls.Select(c => c with { Row = RowOf(c.Method, c.Url(fixtureless, true)) ?? throw new InvalidOperationException($"the call \"{c.Name}\" ({c.Method} {c.Url(fixtureless, true)}) is no route of the table") }).ToList();
        var covered = calls.Select(c => c.Row.Key).ToHashSet();
        return calls.Concat(ApiRoutes.All.Where(r => !covered.Contains(r.Key)).Select(DefaultCall)).ToArray();
    });

    /// <summary>Ids in the shapes the fixture's have, to match a call's path against the table before the fixture exists.</summary>
    private sealed class SampleIds : IMatrixIds
    {
        public string L1 => "L1";
        public string L2 => "L2";
        public string P1 => "P1";
        public string P2 => "P2";
        public long S1 => 1;
        public long S2 => 2;
        public long Res1 => 3;
        public long Res2 => 4;
        public long Doc1 => 5;
        public long Doc2 => 6;
    }

    [Fact]
    public void Every_route_of_the_table_is_called_and_every_call_is_a_route_of_the_table()
    {
        Assert.Equal(ApiRoutes.All.Select(r => r.Key).Order(), s_routes.Value.Select(r => r.Row.Key).Distinct().Order());
        Assert.All(s_calls, c => Assert.NotNull(s_routes.Value.Single(r => r.Name == c.Name).Row));
        Assert.Equal(s_routes.Value.Length, s_routes.Value.Select(r => r.Name).Distinct().Count());
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var route in s_routes.Value)
            foreach (var role in Roles.Concat(BadCallers).Append("cookie-no-csrf"))
                foreach (var own in route.Target == Target.None ? [true] : new[] { true, false })
                    yield return [route.Name, role, own];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_answers_by_role(string routeName, string caller, bool own)
    {
        var route = s_routes.Value.Single(r => r.Name == routeName);
        var rule = route.Row.Access;
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(fx, own)) { Content = route.Body?.Invoke(fx, own) };
        using var response = await fx.Client(caller).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var what = $"{caller} {(own ? "own" : "other")}: {route.Method} {route.Url(fx, own)} → {status} {body[..Math.Min(body.Length, 300)]}";
        Assert.True(status < 500, what);

        if (rule == Access.Anonymous)
        {
            // The gate lets everyone through (a handler may still refuse a bad sign-in link with its own 401).
            Assert.True(status != 403 && !body.Contains("Cần đăng nhập"), what);
            return;
        }
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
        var idRoute = IdRule(rule);
        if (route.Allowed?.Invoke(role, own) ?? Expected(rule, route.Target, route.Url(fx, own), role, own))
        {
            Assert.True(status is not (401 or 403), what);
            if (idRoute) Assert.True(status != 404, what);
            return;
        }
        if (rule == Access.DocumentApprove && ReadParent(role, own))
        {
            // The caller sees the document but may not act on it: a plain refusal.
            Assert.True(status == 403, what);
            return;
        }
        if (idRoute)
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
