using System.CommandLine;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.Service.Features.ReviewForms;

namespace OfficeReview.Service.Cli;

/// <summary>
/// generate mau-01|mau-02a|mau-02b|mau-02c|mau-05|bang-diem [--unit-workbook FILE] [--member NAME|--all] [--superior TEXT]
/// [--place TEXT] [--year N] --out DIR — the HD 43 review forms (one .docx per member or collective) and the scoring
/// workbook, prefilled from the unit workbook's member list. Exit 0 written, 1 problems (nothing written), 2 unreadable.
/// import-scores BANG-DIEM.xlsx --unit-workbook FILE -o OUT.xlsx — the scores into the member list.
/// </summary>
internal static class ReviewFormsVerb
{
    public const string ScoreWorkbookSlug = "bang-diem";
    private const long MaxInputBytes = 50L * 1024 * 1024;

    public sealed class Options
    {
        public Option<FileInfo?> UnitWorkbook { get; } = new("--unit-workbook") { Description = "Biểu đơn vị (.xlsx) có danh sách đảng viên để điền sẵn họ tên, chi bộ, chức vụ, xếp loại năm trước." };
        public Option<string?> Member { get; } = new("--member") { Description = "Chỉ lập cho một đảng viên (Mẫu 2A/2B/2C/05) hoặc một tập thể (Mẫu 01) theo tên." };
        public Option<bool> All { get; } = new("--all") { Description = "Lập cho mọi đảng viên làm mẫu này (Mẫu 01: đơn vị và từng chi bộ)." };
        public Option<DirectoryInfo?> Out { get; } = new("--out") { Description = "Thư mục ghi các tệp mẫu." };
        public Option<string?> Superior { get; } = new("--superior") { Description = "Dòng cấp trên của tiêu đề khi đơn vị là chi bộ (ví dụ \"Đảng bộ xã Ia Grai\")." };
        public Option<string?> Place { get; } = new("--place") { Description = "Địa danh ở dòng ngày tháng (ví dụ \"Ia Grai\")." };
        public Option<int?> Year { get; } = new("--year") { Description = "Năm đánh giá khi không có biểu đơn vị (mặc định: năm nay)." };

        public void AddTo(Command command)
        {
            foreach (var o in new Option[] { UnitWorkbook, Member, All, Out, Superior, Place, Year }) command.Options.Add(o);
        }
    }

    public static CliOutcome Run(string slug, Options o, ParseResult parse, CliOutput console)
    {
        var outDir = parse.GetValue(o.Out);
        if (outDir is null) return CliOutcome.Usage($"Lệnh generate {slug} cần --out THƯ_MỤC (nơi ghi các tệp).");
        var member = parse.GetValue(o.Member);
        var all = parse.GetValue(o.All);
        if (member is not null && all) return CliOutcome.Usage("Chỉ dùng một trong hai: --member TÊN hoặc --all.");
        var workbook = parse.GetValue(o.UnitWorkbook);
        byte[]? bytes = null;
        var refused = CliOutcome.Clean;
        if (workbook is not null && (bytes = CliFiles.ReadInput(workbook, MaxInputBytes, out refused)) is null) return refused;

        var outcome = new ReviewFormService().Generate(new ReviewFormRequest
        {
            Kind = slug == ScoreWorkbookSlug ? null : ReviewFormKinds.FromSlug(slug),
            UnitWorkbook = bytes, UnitWorkbookName = workbook?.Name ?? "bieu-don-vi.xlsx",
            Member = member, All = all, Year = parse.GetValue(o.Year), Superior = parse.GetValue(o.Superior), Place = parse.GetValue(o.Place),
        }, DateTime.Now.Year);
        foreach (var p in outcome.Problems)
            console.Out.WriteLine(CliFindings.Line(p.Severity, p.Code, "", p.Message));
        if (!outcome.Succeeded)
        {
            // Unreadable unit workbook or errors (a name not in the list, a year before HD 43): the catalogue says which.
            var verdict = CliOutcome.FromFindings($"lệnh generate {slug}", outcome.Problems);
            return verdict.ExitCode == CliApp.ExitCodes.Unreadable ? verdict
                : CliOutcome.Errors($"Không lập được {slug}: {outcome.Problems.Count(p => p.Severity == Severity.Error)} lỗi. Chưa ghi tệp nào.");
        }
        try { outDir.Create(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliOutcome.Unreadable($"Không tạo được thư mục {outDir.FullName}: {CliFiles.OneLine(e.Message)}");
        }
        foreach (var file in outcome.Files)
            if (CliFiles.WriteOutput(new FileInfo(Path.Combine(outDir.FullName, file.FileName)), file.Content) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã lập {outcome.Files.Count} tệp {slug} trong {outDir.FullName}: {string.Join(", ", outcome.Files.Take(5).Select(f => f.FileName))}{(outcome.Files.Count > 5 ? ", …" : "")}");
        return CliOutcome.Clean;
    }

    public static Command ImportCommand()
    {
        var scores = new Argument<FileInfo>("scores") { Description = "Bảng điểm đã chấm (.xlsx, lập bằng generate bang-diem)." };
        var unit = new Option<FileInfo>("--unit-workbook") { Description = "Biểu đơn vị (.xlsx) có danh sách đảng viên.", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Biểu đơn vị mới (.xlsx) có điểm, mẫu, tự xếp loại và chi bộ đề xuất.", Required = true };
        var command = new Command("import-scores", "Đưa điểm của bảng điểm vào danh sách đảng viên của biểu đơn vị.") { scores, unit, output };
        command.SetOutcome(parse => Import(parse.GetValue(scores)!, parse.GetValue(unit)!, parse.GetValue(output)!, CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Import(FileInfo scores, FileInfo unit, FileInfo output, CliOutput console)
    {
        foreach (var input in new[] { scores, unit })
            if (CliFiles.SameFile(input.FullName, output.FullName))
                return CliOutcome.Usage($"Tệp kết quả {output.FullName} chính là tệp đầu vào {input.FullName}; hãy chọn tên khác cho -o.");
        var scoreBytes = CliFiles.ReadInput(scores, MaxInputBytes, out var refused);
        if (scoreBytes is null) return refused;
        var unitBytes = CliFiles.ReadInput(unit, MaxInputBytes, out refused);
        if (unitBytes is null) return refused;
        var unitRead = UnitWorkbookReader.Read(unitBytes, unit.Name);
        if (unitRead.Report is null) return CliFiles.Unreadable(unit.Name, unitRead.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        var read = ScoreWorkbook.Read(scoreBytes, scores.Name);
        if (!read.Readable) return CliFiles.Unreadable(scores.Name, read.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        var (merged, findings) = ScoreWorkbook.Import(unitRead.Report, read);
        foreach (var f in read.Findings.Concat(findings))
            console.Out.WriteLine(CliFindings.Line(f.Severity, f.Code, "", f.Message));
        if (CliFiles.WriteOutput(output, UnitWorkbookWriter.Write(merged)) is { } notWritten) return notWritten;
        var skipped = read.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Path).Distinct().Count();
        console.Out.WriteLine($"Đã đưa điểm của {read.Rows.Count} dòng vào {output.FullName}" + (read.HasErrors ? $"; các dòng có lỗi ({skipped} ô) chưa được đưa vào." : "."));
        return read.HasErrors ? CliOutcome.Errors($"Bảng điểm {scores.Name} có dòng lỗi ({skipped} ô) chưa được đưa vào {output.Name}.") : CliOutcome.Clean;
    }
}
