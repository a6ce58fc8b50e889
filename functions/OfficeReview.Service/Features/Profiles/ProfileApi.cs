using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Profiles;

/// <summary>
/// Routes of mapping profiles (docs/api.md, "Hồ sơ ánh xạ"): check one against sample files without saving, save
/// (create, replace) with that check, list, read, delete; and import a campaign's files through a saved profile.
/// Bodies are multipart: the profile as a .json file part, workbooks as the other parts.
/// </summary>
internal static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Hồ sơ ánh xạ");

        // A profile checked against sample workbooks, nothing stored: for each file, every figure not found, the
        // findings, and the report read (a unit report JSON).
        api.MapPost("/profiles/check", async (HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (_, profile) = profiles.Parse(profileFile);
            var (check, reads) = await profiles.CheckAsync(profile, samples, ct);
            return Results.Json(new ProfileSampleCheckView(profile.Name, check.Complete, check.Files.Zip(reads, (f, r) =>
                new ProfileSampleFile(f.File, f.Readable, f.NotFound, f.Missing, f.Located, f.Findings,
                    r.Report is null ? null : JsonDocument.Parse(UnitReportJson.Write(r.Report)).RootElement.Clone())).ToList()), CampaignApi.Json);
        }).DisableAntiforgery()
            .Doc("CheckMappingProfile", "Kiểm tra hồ sơ ánh xạ trên các bảng tính mẫu (không lưu)")
            .FileBody("files", true, "Hồ sơ ánh xạ (.json) cùng các bảng tính mẫu (.xlsx).")
            .Json<ProfileSampleCheckView>().ProblemsOf(400, 413, 422);

        api.MapGet("/profiles", async (ProfileService profiles, CancellationToken ct) => Results.Json(await profiles.ListAsync(ct), CampaignApi.Json))
            .Doc("ListMappingProfiles", "Danh sách hồ sơ ánh xạ đã lưu").Json<IReadOnlyList<ProfileView>>();

        api.MapGet("/profiles/{profileId}", async (string profileId, ProfileService profiles, CancellationToken ct) =>
            Results.Json(await profiles.GetAsync(profileId, ct), CampaignApi.Json))
            .Doc("GetMappingProfile", "Đọc một hồ sơ ánh xạ (kèm các dòng ánh xạ)").Json<ProfileView>().ProblemsOf(404);

        api.MapPost("/profiles", async (HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (id, profile) = profiles.Parse(profileFile);
            var view = await profiles.SaveAsync(id, profile, samples, User(request), replace: false, ct);
            request.HttpContext.Response.Headers.Location = $"/api/profiles/{view.Id}";
            return Results.Json(view, CampaignApi.Json, statusCode: 201);
        }).DisableAntiforgery()
            .Doc("CreateMappingProfile", "Lưu hồ sơ ánh xạ mới (kiểm tra trên các bảng tính mẫu)")
            .FileBody("files", true, "Hồ sơ ánh xạ (.json) cùng ít nhất một bảng tính mẫu (.xlsx).")
            .Json<ProfileView>(201).ProblemsOf(400, 409, 413, 422);

        api.MapPut("/profiles/{profileId}", async (string profileId, HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (_, profile) = profiles.Parse(profileFile);
            return Results.Json(await profiles.SaveAsync(profileId, profile, samples, User(request), replace: true, ct), CampaignApi.Json);
        }).DisableAntiforgery()
            .Doc("ReplaceMappingProfile", "Thay hồ sơ ánh xạ bằng phiên bản mới (kiểm tra trên các bảng tính mẫu)")
            .FileBody("files", true, "Hồ sơ ánh xạ (.json) cùng ít nhất một bảng tính mẫu (.xlsx).")
            .Json<ProfileView>().ProblemsOf(400, 404, 413, 422);

        api.MapDelete("/profiles/{profileId}", async (string profileId, ProfileService profiles, CancellationToken ct) =>
        {
            await profiles.DeleteAsync(profileId, ct);
            return Results.NoContent();
        }).Doc("DeleteMappingProfile", "Xoá hồ sơ ánh xạ").Produces(204).ProblemsOf(404);

        // Last year's untagged workbooks into a (past-year) campaign through a saved profile: one line per file.
        api.MapPost("/campaigns/{id}/profile-import", async (string id, string? profile, HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(profile))
                throw CampaignProblemException.BadRequest("Chọn hồ sơ ánh xạ: ?profile=MÃ-HỒ-SƠ (GET /api/profiles liệt kê các hồ sơ đã lưu).");
            var files = (await ReadFilesAsync(request, profiles, ct)).Where(f => !f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
            var log = request.HttpContext.RequestServices.GetService<Audit.AuditLog>();
            var result = await profiles.ImportAsync(id, profile, files,
                log is null ? null : (action, unit, target, detail) => log.RecordAsync(request.HttpContext, action, id, unit, target, Truncate(detail)), ct);
            return Results.Json(result, CampaignApi.Json);
        }).DisableAntiforgery()
            .Doc("ImportThroughProfile", "Nhập các bảng tính chưa gắn tên của đơn vị vào đợt qua một hồ sơ ánh xạ")
            .FileBody("files", true, "Các bảng tính (.xlsx) của đơn vị, mỗi tệp một đơn vị.")
            .Json<ImportResult>().ProblemsOf(400, 404, 413);
    }

    private static async Task<IReadOnlyList<UploadedFile>> ReadFilesAsync(HttpRequest request, ProfileService profiles, CancellationToken ct)
    {
        var validation = request.HttpContext.RequestServices.GetRequiredService<CampaignService>().Validation;
        return await RequestFiles.ReadManyAsync(request, Math.Max(validation.Limits.MaxInputBytes, profiles.MaxProfileBytes), "tep", ct);
    }

    private static string? User(HttpRequest request) => Identity.CallerAccess.Of(request.HttpContext)?.Caller.Name;

    private static string Truncate(string s) => s.Length <= 2000 ? s : string.Concat(s.AsSpan(0, 2000), "…");
}

/// <summary>POST /api/profiles/check: the profile checked on each sample workbook, nothing stored.</summary>
internal sealed record ProfileSampleCheckView(string Profile, bool Complete, IReadOnlyList<ProfileSampleFile> Files);

/// <summary>One sample workbook: figures not found, figures located, findings, and the unit report read (JSON UnitReport).</summary>
internal sealed record ProfileSampleFile(string File, bool Readable, IReadOnlyList<string> NotFound, IReadOnlyList<MissingFigureDto> Missing,
    IReadOnlyList<TaggedFigureDto> Located, IReadOnlyList<FindingDto> Findings, JsonElement? Report);
