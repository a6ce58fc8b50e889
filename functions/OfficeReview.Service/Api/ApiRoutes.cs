using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Documents;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Microsoft365;

namespace OfficeReview.Service.Api;

/// <summary>
/// Who may call a route (checked by <see cref="AccessGate"/> after sign-in, before the handler). Roles sit on the unit
/// tree (docs/security.md, "Roles"); "{id}" is the route's campaign, "{unit}" its unit.
/// </summary>
public enum Access
{
    /// <summary>Anyone, without signing in (health, sign-in itself, the pane's files).</summary>
    Anonymous,
    /// <summary>Any signed-in caller (stateless checks of the caller's own file, the caller's own account).</summary>
    SignedIn,
    /// <summary>A reviewer, approver or admin role anywhere (stateless merge and document generation).</summary>
    Tools,
    /// <summary>A role in at least one campaign (shared reference data: saved mapping profiles).</summary>
    AnyRole,
    /// <summary>An admin of at least one campaign (handlers narrow to the caller's campaigns).</summary>
    AnyAdmin,
    /// <summary>An admin of every campaign.</summary>
    GlobalAdmin,
    /// <summary>Any role in campaign {id}; lists are filtered in the handler to what the caller may read.</summary>
    CampaignMember,
    /// <summary>An admin of campaign {id}. Also the rule of a route missing from the table (fail closed).</summary>
    CampaignAdmin,
    /// <summary>Read {unit} of campaign {id}: its clerk, a reviewer or approver above it, or the campaign's admin.</summary>
    UnitRead,
    /// <summary>Submit for {unit}: its clerk or the campaign's admin.</summary>
    UnitSubmit,
    /// <summary>Merge at {unit}: a reviewer at or above it, or the campaign's admin.</summary>
    UnitMerge,
    /// <summary>Decide {unit}'s level: a reviewer or admin of a unit above it, or the campaign's admin.</summary>
    UnitDecide,
    /// <summary>A member of {id}; with ?unit= only a reader of that unit; without it the caller's one root (or the admin's whole tree).</summary>
    CampaignStatus,
    /// <summary>A member of {id}; with ?unit= only a reader of that unit; without it the list is filtered in the handler.</summary>
    UnitQuery,
    /// <summary>A reader of the submission's unit; another unit's id answers as a missing one (404).</summary>
    SubmissionRead,
    /// <summary>A reader of the result's unit; another unit's id answers as a missing one (404).</summary>
    ResultRead,
    /// <summary>A reader of the document's unit; another unit's id answers as a missing one (404).</summary>
    DocumentRead,
    /// <summary>An approver of the document's unit (a reader who may not approve gets 403, anyone else 404).</summary>
    DocumentApprove,
    /// <summary>The campaign's admin, or (with ?unit=) whoever may merge at that unit: pulls and save-backs through Microsoft 365.</summary>
    GraphTransfer,
    /// <summary>?approve=true: an approver of ?unit= in ?campaign=; with ?campaign&amp;unit: a drafter there; otherwise <see cref="Tools"/>.</summary>
    DocumentGenerate,
    /// <summary>An admin of every campaign, or with ?campaign= that campaign's admin.</summary>
    AuditRead,
}

/// <summary>Who writes the audit entry of a route's successful write (reads are never audited).</summary>
public enum AuditBy
{
    Filter,
    Handler,
    None,
}

/// <summary>What a route's request body is. JSON bodies must say application/json (Hardening): a page of another site
/// cannot send that without a CORS preflight.</summary>
public enum BodyKind
{
    None,
    Json,
    /// <summary>A file: multipart/form-data, or the bytes themselves (xlsx, json, docx, text).</summary>
    File,
}

/// <summary>
/// One route of the service: method, route template (as mapped), who may call it, its body, and the Azure Functions
/// function that serves it (null: the pane's static files, which Azure serves from static hosting). A successful write
/// is audited by the routes' audit filter unless <paramref name="Audit"/> is <see cref="AuditBy.Handler"/> (sign-in and
/// accounts, audited by their handlers) or <see cref="AuditBy.None"/> (read-only checks of the caller's own file).
/// </summary>
public sealed record ApiRoute(string Method, string Template, Access Access, BodyKind Body, string? Function, AuditBy Audit = AuditBy.Filter)
{
    public string Key => $"{Method} {Template}";

