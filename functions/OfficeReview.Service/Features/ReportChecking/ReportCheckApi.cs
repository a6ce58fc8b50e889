using OfficeReview.Service.Api;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.ReportChecking;

internal static class ReportCheckApi
{
    public static void MapReportCheckApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check-report", CheckAsync).DisableAntiforgery().WithTags("Kiểm tra")
            .Doc("CheckReport", "Đối chiếu số liệu trong văn bản báo cáo (.docx hoặc văn bản) với quy định")
            .FileBody("file", false, "Báo cáo: .docx hoặc văn bản UTF-8.", OpenApiContract.Docx, "text/plain")
            .Json<ReportCheckReport>().Json<ReportCheckReport>(422).ProblemsOf(400, 413);
    }

    // POST /api/check-report[?ruleset=366][&year=2025]: the report (.docx or UTF-8 text) as the body or as a multipart
    // file. 200 with the statements and findings when it could be read; 422 with the reason when it could not.
    // (A plain comment: an XML <summary> here would replace the route's Vietnamese OpenAPI summary.)
    public static async Task<IResult> CheckAsync(HttpRequest request, ReportCheckService service, string? ruleset, int? year, CancellationToken ct)
    {
        var input = await UploadedInput.ReadAsync(request, service.Limits.MaxInputBytes, "báo cáo", ct);
        var outcome = service.Check(input.Bytes, input.FileName, ruleset, year);
        return Results.Json(ReportCheckReport.From(outcome), ReportCheckReport.JsonOptions, statusCode: outcome.Readable ? 200 : 422);
    }
}
