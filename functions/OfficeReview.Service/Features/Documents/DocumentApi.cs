using System.Text.Json;
using OfficeReview.Domain.Documents;

namespace OfficeReview.Service.Features.Documents;

public static class DocumentApi
{
    private static readonly JsonSerializerOptions s_webJson = new(JsonSerializerDefaults.Web);

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents/{kind}", GenerateAsync).DisableAntiforgery();
    }

    /// <summary>
    /// POST /api/documents/{kind}[?approve=true&amp;number=15&amp;approvedBy=…][&amp;plain=true]: body {data, meta, previous?}.
    /// 200 with the .docx (X-Document-Sha256; on approval X-Approval-Record = the record as JSON, ASCII-escaped);
    /// 422 problem details (Vietnamese) listing every problem when the inputs or the template are wrong.
    /// </summary>
    public static async Task<IResult> GenerateAsync(string kind, HttpRequest request, HttpResponse response, DocumentService service,
        bool? approve, int? number, string? approvedBy, bool? plain, CancellationToken ct)
    {
        var documentKind = DocumentKinds.FromSlug(kind);
        if (documentKind is null)
            return Results.Problem(title: "Loại văn bản không hỗ trợ",
                detail: $"\"{kind}\" không phải loại văn bản; dùng: {string.Join(", ", DocumentKinds.All.Select(k => k.Slug()))}.", statusCode: 404);

        byte[] body;
        try { body = await Features.Campaigns.RequestFiles.ReadBodyAsync(request, service.Limits.MaxInputBytes, "Limits:Documents:MaxInputBytes", ct); }
        catch (Features.Campaigns.CampaignProblemException p) { return Results.Problem(title: p.Title, detail: p.Detail, statusCode: p.Status); }
        if (Hosting.JsonBodies.Check(body) is { } bad) return Results.Problem(title: "Yêu cầu không hợp lệ", detail: bad, statusCode: 400);

        ApprovalRequest? approval = null;
        if (approve == true)
            approval = new ApprovalRequest(number ?? 0, Domain.Text.SafeText.Clean(approvedBy, 200));
        var outcome = service.Generate(new DocumentRequest(documentKind.Value, body)
        {
            Approval = approval,
            RemoveContentControls = plain == true,
        });
        if (!outcome.Succeeded)
            return Results.Problem(
                title: "Không tạo được văn bản",
                detail: string.Join(" ", outcome.Problems.Where(p => p.Severity == "error").Select(p => p.Message)),
                statusCode: 422,
                extensions: new Dictionary<string, object?> { ["problems"] = outcome.Problems });

        response.Headers["X-Document-Sha256"] = outcome.Sha256;
        if (outcome.Approval is { } record)
            response.Headers["X-Approval-Record"] = JsonSerializer.Serialize(record, s_webJson);
        return Results.File(outcome.Document!, DocxContentType, $"{documentKind.Value.Slug()}.docx");
    }
}
