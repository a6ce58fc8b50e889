// One HTTP function per route of the service, each handing its request to that route's endpoint (ServiceRoutes).
// The route table (functions/OfficeReview.Service/Api/ApiRoutes.cs) names each route's function; the metadata test
// (tests/OfficeReview.Functions.Tests) checks the functions below against that table in both directions. The
// [Function] attributes stay written out: the worker SDK finds functions only as methods with constant attribute
// arguments (its source generator and functions.metadata read the compiled attributes), so a table row whose
// Function is new needs its method here — the test names what is missing.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace OfficeReview.Functions;

/// <summary>
/// The service's routes as Azure Functions (host.json: routePrefix "", so each route is the local host's path).
/// Authorization level anonymous: sign-in and the access gate of every route are the service's own (ServiceMiddleware).
/// </summary>
public sealed class ApiFunctions(ServiceRoutes routes)
{
    /// <summary>
    /// Function name → route, for the middleware (which runs before the function and needs its route): read from the
    /// service's route table (OfficeReview.Service.Api.ApiRoutes), whose Function column names each route's function.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Routes => OfficeReview.Service.Api.ApiRoutes.Functions;

    /// <summary>The routes, as constants for the trigger attributes.</summary>
    public static class R
    {
        public const string Health = "api/health";
        public const string Validate = "api/validate";
        public const string CheckReport = "api/check-report";
        public const string Merge = "api/merge";
        public const string Documents = "api/documents/{kind}";
        public const string Templates = "api/templates/{name}";
        public const string Campaigns = "api/campaigns";
        public const string Campaign = "api/campaigns/{id}";
        public const string CampaignIssuer = "api/campaigns/{id}/issuer";
        public const string CampaignClose = "api/campaigns/{id}/close";
        public const string CampaignUnits = "api/campaigns/{id}/units";
        public const string CampaignStatus = "api/campaigns/{id}/status";
        public const string CampaignSubmissions = "api/campaigns/{id}/submissions";
        public const string UnitSubmissions = "api/campaigns/{id}/units/{unit}/submissions";
        public const string Submission = "api/campaigns/{id}/submissions/{submission:long}";
        public const string SubmissionContent = "api/campaigns/{id}/submissions/{submission:long}/content";
        public const string UnitMerge = "api/campaigns/{id}/units/{unit}/merge";
        public const string UnitDecision = "api/campaigns/{id}/units/{unit}/decision";
        public const string UnitDecisions = "api/campaigns/{id}/units/{unit}/decisions";
        public const string CampaignDecisions = "api/campaigns/{id}/decisions";
        public const string CampaignDocuments = "api/campaigns/{id}/documents";
        public const string CampaignDocumentContent = "api/campaigns/{id}/documents/{docId:long}/content";
        public const string CampaignDocumentApprove = "api/campaigns/{id}/documents/{docId:long}/approve";
        public const string CampaignDocumentFinal = "api/campaigns/{id}/documents/{docId:long}/final";
        public const string CampaignArchive = "api/campaigns/{id}/archive";
        public const string CampaignResults = "api/campaigns/{id}/results";
        public const string CampaignResult = "api/campaigns/{id}/results/{result:long}";
        public const string CampaignResultWorkbook = "api/campaigns/{id}/results/{result:long}/workbook";
        public const string AuthConfig = "api/auth/config";
        public const string AuthLogin = "api/auth/login";
        public const string AuthLogout = "api/auth/logout";
        public const string AuthMe = "api/auth/me";
        public const string AuthPassword = "api/auth/password";
        public const string AuthSignIn = "auth/signin";
        public const string AuthSignInApi = "api/auth/signin";
        public const string Users = "api/users";
        public const string UserRoles = "api/users/{name}/roles";
        public const string UserSigninLink = "api/users/{name}/signin-link";
        public const string Audit = "api/audit";
        public const string AuditVerify = "api/audit/verify";
        public const string AuditExport = "api/audit/export.xlsx";
        public const string CampaignGraphFolders = "api/campaigns/{id}/graph-folders";
        public const string CampaignGraphPull = "api/campaigns/{id}/graph-pull";
        public const string CampaignGraphPublish = "api/campaigns/{id}/graph-publish";
        public const string Forms = "api/forms/{kind}";
        public const string FormsScoreCheck = "api/forms/bang-diem/check";
        public const string CampaignForm = "api/campaigns/{id}/form";
        public const string CampaignFormCheck = "api/campaigns/{id}/form/check";
        public const string FormContract = "api/form-contract";
        public const string FindingsCatalogue = "api/findings-catalogue";
        public const string FormSuggestions = "api/form-suggestions";
        public const string ProfileCheck = "api/profiles/check";
        public const string Profiles = "api/profiles";
        public const string Profile = "api/profiles/{profileId}";
        public const string CampaignProfileImport = "api/campaigns/{id}/profile-import";
    }

