namespace OfficeReview.Service.Features.Validation;

public static class ValidationApi
{
    public static void MapValidationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/validate", ValidateAsync).DisableAntiforgery();
    }

    /// <summary>
    /// POST /api/validate[?ruleset=366]: the report as the request body (JSON or a workbook) or as a multipart file.
    /// 200 with the findings when the input could be read; 422 with the findings when it could not.
    /// </summary>
    public static async Task<IResult> ValidateAsync(HttpRequest request, ValidationService service, string? ruleset, CancellationToken ct)
    {
        var limit = service.Limits.MaxInputBytes;
        if (request.ContentLength > limit)
            return TooLarge(limit);

        string fileName;
        byte[] bytes;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault();
            if (file is null)
                return Results.Problem(title: "Thiếu tệp", detail: "Gửi tệp báo cáo trong trường \"file\" của biểu mẫu.", statusCode: 400);
            if (file.Length > limit) return TooLarge(limit);
            fileName = file.FileName;
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }
        else
        {
            fileName = request.Headers["X-File-Name"].FirstOrDefault() ?? "báo cáo";
            using var ms = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (ms.Length + n > limit) return TooLarge(limit);
                ms.Write(buffer, 0, n);
            }
            bytes = ms.ToArray();
        }

        var outcome = service.Validate(bytes, fileName, ruleset);
        var report = ValidationReport.From(outcome);
        return Results.Json(report, ValidationReport.JsonOptions, statusCode: outcome.Readable ? 200 : 422);
    }

    private static IResult TooLarge(long limit) => Results.Problem(
        title: "Tệp quá lớn",
        detail: $"Tệp gửi lên vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(limit)} byte (Limits:MaxInputBytes).",
        statusCode: 413);
}
