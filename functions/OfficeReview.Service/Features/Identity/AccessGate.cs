using Microsoft.AspNetCore.Http.Extensions;
using OfficeReview.Service.Api;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Identity;

/// <summary>
/// Every route's access rule (the <see cref="Access"/> of its row in <see cref="ApiRoutes"/>), checked after sign-in and
/// before the handler (fail closed: a route missing from the table needs an admin of its campaign, or an admin of every
/// campaign). Guessed ids of another unit's submission or result get
/// the same 404 as an id that does not exist. Lists are filtered in the handlers (<see cref="Visible"/>).
/// </summary>
internal static class AccessGate
{
    public static string Key(HttpContext context) =>
        $"{context.Request.Method} {(context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? ""}";

    /// <summary>The route's rule from the table (<see cref="ApiRoutes"/>); a route the table lacks needs an admin (fail closed).</summary>
    public static Access RuleOf(HttpContext context) => ApiRoutes.Of(context)?.Access ?? Access.CampaignAdmin;

    public static bool IsAnonymous(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null) return !context.Request.Path.StartsWithSegments("/api"); // static files and 404s
        if (endpoint is not RouteEndpoint) return true;
        return ApiRoutes.Of(context)?.Access == Access.Anonymous;
    }

    private sealed record Denied(int Status, string Title, string Detail);

    /// <summary>What the caller tried, for a refusal: the method and the path they asked for.</summary>
    private static string Doing(HttpContext context) => $"dùng {context.Request.Method} {context.Request.Path}";

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

        var rule = RuleOf(context);
        switch (rule)
        {
            case Access.Anonymous:
            case Access.SignedIn:
                return null;
            case Access.Tools:
                return a.HasRole(Roles.Admin, Roles.Reviewer, Roles.Approver) ? null : Forbidden(caller, $"{Doing(context)} (cần vai trò reviewer, approver hoặc admin)");
            case Access.AnyRole:
                return caller.Roles.Count > 0 ? null : Forbidden(caller, $"{Doing(context)} (cần một vai trò trong một đợt kiểm điểm)");
            case Access.AnyAdmin:
                return a.IsAnyAdmin ? null : Forbidden(caller, $"{Doing(context)} (cần vai trò admin)");
            case Access.GlobalAdmin:
                return a.IsGlobalAdmin ? null : Forbidden(caller, $"{Doing(context)} (cần admin của mọi đợt)");
            case Access.CampaignMember:
                return await Member();
            case Access.UnitRead:
                return await Unit(Permission.Read, "xem dữ liệu của");
            case Access.UnitSubmit:
                return await Unit(Permission.Submit, "nộp báo cáo cho");
            case Access.UnitMerge:
                return await Unit(Permission.Merge, "tổng hợp tại");
            case Access.UnitDecide:
            {
                if (id is not null && a.IsAdmin(id)) return null;
                var target = id is null || unit is null ? null : await store.GetUnitAsync(id, unit, ct);
                return target is not null && await DecisionService.MayDecideAsync(a, id!, target, ct)
                    ? null
                    : Forbidden(caller, $"quyết định xếp loại của đơn vị \"{unit}\" trong đợt \"{id}\" (cần reviewer hoặc admin của đơn vị cấp trên)");
            }

            case Access.CampaignStatus:
            case Access.UnitQuery:
            {
                if (await Member() is { } notMember) return notMember;
                var asked = query["unit"].ToString();
                if (!string.IsNullOrEmpty(asked))
                    return await a.CanAsync(id!, asked, Permission.Read, ct) ? null : Forbidden(caller, $"xem đơn vị \"{asked}\" trong đợt \"{id}\"");
                if (a.IsAdmin(id!) || rule == Access.UnitQuery) return null; // a list: filtered in the handler
                // Status without ?unit=: the caller's own part of the tree when it has one root.
                var roots = await a.RootsAsync(id!, ct);
                if (roots.Count != 1)
                    return new Denied(400, "Cần chọn đơn vị", $"Tài khoản \"{caller.Name}\" có vai trò ở {roots.Count} đơn vị của đợt \"{id}\"; thêm ?unit=MÃ để chọn một đơn vị.");
                var q = new QueryBuilder(query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? "")))) { { "unit", roots[0] } };
                context.Request.QueryString = q.ToQueryString();
                return null;
            }

            case Access.SubmissionRead:
            {
                var number = long.TryParse(Value("submission"), out var n) ? n : -1;
                var s = id is null ? null : await store.GetSubmissionAsync(id, number, ct);
                if (s is not null && await a.CanAsync(id!, s.UnitCode, Permission.Read, ct)) return null;
                var p = CampaignProblemException.SubmissionNotFound(id ?? "", number); // the same answer as a missing id
                return new Denied(p.Status, p.Title, p.Detail);
            }
            case Access.ResultRead:
            {
                var number = long.TryParse(Value("result"), out var n) ? n : -1;
                var r = id is null ? null : await store.GetResultAsync(id, number, ct);
                if (r is not null && await a.CanAsync(id!, r.UnitCode, Permission.Read, ct)) return null;
                var p = CampaignProblemException.ResultNotFound(id ?? "", number);
                return new Denied(p.Status, p.Title, p.Detail);
            }
            case Access.DocumentRead:
            case Access.DocumentApprove:
            {
                var number = long.TryParse(Value("docId"), out var n) ? n : -1;
                var d = id is null ? null : await store.GetDocumentAsync(id, number, ct);
                if (d is not null && await a.CanAsync(id!, d.UnitCode, Permission.Read, ct))
                    return rule != Access.DocumentApprove || await a.CanAsync(id!, d.UnitCode, Permission.Approve, ct)
                        ? null
                        : Forbidden(caller, $"duyệt văn bản của đơn vị \"{d.UnitCode}\" trong đợt \"{id}\" (cần vai trò approver)");
                var p = CampaignProblemException.DocumentNotFound(id ?? "", number);
                return new Denied(p.Status, p.Title, p.Detail);
            }

            case Access.GraphTransfer:
            {
                if (id is not null && a.IsAdmin(id)) return null;
                var level = query["unit"].ToString();
                return id is not null && level.Length > 0 && await a.CanAsync(id, level, Permission.Merge, ct)
                    ? null
                    : Forbidden(caller, $"lấy tệp hay lưu kết quả qua Microsoft 365 {(level.Length > 0 ? $"cho đơn vị \"{level}\" " : "")}trong đợt \"{id}\" (cần admin của đợt, hoặc quyền tổng hợp tại đơn vị và ?unit=)");
            }

            case Access.DocumentGenerate:
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

            case Access.AuditRead:
            {
                var campaign = query["campaign"].ToString();
                if (string.IsNullOrEmpty(campaign)) return a.IsGlobalAdmin ? null : Forbidden(caller, "xem toàn bộ nhật ký (cần admin của mọi đợt; admin của một đợt thêm ?campaign=MÃ)");
                return a.IsAdmin(campaign) ? null : Forbidden(caller, $"xem nhật ký của đợt \"{campaign}\"");
            }

            case Access.CampaignAdmin:
            default:
                // An admin of the route's campaign; a route without a campaign (or missing from the table): an admin of every campaign.
                return id is not null ? Admin($"{Doing(context)} (cần admin của đợt \"{id}\")")
                    : a.IsGlobalAdmin ? null : Forbidden(caller, $"{Doing(context)} (cần admin)");
        }
    }
}
