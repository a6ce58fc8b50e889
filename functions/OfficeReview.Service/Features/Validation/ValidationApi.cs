using OfficeReview.Service.Api;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Validation;

internal static class ValidationApi
{
    public static void MapValidationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/validate", ValidateAsync).DisableAntiforgery().WithTags("Kiểm tra")
            .Doc("Validate", "Kiểm tra một báo cáo của đơn vị (bảng tính hoặc JSON) theo bộ quy tắc của năm")
            .FileBody("file", false, "Báo cáo: bảng tính .xlsx theo biểu mẫu, hoặc JSON UnitReport.", OpenApiContract.Xlsx, "application/json")
            .Json<ValidationReport>().Json<ValidationReport>(422).ProblemsOf(400, 413);
    }

    // POST /api/validate[?ruleset=366]: the report as the request body (JSON or a workbook) or as a multipart file.
    // 200 with the findings when the input could be read; 422 with the findings when it could not.
    // (A plain comment: an XML <summary> here would replace the route's Vietnamese OpenAPI summary.)
    public static async Task<IResult> ValidateAsync(HttpRequest request, ValidationService service, string? ruleset, CancellationToken ct)
    {
        var input = await UploadedInput.ReadAsync(request, service.Limits.MaxInputBytes, "báo cáo", ct);

        var outcome = service.Validate(input.Bytes, input.FileName, ruleset);
        var report = ValidationReport.From(outcome);
        if (!outcome.Readable)
            Hosting.Observability.RequestTelemetry.NoteProblem(request.HttpContext, 422, "", report.Findings.Select(f => (f.Code, f.Severity, f.Message)), input.FileName, input.Bytes!.Length);
        return Results.Json(report, ValidationReport.JsonOptions, statusCode: outcome.Readable ? 200 : 422);
    }
}