    /// <summary>
    /// The type of a <see cref="BodyKind.Json"/> body: the request body of the OpenAPI document, and what routing accepts
    /// (application/json), given to the endpoint by <see cref="Hosting.OpenApiContract.WithJsonBodies"/>.
    /// </summary>
    public Type? JsonType { get; init; }
}

/// <summary>
/// The route table: the one list a route is added to. The access gate (<see cref="AccessGate"/>), the JSON content-type
/// check (<see cref="Hosting.Hardening.IsJsonRoute(HttpContext)"/>), the JSON request bodies of the OpenAPI document
/// (<see cref="Hosting.OpenApiContract.WithJsonBodies"/>), the access-matrix test, and the Functions worker's
/// function list (OfficeReview.Functions.ApiFunctions) read it; tests check it against the endpoints the service maps
/// and the functions the worker declares, both ways.
/// </summary>
public static class ApiRoutes
{
    private const string Get = "GET", Post = "POST", Put = "PUT", Patch = "PATCH", Delete = "DELETE";
    private const string C = "/api/campaigns/{id}";

    /// <summary>A row whose body is a JSON document of type <typeparamref name="T"/> (the one place a route says so).</summary>
    private static ApiRoute Json<T>(string method, string template, Access access, string function, AuditBy audit = AuditBy.Filter) =>
        new(method, template, access, BodyKind.Json, function, audit) { JsonType = typeof(T) };

