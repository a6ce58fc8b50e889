using System.Globalization;
using System.Text.Json;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Service.Features.Audit;

/// <summary>Appends audit entries with who (the request's caller), when (TimeProvider) and from where (remote IP).</summary>
public sealed class AuditLog(ISecurityStore store, TimeProvider clock, ILogger<AuditLog> logger)
{
    public ISecurityStore Store => store;

    public async Task RecordAsync(HttpContext? context, string action, string? campaign = null, string? unit = null, string? target = null,
        string? detail = null, string? user = null)
    {
        var entry = new NewAuditEntry
        {
            At = clock.GetUtcNow(),
            User = user ?? (context is null ? "system" : CallerAccess.Of(context)?.Caller.Name ?? "-"),
            Action = action,
            Campaign = campaign,
            Unit = unit,
            Target = target,
            Detail = detail,
            RemoteIp = context?.Connection.RemoteIpAddress?.ToString(),
        };
        try
        {
            await store.AppendAuditAsync(entry, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The action itself is done; a failed audit write is reported loudly rather than undoing it.
            logger.LogError(e, "Audit entry {Action} by {UserId} could not be written", action, Hosting.Observability.ServiceLog.UserId(entry.User));
        }
        LogEvent(context, entry);
    }

    /// <summary>
    /// The audited action as a log event: who by pseudonymous id, what campaign, unit, level or document — never the
    /// entry's detail (reasons, file and signer names) or a typed user name.
    /// </summary>
    private void LogEvent(HttpContext? context, NewAuditEntry e)
    {
        var factory = context?.RequestServices.GetService<ILoggerFactory>();
        ILogger Category(string name) => factory?.CreateLogger(name) ?? logger;
        var by = Hosting.Observability.ServiceLog.UserId(e.User);
        switch (e.Action)
        {
            case "decision":
                Hosting.Observability.ServiceLog.Decision(Category(Hosting.Observability.ServiceLog.DecisionsCategory), e.Campaign ?? "-", e.Unit ?? "-", e.Target ?? "-", by);
                break;
            case "document.approve":
                Hosting.Observability.ServiceLog.DocumentApproved(Category(Hosting.Observability.ServiceLog.DecisionsCategory), e.Campaign ?? "-", e.Unit ?? "-", e.Target ?? "-", by);
                break;
            case "signin.failed":
            case "signin.locked":
                Hosting.Observability.ServiceLog.SignInFailed(Category(Hosting.Observability.ServiceLog.SignInCategory), e.Action == "signin.locked" ? "locked" : e.Target is null ? "link-invalid" : "password",
                    e.Target is null ? "link" : "password", Hosting.Observability.ServiceLog.UserId(e.Target), context?.TraceIdentifier ?? "-");
                break;
            default:
                Hosting.Observability.ServiceLog.Audited(logger, e.Action, e.Campaign ?? "-", e.Unit ?? "-", by);
                break;
        }
    }
}

/// <summary>
/// The endpoint filter that audits every successful write of the API (submissions, replacements, merges, document
/// generation and approval, campaign changes, and any write route added later), before its response is sent.
/// Sign-in, users and roles are audited by their own handlers.
/// </summary>
internal static class AuditFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var result = await next(invocation);
        var context = invocation.HttpContext;
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return result;
        var key = AccessGate.Key(context);
        // The route table says which writes this filter audits (read-only checks: none; sign-in and accounts: their handlers).
        if (Api.ApiRoutes.Of(context) is { Audit: not Api.AuditBy.Filter }) return result;
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? (result is IResult ? 200 : context.Response.StatusCode);
        if (status is < 200 or > 299) return result;

