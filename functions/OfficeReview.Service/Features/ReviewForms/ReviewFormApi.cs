using System.IO.Compression;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Api;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.ReviewForms;

/// <summary>
/// POST /api/forms/{kind}?member=&amp;all=&amp;superior=&amp;place=&amp;year= — the HD 43 forms (mau-01, mau-02a, mau-02b, mau-02c,
/// mau-05) or the scoring workbook (bang-diem) from the unit workbook sent as the body (an empty body gives one blank
/// form): one file as itself, several as a .zip. POST /api/forms/bang-diem/check — reads a scoring workbook (or a unit
/// workbook with the "Bảng điểm" sheet inserted) and answers the findings with their cells and each row's result.
/// Any signed-in user (stateless, like /api/validate).
/// </summary>
internal static class ReviewFormApi
{
    private const long MaxInputBytes = 50L * 1024 * 1024;
    private static JsonSerializerOptions JsonOptions => Validation.ValidationReport.JsonOptions;

    public static void MapReviewFormApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/forms/{kind}", GenerateAsync).DisableAntiforgery().WithTags("Mẫu kiểm điểm")
            .Doc("GenerateReviewForm", "Lập mẫu kiểm điểm HD 43 (mau-01 … mau-05) hoặc bảng điểm từ bảng tính của đơn vị")
            .FileBody("file", false, "Bảng tính của đơn vị (bỏ trống: một mẫu trắng).", OpenApiContract.Xlsx)
            .FileResult("Một mẫu (.docx hoặc .xlsx), hoặc nhiều mẫu trong một .zip.", OpenApiContract.Docx, OpenApiContract.Xlsx, "application/zip")
            .ProblemsOf(400, 404, 413, 422);
        app.MapPost("/api/forms/bang-diem/check", CheckAsync).DisableAntiforgery().WithTags("Mẫu kiểm điểm")
            .Doc("CheckScoreWorkbook", "Kiểm tra bảng điểm: lỗi theo ô và kết quả từng dòng")
            .FileBody("file", false, "Bảng điểm (.xlsx) hoặc bảng tính đơn vị có trang \"Bảng điểm\".", OpenApiContract.Xlsx)
            .Json<ScoreCheckView>().Json<ScoreCheckView>(422).ProblemsOf(400, 413);
    }

    public static async Task<IResult> GenerateAsync(HttpRequest request, string kind, string? member, bool? all, string? superior, string? place, int? year, TimeProvider clock, CancellationToken ct)
    {
        var form = ReviewFormKinds.FromSlug(kind);
        if (form is null && kind != "bang-diem")
            throw new Campaigns.CampaignProblemException(404, "Không có mẫu này",
                $"\"{kind}\" không phải mẫu kiểm điểm; dùng: {string.Join(", ", ReviewFormKinds.All.Select(k => k.Slug()))}, bang-diem.");
        var input = await UploadedInput.ReadAsync(request, MaxInputBytes, "bieu-don-vi.xlsx", ct);
        var outcome = new ReviewFormService().Generate(new ReviewFormRequest
        {
            Kind = form, UnitWorkbook = input.Bytes is { Length: > 0 } b ? b : null, UnitWorkbookName = input.FileName,
            Member = member, All = all == true, Superior = superior, Place = place, Year = year,
        }, clock.GetUtcNow().Year);
        if (!outcome.Succeeded)
            return Hosting.Problems.Result(422, "Không lập được mẫu",
                string.Join(" ", outcome.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Message)),
                outcome.Problems.Select(Validation.FindingDto.From).ToList());
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
        var read = ScoreWorkbook.Read(input.Bytes, input.FileName);
        var body = new ScoreCheckView(
            input.FileName,
            read.Readable,
            new Validation.ValidationCounts(
                read.Findings.Count(f => f.Severity == Severity.Error),
                read.Findings.Count(f => f.Severity == Severity.Warning),
                read.Findings.Count(f => f.Severity == Severity.Info)),
            read.Findings.Select(Validation.FindingDto.From).ToList(),
            read.Rows.Select((r, i) => new ScoreRowView(
                r.Name,
                read.Results[i].Form.Number(),
                read.Results[i].General,
                read.Results[i].Tasks,
                read.Results[i].Total,
                read.Results[i].Band?.JsonKey(),
                read.Results[i].Highest?.JsonKey(),
                r.ProposedLevel?.JsonKey())).ToList());
        return Results.Json(body, JsonOptions, statusCode: read.Readable ? 200 : 422);
    }

}

/// <summary>What POST /api/forms/bang-diem/check answers: the findings with their cells and each row's result.</summary>
internal sealed record ScoreCheckView(string File, bool Readable, Validation.ValidationCounts Counts, IReadOnlyList<Validation.FindingDto> Findings, IReadOnlyList<ScoreRowView> Rows);

/// <summary>One row of the scoring workbook: its scores, the band of its total, the highest level allowed and the level proposed.</summary>
internal sealed record ScoreRowView(string Name, string Form, decimal? General, decimal? Tasks, decimal? Total, string? Band, string? Highest, string? Proposed);
