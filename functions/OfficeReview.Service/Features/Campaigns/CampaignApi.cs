using System.Text.Json;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// HTTP routes of campaigns and merges (docs/api.md). Thin: each handler reads the request, calls
/// <see cref="CampaignService"/> or <see cref="MergeService"/>, and writes JSON; problems become RFC 7807 responses
/// with Vietnamese titles.
/// </summary>
public static class CampaignApi
{
    /// <summary>Total size of one merge request (all files), default 512 MB (Limits:MaxMergeBytes).</summary>
    public const long DefaultMaxMergeBytes = 512L * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var o = new JsonSerializerOptions(ValidationReport.JsonOptions);
        o.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return o;
    }

    public static void MapCampaignApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(ProblemFilter);

        api.MapGet("/campaigns", async (HttpContext http, CampaignService s, CancellationToken ct) => Ok(await Visible.CampaignsAsync(http, await s.ListAsync(ct))));
        api.MapPost("/campaigns", CreateCampaign);
        api.MapGet("/campaigns/{id}", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.GetAsync(id, ct)));
        api.MapMethods("/campaigns/{id}", ["PATCH"], async (string id, HttpRequest r, CampaignService s, CancellationToken ct) =>
            Ok(await s.UpdateAsync(id, await ReadJsonAsync<CampaignUpdateRequest>(r, ct), ct)));

        // The issuer's details, typed once for every document of the campaign (admin sets; members read).
        api.MapGet("/campaigns/{id}/issuer", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.GetIssuerAsync(id, ct)));
        api.MapPut("/campaigns/{id}/issuer", async (string id, HttpRequest r, CampaignService s, CancellationToken ct) =>
            Ok(await s.SetIssuerAsync(id, await ReadJsonAsync<IssuerRequest>(r, ct), CallerAccess.Of(r.HttpContext)?.Caller.Name, ct)));

        // Admin: closes the campaign (no more submissions, unit or deadline changes; merges use what was there at closing).
        api.MapPost("/campaigns/{id}/close", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.CloseAsync(id, ct)));

        api.MapGet("/campaigns/{id}/units", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.GetUnitsAsync(id, ct), u => u.Code)).Select(UnitDto.From));
        });
        api.MapPut("/campaigns/{id}/units", ImportUnits).DisableAntiforgery();

        api.MapGet("/campaigns/{id}/status", async (string id, string? unit, CampaignService s, CancellationToken ct) => Ok(await s.StatusAsync(id, unit, ct)));

        api.MapGet("/campaigns/{id}/submissions", async (string id, string? unit, HttpContext http, CampaignService s, CancellationToken ct) =>
            Ok(await Visible.UnitsAsync(http, id, await s.ListSubmissionsAsync(id, unit, ct), v => v.Unit)));
        api.MapGet("/campaigns/{id}/units/{unit}/submissions", async (string id, string unit, CampaignService s, CancellationToken ct) => Ok(await s.ListSubmissionsAsync(id, unit, ct)));
        api.MapPost("/campaigns/{id}/units/{unit}/submissions", Submit).DisableAntiforgery();
        api.MapGet("/campaigns/{id}/submissions/{submission:long}", async (string id, long submission, CampaignService s, CancellationToken ct) =>
            Ok(await s.GetSubmissionAsync(id, submission, ct)));
        api.MapGet("/campaigns/{id}/submissions/{submission:long}/content", async (string id, long submission, CampaignService s, CancellationToken ct) =>
        {
            var (content, fileName) = await s.GetSubmissionContentAsync(id, submission, ct);
            return Results.File(content, ContentTypeOf(content), Domain.Text.SafeText.FileName(fileName, $"ban-nop-{submission}"));
        });

        api.MapPost("/campaigns/{id}/units/{unit}/merge", MergeAtUnit);

        // Thẩm định → quyết định: the level above decides each unit's level (reviewer or admin of the unit's parent).
        api.MapPut("/campaigns/{id}/units/{unit}/decision", async (string id, string unit, HttpRequest r, DecisionService d, CancellationToken ct) =>
        {
            var body = await ReadJsonAsync<DecisionRequest>(r, ct);
            return Ok(await d.DecideAsync(id, [body with { Unit = unit }], CallerAccess.Of(r.HttpContext), ct));
        });
        api.MapPut("/campaigns/{id}/decisions", async (string id, HttpRequest r, DecisionService d, CancellationToken ct) =>
            Ok(await d.DecideAsync(id, await ReadJsonAsync<List<DecisionRequest>>(r, ct), CallerAccess.Of(r.HttpContext), ct)));
        // Documents drafted from the campaign (issuer, deadlines, ruleset, status, merge, decisions), stored with their bytes.
        api.MapPost("/campaigns/{id}/documents", async (string id, HttpRequest r, Documents.CampaignDocuments docs, CancellationToken ct) =>
        {
            var body = await ReadJsonAsync<Documents.CampaignDocumentRequest>(r, ct);
            var access = CallerAccess.Of(r.HttpContext);
            var unit = string.IsNullOrWhiteSpace(body.Unit) ? null : body.Unit.Trim();
            if (access is not null && !access.IsAdmin(id) && (unit is null || !await access.CanAsync(id, unit, Permission.Draft, ct)))
                throw new CampaignProblemException(403, "Không có quyền",
                    $"Tài khoản \"{access.Caller.Name}\" không có quyền lập văn bản cho đơn vị \"{unit ?? "(không nêu)"}\" trong đợt \"{id}\" (cần reviewer, approver hoặc admin của đơn vị; nêu \"unit\").");
            var stored = await docs.DraftAsync(id, body, access?.Caller.Name, ct);
            r.HttpContext.Response.Headers.Location = $"/api/campaigns/{id}/documents/{stored.Id}/content";
            return Results.Json(Documents.CampaignDocumentView.From(stored), Json, statusCode: 201);
        });
        api.MapGet("/campaigns/{id}/documents", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.ListDocumentsAsync(id, ct), d => d.UnitCode)).Select(Documents.CampaignDocumentView.From));
        });
        api.MapGet("/campaigns/{id}/documents/{docId:long}/content", async (string id, long docId, CampaignService s, CancellationToken ct) =>
        {
            var doc = await s.Store.GetDocumentAsync(id, docId, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            var bytes = await s.Store.ReadBlobAsync(doc.Sha256, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.FileName);
        });
        api.MapPost("/campaigns/{id}/documents/{docId:long}/approve", async (string id, long docId, HttpContext http, Documents.CampaignDocuments docs, CancellationToken ct) =>
        {
            var d = await docs.ApproveAsync(id, docId, CallerAccess.Of(http)?.Caller.Name, ct);
            return Ok(new Documents.ApprovalView(d.Id, d.Kind, d.UnitCode, d.Number!.Value, d.DocumentNumber!, d.ApprovedSha256!, d.ApprovedBy!,
                d.ApprovedAt!.Value.ToOffset(CampaignService.VietnamOffset), JsonDocument.Parse(d.ApprovalJson!).RootElement.Clone()));
        });
        api.MapGet("/campaigns/{id}/documents/{docId:long}/final", async (string id, long docId, CampaignService s, CancellationToken ct) =>
        {
            var doc = await s.Store.GetDocumentAsync(id, docId, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            if (doc.ApprovedSha256 is null)
                throw new CampaignProblemException(409, "Văn bản chưa được duyệt", $"Văn bản số {docId} trong đợt \"{id}\" chưa được duyệt; bản dự thảo ở …/content.");
            var bytes = await s.Store.ReadBlobAsync(doc.ApprovedSha256, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.FileName);
        });
        api.MapGet("/campaigns/{id}/archive", async (string id, Documents.CampaignArchive archive, CancellationToken ct) =>
            Results.File(await archive.BuildAsync(id, ct), "application/zip", Domain.Text.SafeText.FileName($"luu-tru-{id}.zip", "luu-tru.zip")));
        api.MapGet("/campaigns/{id}/units/{unit}/decisions", async (string id, string unit, DecisionService d, CancellationToken ct) => Ok(await d.ListAsync(id, unit, ct)));
        api.MapGet("/campaigns/{id}/results", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.ListResultsAsync(id, ct), r => r.UnitCode)).Select(ResultDto.From));
        });
        api.MapGet("/campaigns/{id}/results/{result:long}", async (string id, long result, CampaignService s, CancellationToken ct) =>
        {
            var stored = await s.Store.GetResultAsync(id, result, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            var json = await s.Store.ReadBlobAsync(stored.JsonSha256, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            return Results.File(json, "application/json; charset=utf-8", Domain.Text.SafeText.FileName($"tong-hop-{stored.UnitCode}-{stored.Id}.json", "tong-hop.json"));
        });
        api.MapGet("/campaigns/{id}/results/{result:long}/workbook", async (string id, long result, CampaignService s, CancellationToken ct) =>
        {
            var stored = await s.Store.GetResultAsync(id, result, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            if (stored.WorkbookSha256 is null || await s.Store.ReadBlobAsync(stored.WorkbookSha256, ct) is not { } xlsx)
                throw new CampaignProblemException(404, "Chưa có bảng tính tổng hợp", $"Kết quả tổng hợp số {result} không kèm bảng tính Excel.");
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Domain.Text.SafeText.FileName($"tong-hop-{stored.UnitCode}-{stored.Id}.xlsx", "tong-hop.xlsx"));
        });

        api.MapPost("/merge", MergeFiles).DisableAntiforgery();
    }

    private static IResult Ok<T>(T value) => Results.Json(value, Json);

    private static async ValueTask<object?> ProblemFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CampaignProblemException p)
        {
            return Problem(p);
        }
    }

    public static IResult Problem(CampaignProblemException p) => Results.Problem(
        title: p.Title, detail: p.Detail, statusCode: p.Status,
        extensions: p.Findings is null ? null : new Dictionary<string, object?> { ["findings"] = p.Findings });

    private static Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class =>
        Hosting.JsonBodies.ReadAsync<T>(request, Json, ct);

    private static async Task<IResult> CreateCampaign(HttpRequest request, CampaignService service, CancellationToken ct)
    {
        var (campaign, units) = await service.CreateAsync(await ReadJsonAsync<CampaignCreateRequest>(request, ct), ct);
        return Results.Json(new { campaign, units }, Json, statusCode: 201);
    }

    /// <summary>PUT …/units[?dryRun=true]: the dry run checks the list and answers the preview (tree, findings) without storing.</summary>
    private static async Task<IResult> ImportUnits(string id, HttpRequest request, CampaignService service, bool? dryRun, CancellationToken ct)
    {
        var dry = dryRun == true;
        var total = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue<long?>("Limits:MaxMergeBytes") ?? DefaultMaxMergeBytes;
        var files = await RequestFiles.ReadAsync(request, service.Validation.Limits.MaxInputBytes, total, "don-vi", ct);
        if (files.Count == 0) throw CampaignProblemException.BadRequest("Gửi danh sách đơn vị (một tệp CSV hoặc JSON), hoặc các tệp báo cáo của các đơn vị (.xlsx/.json).");
        if (CampaignService.LooksLikeReports(files)) return Ok(await service.ImportUnitsFromReportsAsync(id, files, dry, ct));
        return Ok(await service.ImportUnitsAsync(id, files[0].Content, files[0].Name, dry, ct));
    }

    private static async Task<IResult> Submit(string id, string unit, HttpRequest request, CampaignService service, CancellationToken ct)
    {
        var limit = service.Validation.Limits.MaxInputBytes;
        var files = await RequestFiles.ReadAsync(request, limit, limit + 64 * 1024, "bao-cao", ct);
        if (files.Count != 1) throw CampaignProblemException.BadRequest("Gửi đúng một tệp báo cáo (trường \"file\" của biểu mẫu, hoặc thân yêu cầu kèm tiêu đề X-File-Name).");
        SubmissionView view;
        try
        {
            view = await service.SubmitAsync(id, unit, files[0].Name, files[0].Content, ct);
        }
        catch (CampaignProblemException p) when (p.Status == 422 && p.Title == CampaignProblemException.UnreadableTitle)
        {
            // The refused attempt is audited too (who tried to submit what, and why it was refused); nothing was stored.
            if (request.HttpContext.RequestServices.GetService<Audit.AuditLog>() is { } audit)
                await audit.RecordAsync(request.HttpContext, "submission.refused", id, unit, null,
                    $"tệp {Domain.Text.SafeText.FileName(files[0].Name, "bao-cao")}; {files[0].Content.Length} byte; sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(files[0].Content))}; {p.Detail}");
            throw;
        }
        return Results.Json(view, Json, statusCode: view.Created == true ? 201 : 200);
    }

    private static async Task<IResult> MergeAtUnit(string id, string unit, HttpContext context, MergeService merge, CancellationToken ct)
    {
        var (stored, _, json) = await merge.MergeCampaignAsync(id, unit, ct: ct);
        context.Response.Headers.Location = $"/api/campaigns/{id}/results/{stored.Id}";
        context.Response.Headers["X-Result-Id"] = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text(System.Text.Encoding.UTF8.GetString(json), "application/json", System.Text.Encoding.UTF8, statusCode: 201);
    }

    /// <summary>
    /// POST /api/merge[?year=&amp;ruleset=&amp;format=json|xlsx]: N files (multipart) in; out the merge result JSON, or the
    /// consolidated workbook (findings count in the X-Errors / X-Warnings headers).
    /// </summary>
    private static async Task<IResult> MergeFiles(HttpRequest request, HttpResponse response, MergeService merge, ValidationService validation, IConfiguration configuration,
        int? year, string? ruleset, string? format, CancellationToken ct)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !xlsx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            throw CampaignProblemException.BadRequest($"format \"{format}\" không hợp lệ; dùng json hoặc xlsx.");
        var total = configuration.GetValue<long?>("Limits:MaxMergeBytes") ?? DefaultMaxMergeBytes;
        var files = await RequestFiles.ReadAsync(request, validation.Limits.MaxInputBytes, total, "bao-cao", ct);
        if (files.Count == 0) throw CampaignProblemException.BadRequest("Không có tệp nào để tổng hợp; gửi các tệp trong biểu mẫu multipart (trường \"files\").");
        if (ruleset is not null && Rulesets.ById(ruleset) is null)
            throw CampaignProblemException.BadRequest($"Không có bộ quy tắc \"{ruleset}\"; dùng một trong: {string.Join(", ", Rulesets.Ids)}.");
        var run = await Task.Run(() => merge.MergeFiles(files.Select(f => new MergeSource(f.Name, () => f.Content)).ToList(),
            new MergeFilesOptions { Year = year, RulesetId = ruleset }), ct);
        // No file could be read: nothing to merge, in either format (some readable: the unreadable ones are error findings).
        if (run.Result.Report is null || run.Sources.All(s => !s.Readable))
            throw new CampaignProblemException(422, "Không tổng hợp được",
                $"Không có tệp nào đọc được để tổng hợp ({string.Join(", ", files.Take(5).Select(f => f.Name))}{(files.Count > 5 ? ", …" : "")}).",
                run.Findings.Select(FindingDto.From).ToList());
        if (!xlsx) return Results.Bytes(MergeResultJson.Write(run), "application/json; charset=utf-8");
        response.Headers["X-Errors"] = run.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Warnings"] = run.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(MergeService.WriteWorkbook(run, DateTimeOffset.UtcNow), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Domain.Text.SafeText.FileName($"tong-hop-{run.Result.Root.Unit.Code}.xlsx", "tong-hop.xlsx"));
    }

    private static string ContentTypeOf(byte[] content) =>
        content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K'
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : content.Length > 0 && (content[0] == (byte)'{' || content[0] == (byte)'[') ? "application/json" : "application/octet-stream";
}

public sealed record UnitDto(string Code, string Name, string Kind, string? Category, string? Parent)
{
    public static UnitDto From(Domain.Model.UnitInfo n) => new(n.Code, n.Name, Domain.Model.UnitKinds.Slug(n.Kind), n.Category, n.Parent);
}

public sealed record ResultDto(long Id, string Unit, DateTimeOffset CreatedAt, bool HasWorkbook, JsonElement Summary)
{
    public static ResultDto From(StoredResult r) => new(r.Id, r.UnitCode, r.CreatedAt.ToOffset(CampaignService.VietnamOffset), r.WorkbookSha256 is not null,
        JsonDocument.Parse(r.SummaryJson).RootElement.Clone());
}
