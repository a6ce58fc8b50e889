using System.CommandLine;
using System.Text.Json;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Documents;

namespace OfficeReview.Service.Cli;

/// <summary>
/// generate KIND --data FILE.json [--meta FILE.json] [--previous LAST_YEAR.json] [--template T.docx] [--plain]
/// [--approve --number N --approved-by NAME [--approved-at ISO]] -o OUT.docx. Exit 0 written, 1 problems, 2 unreadable.
/// On approval the record is written next to the output: OUT.docx.approval.json.
/// The review forms of HD 43 and the scoring workbook: generate mau-01|mau-02a|mau-02b|mau-02c|mau-05|bang-diem
/// [--unit-workbook FILE] [--member NAME|--all] [--superior TEXT] [--place TEXT] [--year N] --out DIR (<see cref="ReviewFormsVerb"/>).
/// </summary>
internal static class GenerateVerb
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind")
        {
            Description = "Loại văn bản: " + string.Join(", ", DocumentKinds.All.Select(k => k.Slug())) + "; mẫu kiểm điểm HD 43: " +
                          string.Join(", ", ReviewFormKinds.All.Select(k => k.Slug())) + "; bảng điểm: " + ReviewFormsVerb.ScoreWorkbookSlug + ".",
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.All.Select(k => k.Slug()), .. ReviewFormKinds.All.Select(k => k.Slug()), ReviewFormsVerb.ScoreWorkbookSlug]);
        var data = new Option<FileInfo?>("--data") { Description = "Dữ liệu JSON (báo cáo đơn vị, tiến độ, danh sách đơn vị) hoặc {data, meta, previous}." };
        var meta = new Option<FileInfo?>("--meta") { Description = "Thông tin văn bản JSON: cơ quan, số, ngày, nơi nhận, người ký." };
        var previous = new Option<FileInfo?>("--previous") { Description = "Báo cáo năm trước (UnitReport JSON) để so sánh." };
        var template = new Option<FileInfo?>("--template") { Description = "Mẫu .docx đã sửa trong Word (giữ nguyên các thẻ)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Tệp .docx kết quả." };
        var plain = new Option<bool>("--plain") { Description = "Bỏ các ô nội dung (content control), giữ nội dung." };
        var approve = new Option<bool>("--approve") { Description = "Duyệt: gán số, bỏ dấu DỰ THẢO, ghi biên bản duyệt OUT.docx.approval.json." };
        var number = new Option<int?>("--number") { Description = "Số văn bản khi duyệt (ví dụ 15)." };
        var approvedBy = new Option<string?>("--approved-by") { Description = "Người duyệt." };
        var approvedAt = new Option<DateTimeOffset?>("--approved-at") { Description = "Thời điểm duyệt (ISO 8601; mặc định: bây giờ)." };

        var forms = new ReviewFormsVerb.Options();
        var command = new Command("generate", "Lập văn bản theo thể thức của Đảng (Kế hoạch, Công văn, Báo cáo, Thông báo kết quả), các mẫu kiểm điểm của Hướng dẫn 43-HD/BTCTW và bảng điểm.")
        {
            kind, data, meta, previous, template, output, plain, approve, number, approvedBy, approvedAt,
        };
        forms.AddTo(command);
        command.SetOutcome(parse =>
        {
            var slug = parse.GetValue(kind)!;
            if (!DocumentKinds.All.Any(k => k.Slug() == slug)) return ReviewFormsVerb.Run(slug, forms, parse, CliOutput.Resolve());
            var console = CliOutput.Resolve();
            if (parse.GetValue(data) is not { } dataFile || parse.GetValue(output) is not { } outFile)
                return CliOutcome.Usage($"Lệnh generate {slug} cần --data TỆP.json và -o TỆP.docx.");
            return Run(
                DocumentKinds.FromSlug(slug)!.Value, dataFile, parse.GetValue(meta), parse.GetValue(previous),
                parse.GetValue(template), outFile, parse.GetValue(plain),
                parse.GetValue(approve) ? new ApprovalRequest(parse.GetValue(number) ?? 0, parse.GetValue(approvedBy) ?? "", parse.GetValue(approvedAt)) : null,
                console);
        });
        return command;
    }

    public static CliOutcome Run(DocumentKind kind, FileInfo data, FileInfo? meta, FileInfo? previous, FileInfo? template, FileInfo output,
        bool plain, ApprovalRequest? approval, CliOutput console)
    {
        foreach (var input in new[] { data, meta, previous, template })
            if (input is not null && CliFiles.SameFile(input.FullName, output.FullName))
                return CliOutcome.Usage($"Tệp kết quả {output.FullName} chính là tệp đầu vào {input.FullName}; hãy chọn tên khác cho -o.");
        var service = new DocumentService();
        var max = service.Limits.MaxInputBytes;
        var refused = CliOutcome.Clean;
        var dataBytes = CliFiles.ReadInput(data, max, out refused);
        if (dataBytes is null) return refused;
        byte[]? Optional(FileInfo? f, long limit) => f is null ? [] : CliFiles.ReadInput(f, limit, out refused);
        var metaBytes = Optional(meta, max);
        if (metaBytes is null) return refused;
        var previousBytes = Optional(previous, max);
        if (previousBytes is null) return refused;
        var templateBytes = Optional(template, 20 * 1024 * 1024);
        if (templateBytes is null) return refused;

        var outcome = service.Generate(new DocumentRequest(kind, dataBytes)
        {
            Meta = meta is null ? null : metaBytes,
            Previous = previous is null ? null : previousBytes,
            Template = template is null ? null : templateBytes,
            Approval = approval,
            RemoveContentControls = plain,
        });
        foreach (var p in outcome.Problems)
        {
            var where = p.Tag is not null ? $"[thẻ {p.Tag}, {p.Location}] " : p.Path is { Length: > 0 } ? $"[{p.Path}] " : "";
            console.Out.WriteLine(CliFindings.Line(p.Severity, p.Code, where, p.Message));
        }
        if (!outcome.Succeeded)
        {
            // Unreadable (a template that is not a .docx, data that is not JSON) or errors: the catalogue says which.
            var verdict = CliOutcome.FromFindings($"lệnh generate {kind.Slug()}",
                outcome.Problems.Select(p => (p.Code, p.Severity == "error" ? Severity.Error : Severity.Warning, p.Message)));
            return verdict.ExitCode == CliApp.ExitCodes.Unreadable ? verdict
                : CliOutcome.Errors($"Không tạo được {kind.VietnameseName().ToLowerInvariant()}: {outcome.Problems.Count(p => p.Severity == "error")} lỗi. Chưa ghi tệp nào.");
        }
        // Each file is written whole (temporary file, then rename): never half a document under the final name.
        if (CliFiles.WriteOutput(output, outcome.Document!) is { } notWritten) return notWritten;
        if (outcome.Approval is { } record
            && CliFiles.WriteOutput(new FileInfo(output.FullName + ".approval.json"), System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, ApprovalRecord.JsonOptions))) is { } recordNotWritten)
            return recordNotWritten;
        console.Out.WriteLine(outcome.Approval is { } r
            ? $"Đã duyệt {kind.VietnameseName().ToLowerInvariant()} {r.DocumentNumber}: {output.FullName} (SHA-256 {r.Sha256}); biên bản duyệt: {output.Name}.approval.json"
            : $"Đã lập dự thảo {kind.VietnameseName().ToLowerInvariant()}: {output.FullName} (SHA-256 {outcome.Sha256}).");
        return CliOutcome.Clean;
    }
}