    public static readonly IReadOnlyList<ApiRoute> All =
    [
        new(Get, "/api/health", Access.Anonymous, BodyKind.None, "Health"),
        new(Post, "/api/validate", Access.SignedIn, BodyKind.File, "Validate", AuditBy.None),
        new(Post, "/api/check-report", Access.SignedIn, BodyKind.File, "CheckReport", AuditBy.None),
        new(Post, "/api/merge", Access.Tools, BodyKind.File, "Merge"),
        Json<System.Text.Json.JsonElement>(Post, "/api/documents/{kind}", Access.DocumentGenerate, "Documents"),
        new(Get, "/api/templates/{name}", Access.SignedIn, BodyKind.None, "Templates"),
        new(Post, "/api/forms/{kind}", Access.SignedIn, BodyKind.File, "Forms"),
        new(Post, "/api/forms/bang-diem/check", Access.SignedIn, BodyKind.File, "FormsScoreCheck", AuditBy.None),
        new(Get, "/api/form-contract", Access.SignedIn, BodyKind.None, "FormContract"),
        new(Post, "/api/form-suggestions", Access.AnyAdmin, BodyKind.File, "FormSuggestions"),
        new(Post, "/api/profiles/check", Access.AnyAdmin, BodyKind.File, "ProfileCheck", AuditBy.None),
        new(Get, "/api/findings-catalogue", Access.SignedIn, BodyKind.None, "FindingsCatalogue"),
        // Saved mapping profiles are shared by every campaign: any member reads them, an admin (of any campaign) writes them.
        new(Get, "/api/profiles", Access.AnyRole, BodyKind.None, "Profiles"),
        new(Post, "/api/profiles", Access.AnyAdmin, BodyKind.File, "Profiles"),
        new(Get, "/api/profiles/{profileId}", Access.AnyRole, BodyKind.None, "Profile"),
        new(Put, "/api/profiles/{profileId}", Access.AnyAdmin, BodyKind.File, "Profile"),
        new(Delete, "/api/profiles/{profileId}", Access.AnyAdmin, BodyKind.None, "Profile"),

        new(Get, "/api/campaigns", Access.SignedIn, BodyKind.None, "Campaigns"),
        Json<CampaignCreateRequest>(Post, "/api/campaigns", Access.GlobalAdmin, "Campaigns"),
        new(Get, C, Access.CampaignMember, BodyKind.None, "Campaign"),
        Json<CampaignUpdateRequest>(Patch, C, Access.CampaignAdmin, "Campaign"),
        new(Get, C + "/issuer", Access.CampaignMember, BodyKind.None, "CampaignIssuer"),
        Json<IssuerRequest>(Put, C + "/issuer", Access.CampaignAdmin, "CampaignIssuer"),
        new(Post, C + "/close", Access.CampaignAdmin, BodyKind.None, "CampaignClose"),
        new(Get, C + "/units", Access.CampaignMember, BodyKind.None, "CampaignUnits"),
        new(Put, C + "/units", Access.CampaignAdmin, BodyKind.File, "CampaignUnits"),
        new(Get, C + "/form", Access.CampaignMember, BodyKind.None, "CampaignForm"),
        new(Put, C + "/form", Access.CampaignAdmin, BodyKind.File, "CampaignForm"),
        new(Get, C + "/form/check", Access.CampaignMember, BodyKind.None, "CampaignFormCheck"),
        new(Get, C + "/status", Access.CampaignStatus, BodyKind.None, "CampaignStatus"),
        new(Get, C + "/submissions", Access.UnitQuery, BodyKind.None, "CampaignSubmissions"),
        new(Get, C + "/units/{unit}/submissions", Access.UnitRead, BodyKind.None, "UnitSubmissions"),
        new(Post, C + "/units/{unit}/submissions", Access.UnitSubmit, BodyKind.File, "UnitSubmissions"),
        new(Get, C + "/submissions/{submission:long}", Access.SubmissionRead, BodyKind.None, "Submission"),
        new(Get, C + "/submissions/{submission:long}/content", Access.SubmissionRead, BodyKind.None, "SubmissionContent"),
        new(Post, C + "/units/{unit}/merge", Access.UnitMerge, BodyKind.None, "UnitMerge"),
        Json<DecisionRequest>(Put, C + "/units/{unit}/decision", Access.UnitDecide, "UnitDecision"),
        new(Get, C + "/units/{unit}/decisions", Access.UnitRead, BodyKind.None, "UnitDecisions"),
        Json<List<DecisionRequest>>(Put, C + "/decisions", Access.CampaignMember, "CampaignDecisions"), // each unit of the list: checked by the handler
        new(Get, C + "/documents", Access.CampaignMember, BodyKind.None, "CampaignDocuments"),
        Json<CampaignDocumentRequest>(Post, C + "/documents", Access.CampaignMember, "CampaignDocuments"), // the unit in the body: checked by the handler
        new(Get, C + "/documents/{docId:long}/content", Access.DocumentRead, BodyKind.None, "CampaignDocumentContent"),
        new(Post, C + "/documents/{docId:long}/approve", Access.DocumentApprove, BodyKind.None, "CampaignDocumentApprove"),
        new(Get, C + "/documents/{docId:long}/final", Access.DocumentRead, BodyKind.None, "CampaignDocumentFinal"),
        new(Get, C + "/archive", Access.CampaignAdmin, BodyKind.None, "CampaignArchive"),
        new(Get, C + "/results", Access.CampaignMember, BodyKind.None, "CampaignResults"),
        new(Get, C + "/results/{result:long}", Access.ResultRead, BodyKind.None, "CampaignResult"),
        new(Get, C + "/results/{result:long}/workbook", Access.ResultRead, BodyKind.None, "CampaignResultWorkbook"),
        new(Get, C + "/graph-folders", Access.CampaignMember, BodyKind.None, "CampaignGraphFolders"),
        Json<GraphFoldersRequest>(Put, C + "/graph-folders", Access.CampaignAdmin, "CampaignGraphFolders"),
        new(Post, C + "/graph-pull", Access.GraphTransfer, BodyKind.None, "CampaignGraphPull"),
        new(Post, C + "/graph-publish", Access.GraphTransfer, BodyKind.None, "CampaignGraphPublish"),
        new(Post, C + "/profile-import", Access.CampaignAdmin, BodyKind.File, "CampaignProfileImport"),

        new(Get, "/api/auth/config", Access.Anonymous, BodyKind.None, "AuthConfig"),
        Json<AuthApi.LoginRequest>(Post, "/api/auth/login", Access.Anonymous, "AuthLogin", AuditBy.Handler),
        new(Post, "/api/auth/logout", Access.SignedIn, BodyKind.None, "AuthLogout", AuditBy.Handler),
        new(Get, "/api/auth/me", Access.SignedIn, BodyKind.None, "AuthMe"),
        Json<AuthApi.PasswordRequest>(Post, "/api/auth/password", Access.SignedIn, "AuthPassword", AuditBy.Handler),
        new(Get, "/auth/signin", Access.Anonymous, BodyKind.None, "AuthSignIn"),
        new(Get, "/api/auth/signin", Access.Anonymous, BodyKind.None, "AuthSignInApi"), // the same link under /api (Static Web Apps linked backend)
        new(Get, "/api/users", Access.AnyAdmin, BodyKind.None, "Users"),
        Json<AuthApi.NewUserRequest>(Post, "/api/users", Access.AnyAdmin, "Users", AuditBy.Handler),
        Json<List<RoleAssignment>>(Put, "/api/users/{name}/roles", Access.AnyAdmin, "UserRoles", AuditBy.Handler), // campaign admins: their own campaigns only (AuthApi)
        new(Post, "/api/users/{name}/signin-link", Access.GlobalAdmin, BodyKind.None, "UserSigninLink", AuditBy.Handler),
        new(Get, "/api/audit", Access.AuditRead, BodyKind.None, "Audit"),
        new(Get, "/api/audit/verify", Access.GlobalAdmin, BodyKind.None, "AuditVerify"),
        new(Get, "/api/audit/export.xlsx", Access.AuditRead, BodyKind.None, "AuditExport"),

        // The OpenAPI document and its reference page: the local host only (the contract is docs/openapi.json).
        new(Get, Hosting.OpenApiContract.DocumentRoute, Access.SignedIn, BodyKind.None, null),
        new(Get, Hosting.OpenApiContract.ReferencePath + "/{documentName?}", Access.SignedIn, BodyKind.None, null),
        new(Get, Hosting.OpenApiContract.ReferencePath + "/scalar.js", Access.SignedIn, BodyKind.None, null),
        new(Get, Hosting.OpenApiContract.ReferencePath + "/scalar.aspnetcore.js", Access.SignedIn, BodyKind.None, null),
        new(Get, Hosting.OpenApiContract.ReferencePath + "/favicon.svg", Access.SignedIn, BodyKind.None, null),

        // The pane's static files: the local host only (Azure: static hosting, docs/deploy-azure.md).
        new(Get, "/", Access.Anonymous, BodyKind.None, null),
        new(Get, "/addin", Access.Anonymous, BodyKind.None, null),
        new(Get, "/manifest.xml", Access.Anonymous, BodyKind.None, null),
    ];

