using OfficeReview.OpenXml.Workbooks.Forms;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Routes of a campaign's own form (docs/api.md): PUT a tagged workbook (admin), GET it back (members: units download
/// the form they fill in), GET what its check found, and the contract of figures the tagging pane lists.
/// </summary>
public static class FormApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapFormApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context); }
            catch (CampaignProblemException p) { return CampaignApi.Problem(p); }
        });

        // Every figure of the contract of names, grouped by block (the tagging pane and the mapping grid list them).
        api.MapGet("/form-contract", () => Results.Json(new
        {
            groups = FormContract.Groups,
            figures = FormContract.Figures.Select(FormCheckView.FormFigureView),
        }, CampaignApi.Json));

        api.MapPut("/campaigns/{id}/form", async (string id, HttpRequest request, CampaignForms forms, CampaignService campaigns, CancellationToken ct) =>
        {
            var limit = campaigns.Validation.Limits.MaxInputBytes;
            var files = await RequestFiles.ReadAsync(request, limit, limit + 64 * 1024, "bieu-mau.xlsx", ct);
            if (files.Count != 1) throw CampaignProblemException.BadRequest("Gửi đúng một bảng tính (.xlsx) đã gắn tên vùng (trường \"file\" của biểu mẫu, hoặc thân yêu cầu kèm tiêu đề X-File-Name).");
            var (view, created) = await forms.SetAsync(id, files[0].Name, files[0].Content, Identity.CallerAccess.Of(request.HttpContext)?.Caller.Name, ct);
            return Results.Json(view, CampaignApi.Json, statusCode: created ? 201 : 200);
        }).DisableAntiforgery();

        api.MapGet("/campaigns/{id}/form", async (string id, CampaignForms forms, CancellationToken ct) =>
        {
            if (await forms.ContentAsync(id, ct) is not { } form)
                throw new CampaignProblemException(404, "Đợt chưa có biểu mẫu riêng",
                    $"Đợt \"{id}\" dùng biểu mẫu chung của phần mềm (GET /api/templates/bieu-don-vi.xlsx).");
            return Results.File(form.Content, Xlsx, Domain.Text.SafeText.FileName(form.Form.FileName, "bieu-mau.xlsx"));
        });

        api.MapGet("/campaigns/{id}/form/check", async (string id, CampaignForms forms, CancellationToken ct) =>
            await forms.GetAsync(id, ct) is { } form
                ? Results.Json(CampaignForms.View(form), CampaignApi.Json)
                : throw new CampaignProblemException(404, "Đợt chưa có biểu mẫu riêng", $"Đợt \"{id}\" dùng biểu mẫu chung của phần mềm."));
    }
}
