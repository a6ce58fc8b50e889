using System.IO.Compression;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Api;

namespace OfficeReview.Service.Features.ReviewForms;

/// <summary>
/// POST /api/forms/{kind}?member=&amp;all=&amp;superior=&amp;place=&amp;year= — the HD 43 forms (mau-01, mau-02a, mau-02b, mau-02c,
/// mau-05) or the scoring workbook (bang-diem) from the unit workbook sent as the body (an empty body gives one blank
/// form): one file as itself, several as a .zip. POST /api/forms/bang-diem/check — reads a scoring workbook (or a unit
/// workbook with the "Bảng điểm" sheet inserted) and answers the findings with their cells and each row's result.
/// Any signed-in user (stateless, like /api/validate).
/// </summary>
public static class ReviewFormApi
{
    private const long MaxInputBytes = 50L * 1024 * 1024;
    private static JsonSerializerOptions JsonOptions => Validation.ValidationReport.JsonOptions;

    public static void MapReviewFormApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/forms/{kind}", GenerateAsync).DisableAntiforgery();
        app.MapPost("/api/forms/bang-diem/check", CheckAsync).DisableAntiforgery();
    }

    public static async Task<IResult> GenerateAsync(HttpRequest request, string kind, string? member, bool? all, string? superior, string? place, int? year, TimeProvider clock, CancellationToken ct)
    {
        var form = ReviewFormKinds.FromSlug(kind);
        if (form is null && kind != "bang-diem")
            return Results.Problem(title: "Không có mẫu này", statusCode: 404,
                detail: $"\"{kind}\" không phải mẫu kiểm điểm; dùng: {string.Join(", ", ReviewFormKinds.All.Select(k => k.Slug()))}, bang-diem.");
        var input = await UploadedInput.ReadAsync(request, MaxInputBytes, "bieu-don-vi.xlsx", ct);
        if (input.Problem is not null) return input.Problem;
        var outcome = new ReviewFormService().Generate(new ReviewFormRequest
        {
            Kind = form, UnitWorkbook = input.Bytes is { Length: > 0 } b ? b : null, UnitWorkbookName = input.FileName,
            Member = member, All = all == true, Superior = superior, Place = place, Year = year,
        }, clock.GetUtcNow().Year);
        if (!outcome.Succeeded)
            return Results.Json(new { title = "Không lập được mẫu", problems = outcome.Problems.Select(Dto) }, JsonOptions, "application/problem+json", 422);
        if (outcome.Files.Count == 1)
        {
            var f = outcome.Files[0];
            return Results.File(f.Content, f.FileName.EndsWith(".xlsx", StringComparison.Ordinal)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f.FileName);
        }
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var f in outcome.Files)
            {
                var entry = archive.CreateEntry(f.FileName, CompressionLevel.Optimal);
                entry.LastWriteTime = DeterministicPackage.EntryTime;
                using var s = entry.Open();
                s.Write(f.Content);
            }
        return Results.File(zip.ToArray(), "application/zip", $"{kind}.zip");
    }

    public static async Task<IResult> CheckAsync(HttpRequest request, CancellationToken ct)
    {
        var input = await UploadedInput.ReadAsync(request, MaxInputBytes, ScoreWorkbook.FileName, ct);
        if (input.Problem is not null) return input.Problem;
        var read = ScoreWorkbook.Read(input.Bytes!, input.FileName);
        var body = new
        {
            file = input.FileName,
            readable = read.Readable,
            counts = new
            {
                errors = read.Findings.Count(f => f.Severity == Severity.Error),
                warnings = read.Findings.Count(f => f.Severity == Severity.Warning),
                infos = read.Findings.Count(f => f.Severity == Severity.Info),
            },
            findings = read.Findings.Select(Dto),
            rows = read.Rows.Select((r, i) => new
            {
                name = r.Name,
                form = read.Results[i].Form.Number(),
                general = read.Results[i].General,
                tasks = read.Results[i].Tasks,
                total = read.Results[i].Total,
                band = read.Results[i].Band?.JsonKey(),
                highest = read.Results[i].Highest?.JsonKey(),
                proposed = r.ProposedLevel?.JsonKey(),
            }),
        };
        return Results.Json(body, JsonOptions, statusCode: read.Readable ? 200 : 422);
    }

    private static object Dto(Finding f) => new { code = f.Code, severity = f.Severity.JsonKey(), message = f.Message, path = f.Path, sheet = f.Sheet, cell = f.Cell };
}