    // The rows of each template (one per method): the lookup of every request builds no key.
    private static readonly Dictionary<string, ApiRoute[]> s_byTemplate = All.GroupBy(r => r.Template, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The row of a method and a route template as mapped (HEAD is GET), or null.</summary>
    public static ApiRoute? Find(string method, string? template)
    {
        if (template is null || !s_byTemplate.TryGetValue(template, out var rows)) return null;
        var m = HttpMethods.IsHead(method) ? Get : method;
        foreach (var row in rows)
            if (string.Equals(row.Method, m, StringComparison.OrdinalIgnoreCase)) return row;
        return null;
    }

    /// <summary>The row of the request's endpoint (after routing), or null: no endpoint, or one the table lacks.</summary>
    public static ApiRoute? Of(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint ? Find(context.Request.Method, endpoint.RoutePattern.RawText) : null;

    /// <summary>The Azure Functions functions: name → route as Functions writes it (without the leading '/').</summary>
    public static IReadOnlyDictionary<string, string> Functions => s_functions.Value;

    // A function serves one route template (RouteTableTests): the first row's.
    private static readonly Lazy<Dictionary<string, string>> s_functions = new(() => All
        .Where(r => r.Function is not null)
        .GroupBy(r => r.Function!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Template.TrimStart('/'), StringComparer.Ordinal));
}
