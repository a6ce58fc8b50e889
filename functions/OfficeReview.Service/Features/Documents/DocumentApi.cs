using System.Text.Json;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Formatting;

namespace OfficeReview.Service.Features.Documents;

public static class DocumentApi
{
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

        var limit = service.Limits.MaxInputBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (ms.Length + n > limit) return TooLarge(limit);
            ms.Write(buffer, 0, n);
        }

        ApprovalRequest? approval = null;
        if (approve == true)
            approval = new ApprovalRequest(number ?? 0, approvedBy ?? "");
        var outcome = service.Generate(new DocumentRequest(documentKind.Value, ms.ToArray())
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
            response.Headers["X-Approval-Record"] = JsonSerializer.Serialize(record, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return Results.File(outcome.Document!, DocxContentType, $"{documentKind.Value.Slug()}.docx");
    }

    private static IResult TooLarge(long limit) => Results.Problem(
        title: "Dữ liệu quá lớn",
        detail: $"Nội dung gửi lên vượt giới hạn {VietnameseFormat.Count(limit)} byte (Limits:Documents:MaxInputBytes).",
        statusCode: 413);
}