        var route = context.Request.RouteValues;
        string? Value(string name) => route.TryGetValue(name, out var v) ? v?.ToString() : null;
        var campaign = Value("id");
        var unit = Value("unit");
        var log = context.RequestServices.GetRequiredService<AuditLog>();
        JsonElement? body = null;
        if (result is IValueHttpResult { Value: { } value })
        {
            try { body = JsonSerializer.SerializeToElement(value, CampaignApi.Json); } catch (NotSupportedException) { }
        }
        string? Prop(params string[] path)
        {
            if (body is not { } e) return null;
            foreach (var p in path)
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e)) return null;
            return e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString();
        }

        switch (key)
        {
            case "POST /api/campaigns":
                await log.RecordAsync(context, "campaign.create", Prop("campaign", "id"), detail: $"tên: {Prop("campaign", "name")}; năm {Prop("campaign", "year")}; bộ quy tắc {Prop("campaign", "rulesetId")}");
                break;
            case "PATCH /api/campaigns/{id}":
                await log.RecordAsync(context, "campaign.update", campaign, detail: $"tên: {Prop("name")}; bộ quy tắc {Prop("rulesetId")}; hạn nộp: {Prop("deadlines")}");
                break;
            case "PUT /api/campaigns/{id}/issuer":
                await log.RecordAsync(context, "campaign.issuer", campaign, target: Prop("issuer"),
                    detail: $"ký hiệu {Prop("issuerCode")}; cấp {Prop("level")}; người ký {Prop("signer", "name")}");
                break;
            case "PUT /api/campaigns/{id}/units/{unit}/decision":
            case "PUT /api/campaigns/{id}/decisions":
                if (body is { } answer && answer.TryGetProperty("decisions", out var made))
                    foreach (var d in made.EnumerateArray())
                        await log.RecordAsync(context, "decision", campaign, d.GetProperty("unit").GetString(), d.GetProperty("decided").GetString(),
                            Truncate($"đề xuất {Str(d, "proposed")}; quyết định {Str(d, "decided")}; lý do: {Str(d, "reason")}"));
                break;
            case "POST /api/campaigns/{id}/documents":
                await log.RecordAsync(context, "document.draft", campaign, Prop("unit"), Prop("id"), $"{Prop("kind")}; tệp {Prop("fileName")}; sha256 {Prop("sha256")}");
                break;
            case "POST /api/campaigns/{id}/documents/{docId:long}/approve":
                await log.RecordAsync(context, "document.approve", campaign, Prop("unit"), Prop("id"),
                    $"{Prop("kind")}; {Prop("documentNumber")}; người duyệt {Prop("approvedBy")}; sha256 {Prop("sha256")}");
                break;
            case "PUT /api/campaigns/{id}/units":
                if (string.Equals(context.Request.Query["dryRun"], "true", StringComparison.OrdinalIgnoreCase)) break; // a preview changes nothing
                await log.RecordAsync(context, "campaign.units", campaign, detail: Truncate(body?.ToString()));
                break;
            case "POST /api/campaigns/{id}/units/{unit}/submissions":
            {
                var created = Prop("created");
                var version = Prop("version");
                var action = created == "False" || created == "false" ? "submission.duplicate" : version is "1" ? "submission.create" : "submission.replace";
                await log.RecordAsync(context, action, campaign, unit, Prop("id"),
                    $"lần {version}; tệp {Prop("fileName")}; {Prop("size")} byte; sha256 {Prop("sha256")}; {Prop("errors")} lỗi, {Prop("warnings")} cảnh báo; muộn: {Prop("late")}");
                break;
            }
            case "POST /api/campaigns/{id}/units/{unit}/merge":
                await log.RecordAsync(context, "merge", campaign, unit, context.Response.Headers["X-Result-Id"].ToString());
                break;
            case "POST /api/profiles":
            case "PUT /api/profiles/{profileId}":
                await log.RecordAsync(context, key.StartsWith("POST", StringComparison.Ordinal) ? "profile.create" : "profile.replace", target: Prop("id"),
                    detail: Truncate($"tên: {Prop("name")}; lần lưu {Prop("version")}; {Prop("entries")} dòng ánh xạ; đủ chỉ tiêu trên các tệp mẫu: {Prop("check", "complete")}"));
                break;
            case "DELETE /api/profiles/{profileId}":
                await log.RecordAsync(context, "profile.delete", target: Value("profileId"));
                break;
            case "POST /api/campaigns/{id}/profile-import":
                // Each file has its own entry (written by the import); this one sums it up.
                await log.RecordAsync(context, "profile.import", campaign, target: Prop("profile"),
                    detail: $"nộp {Prop("submitted")}, không đổi {Prop("unchanged")}, từ chối {Prop("refused")}");
                break;
            case "POST /api/merge":
                await log.RecordAsync(context, "merge.files", detail: context.Request.QueryString.Value);
                break;
            case "PUT /api/campaigns/{id}/graph-folders":
                await log.RecordAsync(context, "graph.folders", campaign, detail: Truncate(body?.GetProperty("folders").ToString()));
                break;
            case "POST /api/campaigns/{id}/graph-pull":
                // Each submitted or refused file has its own entry (written by the pull); this one sums the pull up.
                await log.RecordAsync(context, "graph.pull", campaign, Nul(context.Request.Query["unit"].ToString()),
                    detail: Truncate(body is { } pull ? string.Join("; ", pull.GetProperty("folders").EnumerateArray().Select(f =>
                        $"{f.GetProperty("unit").GetString()}: {f.GetProperty("listed").GetInt32()} tệp, nộp {f.GetProperty("submitted").GetArrayLength()}, không đổi {f.GetProperty("unchanged").GetArrayLength()}, từ chối {f.GetProperty("refused").GetArrayLength()}, lỗi {f.GetProperty("failed").GetArrayLength()}")) : null));
                break;
            case "POST /api/campaigns/{id}/graph-publish":
                await log.RecordAsync(context, "graph.publish", campaign, Nul(context.Request.Query["unit"].ToString()),
                    detail: Truncate(body is { } pub ? string.Join("; ", pub.GetProperty("saved").EnumerateArray().Select(f =>
                        $"{f.GetProperty("unit").GetString()}: {f.GetProperty("file").GetString()} ({f.GetProperty("size")} byte)")) : null));
                break;
            case "POST /api/documents/{kind}":
            {
                var q = context.Request.Query;
                var approve = bool.TryParse(q["approve"].ToString(), out var a) && a;
                await log.RecordAsync(context, approve ? "document.approve" : "document.generate", Nul(q["campaign"].ToString()), Nul(q["unit"].ToString()), Value("kind"),
                    approve
                        ? $"số {q["number"]}; người duyệt {q["approvedBy"]}; sha256 {context.Response.Headers["X-Document-Sha256"]}"
                        : $"sha256 {context.Response.Headers["X-Document-Sha256"]}");
                break;
            }
            default:
                await log.RecordAsync(context, $"{method.ToLowerInvariant()} {((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "")}", campaign, unit,
                    detail: Truncate(body?.ToString()));
                break;
        }
        return result;
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";

    private static string? Nul(string s) => string.IsNullOrEmpty(s) ? null : s;

    private static string? Truncate(string? s) => s is null || s.Length <= 2000 ? s : string.Concat(s.AsSpan(0, 2000), "…");

    public static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);
}
