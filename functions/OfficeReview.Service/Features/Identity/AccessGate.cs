using Microsoft.AspNetCore.Http.Extensions;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// Every route's access rule, checked after sign-in and before the handler (fail closed: a route without a rule needs
/// an admin of its campaign, or an admin of every campaign). Guessed ids of another unit's submission or result get
/// the same 404 as an id that does not exist. Lists are filtered in the handlers (<see cref="Visible"/>).
/// </summary>
public static class AccessGate
{
    /// <summary>Routes anyone may call (plus the pane's static files, which have no endpoint).</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /api/health", "GET /api/auth/config", "POST /api/auth/login", "GET /auth/signin", "GET /api/auth/signin",
        "GET /", "GET /addin", "GET /manifest.xml",
    };

    public static string Key(HttpContext context) =>
        $"{context.Request.Method} {(context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? ""}";

    public static bool IsAnonymous(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null) return !context.Request.Path.StartsWithSegments("/api"); // static files and 404s
        if (endpoint is not RouteEndpoint) return true;
        var method = context.Request.Method == "HEAD" ? "GET" : context.Request.Method;
        return Anonymous.Contains($"{method} {((RouteEndpoint)endpoint).RoutePattern.RawText}");
    }

    private sealed record Denied(int Status, string Title, string Detail);

    private static Denied Forbidden(Caller c, string what) =>
        new(403, "Không có quyền", $"Tài khoản \"{c.Name}\" không có quyền {what}.");

    /// <summary>Null when allowed; otherwise the problem to answer.</summary>
    public static async Task<IResult?> CheckAsync(HttpContext context, CallerAccess access, ICampaignStore store)
    {
        var denied = await DecideAsync(context, access, store);
        return denied is null ? null : Results.Problem(title: denied.Title, detail: denied.Detail, statusCode: denied.Status);
    }

    private static async Task<Denied?> DecideAsync(HttpContext context, CallerAccess a, ICampaignStore store)
    {
        var ct = context.RequestAborted;
        var caller = a.Caller;
        var route = context.Request.RouteValues;
        var query = context.Request.Query;
        string? Value(string name) => route.TryGetValue(name, out var v) ? v?.ToString() : null;
        var id = Value("id");
        var unit = Value("unit");

        async Task<Denied?> Unit(Permission p, string what) =>
            id is not null && unit is not null && await a.CanAsync(id, unit, p, ct) ? null : Forbidden(caller, $"{what} đơn vị \"{unit}\" trong đợt \"{id}\"");
        Denied? Admin(string what) => id is not null && a.IsAdmin(id) ? null : Forbidden(caller, what);
        async Task<Denied?> Member() => id is not null && await a.SeesCampaignAsync(id, ct) ? null : Forbidden(caller, $"xem đợt kiểm điểm \"{id}\"");

        switch (Key(context))
        {
            case "POST /api/auth/logout":
            case "GET /api/auth/me":
            case "POST /api/auth/password":
            case "POST /api/validate":
            case "POST /api/check-report":
            case "POST /api/forms/{kind}": // the HD 43 forms and the scoring workbook from the caller's own file (stateless)
            case "POST /api/forms/bang-diem/check":
            case "GET /api/templates/{name}":
            case "GET /api/campaigns":
            case "GET /api/form-contract":
                return null;

            case "POST /api/profiles/check":
            case "POST /api/form-suggestions":
                return a.IsAnyAdmin ? null : Forbidden(caller, "kiểm tra hồ sơ ánh xạ (cần vai trò admin)");
            case "POST /api/campaigns":
                return a.IsGlobalAdmin ? null : Forbidden(caller, "tạo đợt kiểm điểm (cần vai trò admin của mọi đợt)");
            case "GET /api/campaigns/{id}":
            case "GET /api/campaigns/{id}/units":
            case "GET /api/campaigns/{id}/results":
            case "GET /api/campaigns/{id}/issuer":
            case "GET /api/campaigns/{id}/form":
            case "GET /api/campaigns/{id}/form/check":
                return await Member();
            case "PUT /api/campaigns/{id}/form":
                return Admin($"đặt biểu mẫu riêng của đợt \"{id}\"");
            case "PATCH /api/campaigns/{id}":
                return Admin($"sửa đợt kiểm điểm \"{id}\"");
            case "PUT /api/campaigns/{id}/units":
                return Admin($"thay cây đơn vị của đợt \"{id}\"");
            case "PUT /api/campaigns/{id}/issuer":
                return Admin($"đặt thông tin cơ quan ban hành của đợt \"{id}\"");

            case "GET /api/campaigns/{id}/status":
            case "GET /api/campaigns/{id}/submissions":
            {
                if (await Member() is { } notMember) return notMember;
                var asked = query["unit"].ToString();
                if (!string.IsNullOrEmpty(asked))
                    return await a.CanAsync(id!, asked, Permission.Read, ct) ? null : Forbidden(caller, $"xem đơn vị \"{asked}\" trong đợt \"{id}\"");
                if (a.IsAdmin(id!) || Key(context).EndsWith("/submissions", StringComparison.Ordinal)) return null; // submissions: filtered in the handler
                // Status without ?unit=: the caller's own part of the tree when it has one root.
                var roots = await a.RootsAsync(id!, ct);
                if (roots.Count != 1)
                    return new Denied(400, "Cần chọn đơn vị", $"Tài khoản \"{caller.Name}\" có vai trò ở {roots.Count} đơn vị của đợt \"{id}\"; thêm ?unit=MÃ để chọn một đơn vị.");
                var q = new QueryBuilder(query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? "")))) { { "unit", roots[0] } };
                context.Request.QueryString = q.ToQueryString();
                return null;
            }

            case "GET /api/campaigns/{id}/units/{unit}/submissions":
                return await Unit(Permission.Read, "xem bài nộp của");
            case "POST /api/campaigns/{id}/units/{unit}/submissions":
                return await Unit(Permission.Submit, "nộp báo cáo cho");
            case "POST /api/campaigns/{id}/units/{unit}/merge":
                return await Unit(Permission.Merge, "tổng hợp tại");
            case "GET /api/campaigns/{id}/units/{unit}/decisions":
                return await Unit(Permission.Read, "xem quyết định xếp loại dưới");
            case "PUT /api/campaigns/{id}/units/{unit}/decision":
            {
                if (id is not null && a.IsAdmin(id)) return null;
                var target = id is null || unit is null ? null : await store.GetUnitAsync(id, unit, ct);
                return target is not null && await DecisionService.MayDecideAsync(a, id!, target, ct)
                    ? null
                    : Forbidden(caller, $"quyết định xếp loại của đơn vị \"{unit}\" trong đợt \"{id}\" (cần reviewer hoặc admin của đơn vị cấp trên)");
            }
            case "POST /api/campaigns/{id}/documents":
            // Reviewer, approver or admin of the unit named in the body: checked by the handler.
            case "GET /api/campaigns/{id}/documents":
            // Filtered to the units the caller may read.
            case "PUT /api/campaigns/{id}/decisions":
                // Each unit of the list is checked by the handler (reviewer or admin of its parent).
                return await Member();

            case "GET /api/campaigns/{id}/submissions/{submission:long}":
            case "GET /api/campaigns/{id}/submissions/{submission:long}/content":
            {
                var number = long.TryParse(Value("submission"), out var n) ? n : -1;
                var s = id is null ? null : await store.GetSubmissionAsync(id, number, ct);
                if (s is not null && await a.CanAsync(id!, s.UnitCode, Permission.Read, ct)) return null;
                var p = CampaignProblemException.SubmissionNotFound(id ?? "", number); // the same answer as a missing id
                return new Denied(p.Status, p.Title, p.Detail);
            }
            case "GET /api/campaigns/{id}/results/{result:long}":
            case "GET /api/campaigns/{id}/results/{result:long}/workbook":
            {
                var number = long.TryParse(Value("result"), out var n) ? n : -1;
                var r = id is null ? null : await store.GetResultAsync(id, number, ct);
                if (r is not null && await a.CanAsync(id!, r.UnitCode, Permission.Read, ct)) return null;
                var p = CampaignProblemException.ResultNotFound(id ?? "", number);
                return new Denied(p.Status, p.Title, p.Detail);
            }

            case "GET /api/campaigns/{id}/documents/{docId:long}/content":
            case "GET /api/campaigns/{id}/documents/{docId:long}/final":
            case "POST /api/campaigns/{id}/documents/{docId:long}/approve":
            {
                var number = long.TryParse(Value("docId"), out var n) ? n : -1;
                var d = id is null ? null : await store.GetDocumentAsync(id, number, ct);
                if (d is not null && await a.CanAsync(id!, d.UnitCode, Permission.Read, ct))
                    return context.Request.Method != "POST" || await a.CanAsync(id!, d.UnitCode, Permission.Approve, ct)
                        ? null
                        : Forbidden(caller, $"duyệt văn bản của đơn vị \"{d.UnitCode}\" trong đợt \"{id}\" (cần vai trò approver)");
                var p = CampaignProblemException.DocumentNotFound(id ?? "", number);
                return new Denied(p.Status, p.Title, p.Detail);
            }

            // Microsoft 365 folders: members see them; the campaign's admin sets them; a pull or a save-back is the
            // admin's, or (with ?unit=) the work of whoever may merge at that level.
            case "GET /api/campaigns/{id}/graph-folders":
                return await Member();
            case "PUT /api/campaigns/{id}/graph-folders":
                return Admin($"đặt thư mục Microsoft 365 của đợt \"{id}\"");
            case "POST /api/campaigns/{id}/graph-pull":
            case "POST /api/campaigns/{id}/graph-publish":
            {
                if (id is not null && a.IsAdmin(id)) return null;
                var level = query["unit"].ToString();
                return id is not null && level.Length > 0 && await a.CanAsync(id, level, Permission.Merge, ct)
                    ? null
                    : Forbidden(caller, $"lấy tệp hay lưu kết quả qua Microsoft 365 {(level.Length > 0 ? $"cho đơn vị \"{level}\" " : "")}trong đợt \"{id}\" (cần admin của đợt, hoặc quyền tổng hợp tại đơn vị và ?unit=)");
            }

            case "GET /api/campaigns/{id}/archive":
                return Admin($"tải lưu trữ của đợt \"{id}\"");

            case "POST /api/merge":
                return a.HasRole(Roles.Admin, Roles.Reviewer, Roles.Approver) ? null : Forbidden(caller, "tổng hợp tệp (cần vai trò reviewer, approver hoặc admin)");

            case "POST /api/documents/{kind}":
            {
                var campaign = query["campaign"].ToString();
                var target = query["unit"].ToString();
                var approve = bool.TryParse(query["approve"].ToString(), out var ap) && ap;
                if (approve)
                {
                    if (string.IsNullOrEmpty(campaign) || string.IsNullOrEmpty(target))
                        return new Denied(400, "Thiếu đợt và đơn vị", "Phê duyệt văn bản (approve=true) phải nêu đợt và đơn vị: ?campaign=MÃ-ĐỢT&unit=MÃ-ĐƠN-VỊ.");
                    return await a.CanAsync(campaign, target, Permission.Approve, ct) ? null : Forbidden(caller, $"phê duyệt văn bản của đơn vị \"{target}\" trong đợt \"{campaign}\" (cần vai trò approver)");
                }
                if (!string.IsNullOrEmpty(campaign) && !string.IsNullOrEmpty(target))
                    return await a.CanAsync(campaign, target, Permission.Draft, ct) ? null : Forbidden(caller, $"lập văn bản cho đơn vị \"{target}\" trong đợt \"{campaign}\"");
                return a.HasRole(Roles.Admin, Roles.Reviewer, Roles.Approver) ? null : Forbidden(caller, "lập văn bản (cần vai trò reviewer, approver hoặc admin)");
            }

            case "GET /api/audit":
            case "GET /api/audit/export.xlsx":
            {
                var campaign = query["campaign"].ToString();
                if (string.IsNullOrEmpty(campaign)) return a.IsGlobalAdmin ? null : Forbidden(caller, "xem toàn bộ nhật ký (cần admin của mọi đợt; admin của một đợt thêm ?campaign=MÃ)");
                return a.IsAdmin(campaign) ? null : Forbidden(caller, $"xem nhật ký của đợt \"{campaign}\"");
            }
            case "GET /api/users":
            case "POST /api/users":
            case "PUT /api/users/{name}/roles":
                // Campaign admins too: they see and set roles of their own campaigns only (AuthApi).
                return a.IsAnyAdmin ? null : Forbidden(caller, "quản lý người dùng (cần vai trò admin)");
            case "GET /api/audit/verify":
            case "POST /api/users/{name}/signin-link":
                return a.IsGlobalAdmin ? null : Forbidden(caller, "quản lý người dùng và nhật ký (cần admin của mọi đợt)");

            default:
                // A route without its own rule: an admin of its campaign, else an admin of every campaign.
                return id is not null ? Admin($"dùng {context.Request.Method} {context.Request.Path} (cần admin của đợt \"{id}\")")
                    : a.IsGlobalAdmin ? null : Forbidden(caller, $"dùng {context.Request.Method} {context.Request.Path} (cần admin)");
        }
    }
}
