using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Profiles;

/// <summary>
/// Routes of mapping profiles (docs/api.md, "Hồ sơ ánh xạ"): check one against sample files without saving, save
/// (create, replace) with that check, list, read, delete; and import a campaign's files through a saved profile.
/// Bodies are multipart: the profile as a .json file part, workbooks as the other parts.
/// </summary>
public static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context); }
            catch (CampaignProblemException p) { return CampaignApi.Problem(p); }
        });

        // A profile checked against sample workbooks, nothing stored: for each file, every figure not found, the
        // findings, and the report read (a unit report JSON).
        api.MapPost("/profiles/check", async (HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (_, profile) = profiles.Parse(profileFile);
            var (check, reads) = await profiles.CheckAsync(profile, samples, ct);
            return Results.Json(new
            {
                profile = profile.Name,
                complete = check.Complete,
                files = check.Files.Zip(reads, (f, r) => new
                {
                    f.File, f.Readable, f.NotFound, f.Missing, f.Located, f.Findings,
                    report = r.Report is null ? (JsonElement?)null : JsonDocument.Parse(UnitReportJson.Write(r.Report)).RootElement.Clone(),
                }),
            }, CampaignApi.Json);
        }).DisableAntiforgery();

        api.MapGet("/profiles", async (ProfileService profiles, CancellationToken ct) => Results.Json(await profiles.ListAsync(ct), CampaignApi.Json));

        api.MapGet("/profiles/{profileId}", async (string profileId, ProfileService profiles, CancellationToken ct) =>
            Results.Json(await profiles.GetAsync(profileId, ct), CampaignApi.Json));

        api.MapPost("/profiles", async (HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (id, profile) = profiles.Parse(profileFile);
            var view = await profiles.SaveAsync(id, profile, samples, User(request), replace: false, ct);
            request.HttpContext.Response.Headers.Location = $"/api/profiles/{view.Id}";
            return Results.Json(view, CampaignApi.Json, statusCode: 201);
        }).DisableAntiforgery();

        api.MapPut("/profiles/{profileId}", async (string profileId, HttpRequest request, ProfileService profiles, CancellationToken ct) =>
        {
            var (profileFile, samples) = ProfileService.SplitProfileRequest(await ReadFilesAsync(request, profiles, ct));
            var (_, profile) = profiles.Parse(profileFile);
            return Results.Json(await profiles.SaveAsync(profileId, profile, samples, User(request), replace: true, ct), CampaignApi.Json);
        }).DisableAntiforgery();

        api.MapDelete("/profiles/{profileId}", async (string profileId, ProfileService profiles, CancellationToken ct) =>
        {
            await profiles.DeleteAsync(profileId, ct);
            return Results.NoContent();
        });

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
        }).DisableAntiforgery();
    }

    private static async Task<IReadOnlyList<UploadedFile>> ReadFilesAsync(HttpRequest request, ProfileService profiles, CancellationToken ct)
    {
        var configuration = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
        var validation = request.HttpContext.RequestServices.GetRequiredService<CampaignService>().Validation;
        var total = configuration.GetValue<long?>("Limits:MaxMergeBytes") ?? CampaignApi.DefaultMaxMergeBytes;
        return await RequestFiles.ReadAsync(request, Math.Max(validation.Limits.MaxInputBytes, profiles.MaxProfileBytes), total, "tep", ct);
    }

    private static string? User(HttpRequest request) => Identity.CallerAccess.Of(request.HttpContext)?.Caller.Name;

    private static string Truncate(string s) => s.Length <= 2000 ? s : string.Concat(s.AsSpan(0, 2000), "…");
}