    [Function("Health")]
    public Task<IActionResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.Health)] HttpRequest req) => routes.InvokeAsync(req, R.Health);

    [Function("Validate")]
    public Task<IActionResult> Validate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.Validate)] HttpRequest req) => routes.InvokeAsync(req, R.Validate);

    [Function("CheckReport")]
    public Task<IActionResult> CheckReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CheckReport)] HttpRequest req) => routes.InvokeAsync(req, R.CheckReport);

    [Function("Merge")]
    public Task<IActionResult> Merge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.Merge)] HttpRequest req) => routes.InvokeAsync(req, R.Merge);

    [Function("Documents")]
    public Task<IActionResult> Documents([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.Documents)] HttpRequest req) => routes.InvokeAsync(req, R.Documents);

    [Function("Templates")]
    public Task<IActionResult> Templates([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.Templates)] HttpRequest req) => routes.InvokeAsync(req, R.Templates);

    [Function("Campaigns")]
    public Task<IActionResult> Campaigns([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = R.Campaigns)] HttpRequest req) => routes.InvokeAsync(req, R.Campaigns);

    [Function("Campaign")]
    public Task<IActionResult> Campaign([HttpTrigger(AuthorizationLevel.Anonymous, "get", "patch", Route = R.Campaign)] HttpRequest req) => routes.InvokeAsync(req, R.Campaign);

    [Function("CampaignIssuer")]
    public Task<IActionResult> CampaignIssuer([HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", Route = R.CampaignIssuer)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignIssuer);

    [Function("CampaignClose")]
    public Task<IActionResult> CampaignClose([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CampaignClose)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignClose);

    [Function("CampaignUnits")]
    public Task<IActionResult> CampaignUnits([HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", Route = R.CampaignUnits)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignUnits);

    [Function("CampaignStatus")]
    public Task<IActionResult> CampaignStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignStatus)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignStatus);

    [Function("CampaignSubmissions")]
    public Task<IActionResult> CampaignSubmissions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignSubmissions)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignSubmissions);

    [Function("UnitSubmissions")]
    public Task<IActionResult> UnitSubmissions([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = R.UnitSubmissions)] HttpRequest req) => routes.InvokeAsync(req, R.UnitSubmissions);

    [Function("Submission")]
    public Task<IActionResult> Submission([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.Submission)] HttpRequest req) => routes.InvokeAsync(req, R.Submission);

    [Function("SubmissionContent")]
    public Task<IActionResult> SubmissionContent([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.SubmissionContent)] HttpRequest req) => routes.InvokeAsync(req, R.SubmissionContent);

    [Function("UnitMerge")]
    public Task<IActionResult> UnitMerge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.UnitMerge)] HttpRequest req) => routes.InvokeAsync(req, R.UnitMerge);

    [Function("UnitDecision")]
    public Task<IActionResult> UnitDecision([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = R.UnitDecision)] HttpRequest req) => routes.InvokeAsync(req, R.UnitDecision);

    [Function("UnitDecisions")]
    public Task<IActionResult> UnitDecisions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.UnitDecisions)] HttpRequest req) => routes.InvokeAsync(req, R.UnitDecisions);

    [Function("CampaignDecisions")]
    public Task<IActionResult> CampaignDecisions([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = R.CampaignDecisions)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignDecisions);

    [Function("CampaignDocuments")]
    public Task<IActionResult> CampaignDocuments([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = R.CampaignDocuments)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignDocuments);

    [Function("CampaignDocumentContent")]
    public Task<IActionResult> CampaignDocumentContent([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignDocumentContent)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignDocumentContent);

    [Function("CampaignDocumentApprove")]
    public Task<IActionResult> CampaignDocumentApprove([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CampaignDocumentApprove)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignDocumentApprove);

    [Function("CampaignDocumentFinal")]
    public Task<IActionResult> CampaignDocumentFinal([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignDocumentFinal)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignDocumentFinal);

    [Function("CampaignArchive")]
    public Task<IActionResult> CampaignArchive([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignArchive)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignArchive);

    [Function("CampaignResults")]
    public Task<IActionResult> CampaignResults([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignResults)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignResults);

    [Function("CampaignResult")]
    public Task<IActionResult> CampaignResult([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignResult)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignResult);

    [Function("CampaignResultWorkbook")]
    public Task<IActionResult> CampaignResultWorkbook([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignResultWorkbook)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignResultWorkbook);

    [Function("AuthConfig")]
    public Task<IActionResult> AuthConfig([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuthConfig)] HttpRequest req) => routes.InvokeAsync(req, R.AuthConfig);

    [Function("AuthLogin")]
    public Task<IActionResult> AuthLogin([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.AuthLogin)] HttpRequest req) => routes.InvokeAsync(req, R.AuthLogin);

    [Function("AuthLogout")]
    public Task<IActionResult> AuthLogout([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.AuthLogout)] HttpRequest req) => routes.InvokeAsync(req, R.AuthLogout);

    [Function("AuthMe")]
    public Task<IActionResult> AuthMe([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuthMe)] HttpRequest req) => routes.InvokeAsync(req, R.AuthMe);

    [Function("AuthPassword")]
    public Task<IActionResult> AuthPassword([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.AuthPassword)] HttpRequest req) => routes.InvokeAsync(req, R.AuthPassword);

    [Function("AuthSignIn")]
    public Task<IActionResult> AuthSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuthSignIn)] HttpRequest req) => routes.InvokeAsync(req, R.AuthSignIn);

    [Function("AuthSignInApi")]
    public Task<IActionResult> AuthSignInApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuthSignInApi)] HttpRequest req) => routes.InvokeAsync(req, R.AuthSignInApi);

    [Function("Users")]
    public Task<IActionResult> Users([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = R.Users)] HttpRequest req) => routes.InvokeAsync(req, R.Users);

    [Function("UserRoles")]
    public Task<IActionResult> UserRoles([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = R.UserRoles)] HttpRequest req) => routes.InvokeAsync(req, R.UserRoles);

    [Function("UserSigninLink")]
    public Task<IActionResult> UserSigninLink([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.UserSigninLink)] HttpRequest req) => routes.InvokeAsync(req, R.UserSigninLink);

    [Function("Audit")]
    public Task<IActionResult> Audit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.Audit)] HttpRequest req) => routes.InvokeAsync(req, R.Audit);

    [Function("AuditVerify")]
    public Task<IActionResult> AuditVerify([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuditVerify)] HttpRequest req) => routes.InvokeAsync(req, R.AuditVerify);

    [Function("AuditExport")]
    public Task<IActionResult> AuditExport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.AuditExport)] HttpRequest req) => routes.InvokeAsync(req, R.AuditExport);

    [Function("CampaignGraphFolders")]
    public Task<IActionResult> CampaignGraphFolders([HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", Route = R.CampaignGraphFolders)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignGraphFolders);

    [Function("CampaignGraphPull")]
    public Task<IActionResult> CampaignGraphPull([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CampaignGraphPull)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignGraphPull);

    [Function("CampaignGraphPublish")]
    public Task<IActionResult> CampaignGraphPublish([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CampaignGraphPublish)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignGraphPublish);

    [Function("Forms")]
    public Task<IActionResult> Forms([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.Forms)] HttpRequest req) => routes.InvokeAsync(req, R.Forms);

    [Function("FormsScoreCheck")]
    public Task<IActionResult> FormsScoreCheck([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.FormsScoreCheck)] HttpRequest req) => routes.InvokeAsync(req, R.FormsScoreCheck);

    [Function("CampaignForm")]
    public Task<IActionResult> CampaignForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", Route = R.CampaignForm)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignForm);

    [Function("CampaignFormCheck")]
    public Task<IActionResult> CampaignFormCheck([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.CampaignFormCheck)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignFormCheck);

    [Function("FormContract")]
    public Task<IActionResult> FormContract([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.FormContract)] HttpRequest req) => routes.InvokeAsync(req, R.FormContract);

    [Function("FindingsCatalogue")]
    public Task<IActionResult> FindingsCatalogue([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = R.FindingsCatalogue)] HttpRequest req) => routes.InvokeAsync(req, R.FindingsCatalogue);

    [Function("FormSuggestions")]
    public Task<IActionResult> FormSuggestions([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.FormSuggestions)] HttpRequest req) => routes.InvokeAsync(req, R.FormSuggestions);

    [Function("ProfileCheck")]
    public Task<IActionResult> ProfileCheck([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.ProfileCheck)] HttpRequest req) => routes.InvokeAsync(req, R.ProfileCheck);

    [Function("Profiles")]
    public Task<IActionResult> Profiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = R.Profiles)] HttpRequest req) => routes.InvokeAsync(req, R.Profiles);

    [Function("Profile")]
    public Task<IActionResult> Profile([HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", "delete", Route = R.Profile)] HttpRequest req) => routes.InvokeAsync(req, R.Profile);

    [Function("CampaignProfileImport")]
    public Task<IActionResult> CampaignProfileImport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = R.CampaignProfileImport)] HttpRequest req) => routes.InvokeAsync(req, R.CampaignProfileImport);
}
