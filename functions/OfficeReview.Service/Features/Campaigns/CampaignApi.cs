using System.Text.Json;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// HTTP routes of campaigns and merges (docs/api.md). Thin: each handler reads the request, calls
/// <see cref="CampaignService"/> or <see cref="MergeService"/>, and writes JSON; problems are thrown as <see cref="CampaignProblemException"/> and answered by the one error boundary (Hosting/Problems.cs)
/// with Vietnamese titles.
/// </summary>
internal static class CampaignApi
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
        var api = app.MapGroup("/api").WithTags("Đợt kiểm điểm");

        api.MapGet("/campaigns", async (HttpContext http, CampaignService s, CancellationToken ct) => Ok(await Visible.CampaignsAsync(http, await s.ListAsync(ct))))
            .Doc("ListCampaigns", "Các đợt kiểm điểm người gọi được xem").Json<List<Campaign>>();
        api.MapPost("/campaigns", CreateCampaign)
            .Doc("CreateCampaign", "Tạo đợt kiểm điểm (kèm cây đơn vị nếu gửi)").Json<CampaignCreated>(201).ProblemsOf(400, 409, 415, 422);
        api.MapGet("/campaigns/{id}", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.GetAsync(id, ct)))
            .Doc("GetCampaign", "Một đợt kiểm điểm").Json<Campaign>().ProblemsOf(404);
        api.MapMethods("/campaigns/{id}", ["PATCH"], async (string id, HttpRequest r, CampaignService s, CancellationToken ct) =>
            Ok(await s.UpdateAsync(id, await ReadJsonAsync<CampaignUpdateRequest>(r, ct), ct)))
            .Doc("UpdateCampaign", "Sửa đợt kiểm điểm (tên, hạn nộp, tham số của tỉnh)").Json<Campaign>().ProblemsOf(400, 404, 409, 415);

        // The issuer's details, typed once for every document of the campaign (admin sets; members read).
        api.MapGet("/campaigns/{id}/issuer", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.GetIssuerAsync(id, ct)))
            .Doc("GetCampaignIssuer", "Thông tin cơ quan ban hành của đợt").Json<CampaignIssuer>().ProblemsOf(404);
        api.MapPut("/campaigns/{id}/issuer", async (string id, HttpRequest r, CampaignService s, CancellationToken ct) =>
            Ok(await s.SetIssuerAsync(id, await ReadJsonAsync<IssuerRequest>(r, ct), CallerAccess.Of(r.HttpContext)?.Caller.Name, ct)))
            .Doc("SetCampaignIssuer", "Đặt thông tin cơ quan ban hành (một lần cho mọi văn bản của đợt)").Json<CampaignIssuer>().ProblemsOf(400, 404, 415);

        // Admin: closes the campaign (no more submissions, unit or deadline changes; merges use what was there at closing).
        api.MapPost("/campaigns/{id}/close", async (string id, CampaignService s, CancellationToken ct) => Ok(await s.CloseAsync(id, ct)))
            .Doc("CloseCampaign", "Khóa đợt: không nhận thêm bản nộp, không đổi đơn vị hay hạn nộp").Json<Campaign>().ProblemsOf(404, 409);

        api.MapGet("/campaigns/{id}/units", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.GetUnitsAsync(id, ct), u => u.Code)).Select(UnitDto.From));
        }).Doc("ListCampaignUnits", "Cây đơn vị của đợt (phần người gọi được xem)").Json<List<UnitDto>>().ProblemsOf(404);
        api.MapPut("/campaigns/{id}/units", ImportUnits).DisableAntiforgery()
            .Doc("ImportCampaignUnits", "Thay cây đơn vị từ danh sách (.xlsx, .csv, .json) hoặc từ các báo cáo của đơn vị; ?dryRun=true chỉ kiểm tra")
            .FileBody("files", true, "Danh sách đơn vị (một tệp .xlsx, .csv hoặc .json), hoặc các tệp báo cáo của các đơn vị.", OpenApiContract.Xlsx, "text/csv", "application/json")
            .Json<UnitImportResult>().ProblemsOf(400, 404, 409, 413, 422);

        api.MapGet("/campaigns/{id}/status", async (string id, string? unit, CampaignService s, CancellationToken ct) => Ok(await s.StatusAsync(id, unit, ct)))
            .Doc("GetCampaignStatus", "Tình hình nộp của một đơn vị và cấp dưới: đã nộp, thiếu, muộn, có lỗi").Json<StatusReport>().ProblemsOf(400, 404);

        api.MapGet("/campaigns/{id}/submissions", async (string id, string? unit, HttpContext http, CampaignService s, CancellationToken ct) =>
            Ok(await Visible.UnitsAsync(http, id, await s.ListSubmissionsAsync(id, unit, ct), v => v.Unit)))
            .Doc("ListSubmissions", "Các bản nộp của đợt (hoặc của một đơn vị: ?unit=)").Json<List<SubmissionView>>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/units/{unit}/submissions", async (string id, string unit, CampaignService s, CancellationToken ct) => Ok(await s.ListSubmissionsAsync(id, unit, ct)))
            .Doc("ListUnitSubmissions", "Các phiên bản đã nộp của một đơn vị").Json<List<SubmissionView>>().ProblemsOf(404);
        api.MapPost("/campaigns/{id}/units/{unit}/submissions", Submit).DisableAntiforgery()
            .Doc("Submit", "Nộp báo cáo của đơn vị (tệp không đọc được thì không lưu: 422 kèm findings)")
            .FileBody("file", false, "Báo cáo: bảng tính .xlsx theo biểu mẫu, hoặc JSON UnitReport.", OpenApiContract.Xlsx, "application/json")
            .Json<SubmissionView>().Json<SubmissionView>(201).ProblemsOf(400, 404, 409, 413, 422);
        api.MapGet("/campaigns/{id}/submissions/{submission:long}", async (string id, long submission, CampaignService s, CancellationToken ct) =>
            Ok(await s.GetSubmissionAsync(id, submission, ct)))
            .Doc("GetSubmission", "Một bản nộp và các lỗi của nó").Json<SubmissionView>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/submissions/{submission:long}/content", async (string id, long submission, CampaignService s, CancellationToken ct) =>
        {
            var (content, fileName) = await s.GetSubmissionContentAsync(id, submission, ct);
            return Results.File(content, ContentTypeOf(content), Domain.Text.SafeText.FileName(fileName, $"ban-nop-{submission}"));
        }).Doc("GetSubmissionContent", "Tệp đơn vị đã nộp").FileResult("Tệp đã nộp (.xlsx hoặc JSON).", OpenApiContract.Xlsx, "application/json", "application/octet-stream").ProblemsOf(404);

        api.MapPost("/campaigns/{id}/units/{unit}/merge", MergeAtUnit)
            .Doc("MergeAtUnit", "Tổng hợp tại một đơn vị từ các bản nộp hiện hành của cấp dưới (lưu kết quả)").Json<JsonElement>(201).ProblemsOf(404, 409, 422);

        // Thẩm định → quyết định: the level above decides each unit's level (reviewer or admin of the unit's parent).
        api.MapPut("/campaigns/{id}/units/{unit}/decision", async (string id, string unit, HttpRequest r, DecisionService d, CancellationToken ct) =>
        {
            var body = await ReadJsonAsync<DecisionRequest>(r, ct);
            return Ok(await d.DecideAsync(id, [body with { Unit = unit }], CallerAccess.Of(r.HttpContext), ct));
        }).Doc("DecideUnit", "Quyết định mức xếp loại của một đơn vị (cấp trên thẩm định)").Json<DecisionAnswer>().ProblemsOf(400, 404, 409, 415, 422);
        api.MapPut("/campaigns/{id}/decisions", async (string id, HttpRequest r, DecisionService d, CancellationToken ct) =>
            Ok(await d.DecideAsync(id, await ReadJsonAsync<List<DecisionRequest>>(r, ct), CallerAccess.Of(r.HttpContext), ct)))
            .Doc("DecideUnits", "Quyết định mức xếp loại của nhiều đơn vị một lần").Json<DecisionAnswer>().ProblemsOf(400, 404, 409, 415, 422);
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
        }).Doc("DraftCampaignDocument", "Lập dự thảo văn bản của đợt từ số liệu đã tổng hợp và quyết định")
            .Json<Documents.CampaignDocumentView>(201).ProblemsOf(400, 404, 409, 415, 422);
        api.MapGet("/campaigns/{id}/documents", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.ListDocumentsAsync(id, ct), d => d.UnitCode)).Select(Documents.CampaignDocumentView.From));
        }).Doc("ListCampaignDocuments", "Các văn bản của đợt").Json<List<Documents.CampaignDocumentView>>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/documents/{docId:long}/content", async (string id, long docId, CampaignService s, CancellationToken ct) =>
        {
            var doc = await s.Store.GetDocumentAsync(id, docId, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            var bytes = await s.Store.ReadBlobAsync(doc.Sha256, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.FileName);
        }).Doc("GetCampaignDocumentContent", "Tải dự thảo văn bản (.docx)").FileResult("Dự thảo (.docx).", OpenApiContract.Docx).ProblemsOf(404);
        api.MapPost("/campaigns/{id}/documents/{docId:long}/approve", async (string id, long docId, HttpContext http, Documents.CampaignDocuments docs, CancellationToken ct) =>
        {
            var d = await docs.ApproveAsync(id, docId, CallerAccess.Of(http)?.Caller.Name, ct);
            return Ok(new Documents.ApprovalView(d.Id, d.Kind, d.UnitCode, d.Number!.Value, d.DocumentNumber!, d.ApprovedSha256!, d.ApprovedBy!,
                d.ApprovedAt!.Value.ToOffset(CampaignService.VietnamOffset), JsonDocument.Parse(d.ApprovalJson!).RootElement.Clone()));
        }).Doc("ApproveCampaignDocument", "Duyệt văn bản: cấp số, khóa nội dung, ghi bản duyệt").Json<Documents.ApprovalView>().ProblemsOf(404, 409, 422);
        api.MapGet("/campaigns/{id}/documents/{docId:long}/final", async (string id, long docId, CampaignService s, CancellationToken ct) =>
        {
            var doc = await s.Store.GetDocumentAsync(id, docId, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            if (doc.ApprovedSha256 is null)
                throw new CampaignProblemException(409, "Văn bản chưa được duyệt", $"Văn bản số {docId} trong đợt \"{id}\" chưa được duyệt; bản dự thảo ở …/content.");
            var bytes = await s.Store.ReadBlobAsync(doc.ApprovedSha256, ct) ?? throw CampaignProblemException.DocumentNotFound(id, docId);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.FileName);
        }).Doc("GetApprovedDocument", "Tải văn bản đã duyệt (.docx)").FileResult("Văn bản đã duyệt (.docx).", OpenApiContract.Docx).ProblemsOf(404, 409);
        api.MapGet("/campaigns/{id}/archive", async (string id, Documents.CampaignArchive archive, CancellationToken ct) =>
            Results.File(await archive.BuildAsync(id, ct), "application/zip", Domain.Text.SafeText.FileName($"luu-tru-{id}.zip", "luu-tru.zip")))
            .Doc("GetCampaignArchive", "Hồ sơ lưu trữ của đợt (.zip: bản nộp, kết quả, văn bản đã duyệt, nhật ký)").FileResult("Hồ sơ lưu trữ (.zip).", "application/zip").ProblemsOf(404);
        api.MapGet("/campaigns/{id}/units/{unit}/decisions", async (string id, string unit, DecisionService d, CancellationToken ct) => Ok(await d.ListAsync(id, unit, ct)))
            .Doc("ListDecisions", "Các quyết định xếp loại dưới một đơn vị").Json<DecisionAnswer>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/results", async (string id, HttpContext http, CampaignService s, CancellationToken ct) =>
        {
            await s.GetAsync(id, ct);
            return Ok((await Visible.UnitsAsync(http, id, await s.Store.ListResultsAsync(id, ct), r => r.UnitCode)).Select(ResultDto.From));
        }).Doc("ListResults", "Các kết quả tổng hợp đã lưu của đợt").Json<List<ResultDto>>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/results/{result:long}", async (string id, long result, CampaignService s, CancellationToken ct) =>
        {
            var stored = await s.Store.GetResultAsync(id, result, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            var json = await s.Store.ReadBlobAsync(stored.JsonSha256, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            return Results.File(json, "application/json; charset=utf-8", Domain.Text.SafeText.FileName($"tong-hop-{stored.UnitCode}-{stored.Id}.json", "tong-hop.json"));
        }).Doc("GetResult", "Một kết quả tổng hợp (JSON như khi tổng hợp)").Json<JsonElement>().ProblemsOf(404);
        api.MapGet("/campaigns/{id}/results/{result:long}/workbook", async (string id, long result, CampaignService s, CancellationToken ct) =>
        {
            var stored = await s.Store.GetResultAsync(id, result, ct) ?? throw CampaignProblemException.ResultNotFound(id, result);
            if (stored.WorkbookSha256 is null || await s.Store.ReadBlobAsync(stored.WorkbookSha256, ct) is not { } xlsx)
                throw new CampaignProblemException(404, "Chưa có bảng tính tổng hợp", $"Kết quả tổng hợp số {result} không kèm bảng tính Excel.");
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Domain.Text.SafeText.FileName($"tong-hop-{stored.UnitCode}-{stored.Id}.xlsx", "tong-hop.xlsx"));
        }).Doc("GetResultWorkbook", "Bảng tính tổng hợp của một kết quả").FileResult("Bảng tính tổng hợp (.xlsx).", OpenApiContract.Xlsx).ProblemsOf(404);

        api.MapPost("/merge", MergeFiles).DisableAntiforgery().WithTags("Tổng hợp")
            .Doc("MergeFiles", "Tổng hợp các tệp báo cáo gửi lên (không lưu): kết quả JSON hoặc bảng tính (?format=xlsx)")
            .FileBody("files", true, "Các tệp báo cáo (.xlsx hoặc JSON UnitReport).")
            .Json<JsonElement>().FileResult("Kết quả JSON, hoặc bảng tính tổng hợp khi ?format=xlsx (số lỗi ở X-Errors, X-Warnings).", OpenApiContract.Xlsx)
            .ProblemsOf(400, 413, 422);
    }

    private static IResult Ok<T>(T value) => Results.Json(value, Json);

    private static Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class =>
        Hosting.JsonBodies.ReadAsync<T>(request, Json, ct);

    private static async Task<IResult> CreateCampaign(HttpRequest request, CampaignService service, CancellationToken ct)
    {
        var (campaign, units) = await service.CreateAsync(await ReadJsonAsync<CampaignCreateRequest>(request, ct), ct);
        return Results.Json(new CampaignCreated(campaign, units), Json, statusCode: 201);
    }

    /// <summary>PUT …/units[?dryRun=true]: the dry run checks the list and answers the preview (tree, findings) without storing.</summary>
    private static async Task<IResult> ImportUnits(string id, HttpRequest request, CampaignService service, bool? dryRun, CancellationToken ct)
    {
        var dry = dryRun == true;
        var files = await RequestFiles.ReadManyAsync(request, service.Validation.Limits.MaxInputBytes, "don-vi", ct);
        if (files.Count == 0) throw CampaignProblemException.BadRequest("Gửi danh sách đơn vị (một tệp CSV hoặc JSON), hoặc các tệp báo cáo của các đơn vị (.xlsx/.json).");
        if (CampaignService.LooksLikeReports(files)) return Ok(await service.ImportUnitsFromReportsAsync(id, files, dry, ct));
        return Ok(await service.ImportUnitsAsync(id, files[0].Content, files[0].Name, dry, ct));
    }

    private static async Task<IResult> Submit(string id, string unit, HttpRequest request, CampaignService service, CancellationToken ct)
    {
        var files = await RequestFiles.ReadOneAsync(request, service.Validation.Limits.MaxInputBytes, "bao-cao", ct);
        if (files.Count != 1) throw CampaignProblemException.BadRequest("Gửi đúng một tệp báo cáo (trường \"file\" của biểu mẫu, hoặc thân yêu cầu kèm tiêu đề X-File-Name).");
        SubmissionView view;
        try
        {
            view = await service.SubmitAsync(id, unit, files[0].Name, files[0].Content, ct: ct);
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
    private static async Task<IResult> MergeFiles(HttpRequest request, HttpResponse response, MergeService merge, ValidationService validation,
        int? year, string? ruleset, string? format, CancellationToken ct)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !xlsx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            throw CampaignProblemException.BadRequest($"format \"{format}\" không hợp lệ; dùng json hoặc xlsx.");
        var files = await RequestFiles.ReadManyAsync(request, validation.Limits.MaxInputBytes, "bao-cao", ct);
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
        return Results.File(MergeService.WriteWorkbook(run, DateTimeOffset.UtcNow).Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Domain.Text.SafeText.FileName($"tong-hop-{run.Result.Root.Unit.Code}.xlsx", "tong-hop.xlsx"));
    }

    private static string ContentTypeOf(byte[] content) =>
        content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K'
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : content.Length > 0 && (content[0] == (byte)'{' || content[0] == (byte)'[') ? "application/json" : "application/octet-stream";
}

/// <summary>POST /api/campaigns: the campaign created and, when a unit list came with it, the import's result.</summary>
internal sealed record CampaignCreated(Campaign Campaign, UnitImportResult? Units);

public sealed record UnitDto(string Code, string Name, string Kind, string? Category, string? Parent)
{
    public static UnitDto From(Domain.Model.UnitInfo n) => new(n.Code, n.Name, Domain.Model.UnitKinds.Slug(n.Kind), n.Category, n.Parent);
}

internal sealed record ResultDto(long Id, string Unit, DateTimeOffset CreatedAt, bool HasWorkbook, JsonElement Summary)
{
    public static ResultDto From(StoredResult r) => new(r.Id, r.UnitCode, r.CreatedAt.ToOffset(CampaignService.VietnamOffset), r.WorkbookSha256 is not null,
        JsonDocument.Parse(r.SummaryJson).RootElement.Clone());
}
