using System.Text.Json;
using OfficeReview.Domain.Documents;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Documents;

internal static class DocumentApi
{
    private static readonly JsonSerializerOptions s_webJson = new(JsonSerializerDefaults.Web);

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents/{kind}", GenerateAsync).DisableAntiforgery().WithTags("Văn bản")
            .Doc("GenerateDocument", "Lập văn bản (ke-hoach, cong-van, bao-cao) từ số liệu và thông tin văn bản; có thể duyệt ngay")
            .FileResult("Văn bản .docx (X-Document-Sha256; khi duyệt: X-Approval-Record).", DocxContentType)
            .ProblemsOf(400, 404, 413, 415, 422);
    }

    /// <summary>
    /// POST /api/documents/{kind}[?approve=true&amp;number=15&amp;approvedBy=…][&amp;plain=true]: body {data, meta, previous?}.
    /// 200 with the .docx (X-Document-Sha256; on approval X-Approval-Record = the record as JSON, ASCII-escaped);
    /// 422 problem details (Vietnamese) whose findings list every problem when the inputs or the template are wrong.
    /// </summary>
    public static async Task<IResult> GenerateAsync(string kind, HttpRequest request, HttpResponse response, DocumentService service,
        bool? approve, int? number, string? approvedBy, bool? plain, CancellationToken ct)
    {
        var documentKind = DocumentKinds.FromSlug(kind)
            ?? throw new Features.Campaigns.CampaignProblemException(404, "Loại văn bản không hỗ trợ",
                $"\"{kind}\" không phải loại văn bản; dùng: {string.Join(", ", DocumentKinds.All.Select(k => k.Slug()))}.");

        var body = await Features.Campaigns.RequestFiles.ReadBodyAsync(request, service.Limits.MaxInputBytes, "Limits:Documents:MaxInputBytes", ct);
        if (Hosting.JsonBodies.Check(body) is { } bad) throw Features.Campaigns.CampaignProblemException.BadRequest(bad);

        ApprovalRequest? approval = null;
        if (approve == true)
            approval = new ApprovalRequest(number ?? 0, Domain.Text.SafeText.Clean(approvedBy, 200));
        var outcome = service.Generate(new DocumentRequest(documentKind, body)
        {
            Approval = approval,
            RemoveContentControls = plain == true,
        });
        if (!outcome.Succeeded)
            return Hosting.Problems.Result(422, "Không tạo được văn bản",
                string.Join(" ", outcome.Problems.Where(p => p.Severity == "error").Select(p => p.Message)),
                outcome.Problems.Select(p => p.ToFinding()).ToList());

        response.Headers["X-Document-Sha256"] = outcome.Sha256;
        if (outcome.Approval is { } record)
            response.Headers["X-Approval-Record"] = JsonSerializer.Serialize(record, s_webJson);
        return Results.File(outcome.Document!, DocxContentType, $"{documentKind.Slug()}.docx");
    }
}
