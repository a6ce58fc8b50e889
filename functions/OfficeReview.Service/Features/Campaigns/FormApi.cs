using System.Text.Json;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Profiles;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Routes of a campaign's own form (docs/api.md): PUT a tagged workbook (admin), GET it back (members: units download
/// the form they fill in), GET what its check found, and the contract of figures the tagging pane lists.
/// </summary>
internal static class FormApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapFormApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Biểu mẫu của đợt");

        // Every figure of the contract of names, grouped by block (the tagging pane and the mapping grid list them).
        api.MapGet("/form-contract", () => Results.Json(new FormContractView(FormContract.Groups, FormContract.Figures.Select(FormCheckView.FormFigureView).ToList()), CampaignApi.Json))
            .Doc("GetFormContract", "Danh mục chỉ tiêu của biểu mẫu (tên vùng), theo nhóm").Json<FormContractView>();

        api.MapPut("/campaigns/{id}/form", async (string id, HttpRequest request, CampaignForms forms, CampaignService campaigns, CancellationToken ct) =>
        {
            var files = await RequestFiles.ReadOneAsync(request, campaigns.Validation.Limits.MaxInputBytes, "bieu-mau.xlsx", ct);
            // The mapping grid (browser mode) sends the untagged workbook with its mapping (mapping.json: figure → "Sheet!C7").
            var mappingFile = files.FirstOrDefault(f => f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
            var workbooks = files.Where(f => f != mappingFile).ToList();
            if (workbooks.Count != 1) throw CampaignProblemException.BadRequest("Gửi đúng một bảng tính (.xlsx) đã gắn tên vùng (trường \"file\" của biểu mẫu, hoặc thân yêu cầu kèm tiêu đề X-File-Name), kèm mapping.json nếu gắn tên trên trình duyệt.");
            var content = workbooks[0].Content;
            if (mappingFile is not null)
            {
                Dictionary<string, string>? mapping;
                try { mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(mappingFile.Content); }
                catch (JsonException e) { throw CampaignProblemException.BadRequest($"{mappingFile.Name} không phải JSON hợp lệ (tên chỉ tiêu → \"Trang!Ô\"): {e.Message}"); }
                var check = CampaignFormCheck.Check(content, workbooks[0].Name, campaigns.Validation.Limits.EffectiveWorkbook);
                if (check.Findings.Any(f => f.Code is OfficeReview.OpenXml.Workbooks.Reading.UnitWorkbookReader.NotZip or CampaignFormCheck.Unreadable or OfficeReview.OpenXml.Workbooks.Reading.UnitWorkbookReader.LegacyOrEncrypted or OfficeReview.OpenXml.Workbooks.Reading.UnitWorkbookReader.Broken))
                    throw new CampaignProblemException(422, "Biểu mẫu chưa dùng được", $"Tệp {workbooks[0].Name} không mở được.", check.Findings.Select(FindingDto.From).ToList());
                var (tagged, refused) = FormTagger.Tag(content, mapping ?? []);
                if (refused.Count > 0)
                    throw CampaignProblemException.BadRequest($"Ánh xạ có ô không hợp lệ (chỉ tiêu không có trong danh mục hoặc ô không thuộc trang tính nào): {string.Join("; ", refused.Take(10))}.");
                content = tagged;
            }
            var (view, created) = await forms.SetAsync(id, workbooks[0].Name, content, Identity.CallerAccess.Of(request.HttpContext)?.Caller.Name, ct);
            return Results.Json(view, CampaignApi.Json, statusCode: created ? 201 : 200);
        }).DisableAntiforgery()
            .Doc("SetCampaignForm", "Đặt biểu mẫu riêng của đợt (bảng tính đã gắn tên vùng, hoặc kèm mapping.json)")
            .FileBody("file", true, "Bảng tính .xlsx đã gắn tên vùng; kèm mapping.json (chỉ tiêu → \"Trang!Ô\") nếu gắn tên trên trình duyệt.", OpenApiContract.Xlsx)
            .Json<CampaignFormView>().Json<CampaignFormView>(201).ProblemsOf(400, 404, 409, 413, 422);

        api.MapGet("/campaigns/{id}/form", async (string id, CampaignForms forms, CancellationToken ct) =>
        {
            if (await forms.ContentAsync(id, ct) is not { } form)
                throw new CampaignProblemException(404, "Đợt chưa có biểu mẫu riêng",
                    $"Đợt \"{id}\" dùng biểu mẫu chung của phần mềm (GET /api/templates/bieu-don-vi.xlsx).");
            return Results.File(form.Content, Xlsx, Domain.Text.SafeText.FileName(form.Form.FileName, "bieu-mau.xlsx"));
        }).Doc("GetCampaignForm", "Tải biểu mẫu riêng của đợt").FileResult("Biểu mẫu (.xlsx).", Xlsx).ProblemsOf(404);

        // Suggestions for the browser's mapping grid: the cell where each figure's usual row and column labels meet.
        api.MapPost("/form-suggestions", async (HttpRequest request, CampaignService campaigns, CancellationToken ct) =>
        {
            var files = await RequestFiles.ReadOneAsync(request, campaigns.Validation.Limits.MaxInputBytes, "bieu-mau.xlsx", ct);
            if (files.Count != 1) throw CampaignProblemException.BadRequest("Gửi đúng một bảng tính (.xlsx) để gợi ý ô cho các chỉ tiêu.");
            var check = CampaignFormCheck.Check(files[0].Content, files[0].Name, campaigns.Validation.Limits.EffectiveWorkbook);
            if (check.Findings.Any(f => f.Severity == Domain.Rules.Severity.Error && f.Code is not (CampaignFormCheck.RequiredMissing or CampaignFormCheck.BrokenName)))
                throw new CampaignProblemException(422, "Không đọc được bảng tính", $"Tệp {files[0].Name} không đọc được.", check.Findings.Select(FindingDto.From).ToList());
            var suggestions = await Task.Run(() => FormSuggestions.Suggest(files[0].Content), ct);
            return Results.Json(new FormSuggestionsView(suggestions, check.Tagged.Select(t => new TaggedFigureDto(t.Name, t.Group, t.Label, t.Sheet, t.Cell)).ToList()), CampaignApi.Json);
        }).DisableAntiforgery()
            .Doc("SuggestFormCells", "Gợi ý ô cho các chỉ tiêu trong một bảng tính chưa gắn tên")
            .FileBody("file", false, "Bảng tính (.xlsx).", OpenApiContract.Xlsx)
            .Json<FormSuggestionsView>().ProblemsOf(400, 413, 422);

        api.MapGet("/campaigns/{id}/form/check", async (string id, CampaignForms forms, CancellationToken ct) =>
            await forms.GetAsync(id, ct) is { } form
                ? Results.Json(CampaignForms.View(form), CampaignApi.Json)
                : throw new CampaignProblemException(404, "Đợt chưa có biểu mẫu riêng", $"Đợt \"{id}\" dùng biểu mẫu chung của phần mềm."))
            .Doc("GetCampaignFormCheck", "Kết quả kiểm tra biểu mẫu riêng của đợt").Json<CampaignFormView>().ProblemsOf(404);
    }
}

/// <summary>GET /api/form-contract: the groups and every figure of the contract of names.</summary>
internal sealed record FormContractView(IReadOnlyList<string> Groups, IReadOnlyList<FormFigureDto> Figures);

/// <summary>POST /api/form-suggestions: a cell suggested for each figure, and the figures already tagged.</summary>
internal sealed record FormSuggestionsView(IReadOnlyList<FormSuggestion> Suggestions, IReadOnlyList<TaggedFigureDto> Tagged);
