using System.CommandLine;
using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Cli;

/// <summary>
/// form …: a campaign's own form (a province's workbook tagged with the OR_* names) on the command line.
///   form province-sample -o OUT.xlsx [--mapping OUT.json]   a province's workbook in a layout not ours, untagged
///   form tag WORKBOOK.xlsx MAPPING.json -o OUT.xlsx          adds the names of a mapping (figure → "Trang!Ô")
///   form fill FORM.xlsx REPORT.json -o OUT.xlsx [--ruleset]  a unit fills the form through its names
///   form inspect WORKBOOK.xlsx [-o OUT.json]                 what the workbook holds, read with ClosedXML (JSON)
/// Exit 0, 2 when an input cannot be read or a mapping entry is refused (nothing written then).
/// </summary>
internal static class FormVerb
{
    public static Command Create()
    {
        var command = new Command("form", "Biểu mẫu riêng của đợt (sổ tính của tỉnh gắn tên OR_*): sinh mẫu, gắn tên, điền, xem nội dung.")
        {
            SampleCommand(), TagCommand(), FillCommand(), InspectCommand(),
        };
        return command;
    }

    private static Command SampleCommand()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp .xlsx ghi ra.", Required = true };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "Ghi kèm ánh xạ đúng (chỉ tiêu → \"Trang!Ô\") ra tệp JSON này." };
        var command = new Command("province-sample", "Sinh sổ tính thống kê của một tỉnh theo bố cục riêng (tên trang, tiêu đề gộp ô, dòng tổng =SUM, định dạng), chưa gắn tên.")
            { output, mapping };
        command.SetOutcome(parse =>
        {
            var console = CliOutput.Resolve();
            var out1 = parse.GetValue(output)!;
            if (CliFiles.WriteOutput(out1, ProvinceLayoutSample.Build()) is { } notWritten) return notWritten;
            if (parse.GetValue(mapping) is { } m
                && CliFiles.WriteOutput(m, JsonSerializer.SerializeToUtf8Bytes(ProvinceLayoutSample.Mapping, SampleManifest.JsonOptions)) is { } mappingNotWritten)
                return mappingNotWritten;
            console.Out.WriteLine($"Đã ghi {out1.FullName} ({ProvinceLayoutSample.Mapping.Count} chỉ tiêu có ô trong bố cục, chưa gắn tên).");
            return CliOutcome.Clean;
        });
        return command;
    }

    private static Command TagCommand()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "Sổ tính .xlsx cần gắn tên." };
        var mapping = new Argument<FileInfo>("mapping") { Description = "Ánh xạ JSON: tên chỉ tiêu → \"Trang!Ô\" (như lưới ánh xạ trên trình duyệt gửi)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp .xlsx ghi ra.", Required = true };
        var command = new Command("tag", "Gắn tên chỉ tiêu (OR_*) vào các ô của sổ tính theo một ánh xạ; phần còn lại của sổ tính giữ nguyên.") { workbook, mapping, output };
        command.SetOutcome(parse => Tag(parse.GetValue(workbook)!, parse.GetValue(mapping)!, parse.GetValue(output)!, CliOutput.Resolve()));
        return command;
    }

    private static Command FillCommand()
    {
        var form = new Argument<FileInfo>("form") { Description = "Biểu mẫu của đợt (.xlsx đã gắn tên, tải từ GET /api/campaigns/{id}/form)." };
        var report = new Argument<FileInfo>("report") { Description = "Báo cáo của đơn vị (UnitReport JSON)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp .xlsx ghi ra.", Required = true };
        var ruleset = new Option<string?>("--ruleset") { Description = "Bộ quy tắc (366, 124, 132); mặc định theo năm của báo cáo." };
        var command = new Command("fill", "Điền báo cáo của đơn vị vào biểu mẫu của đợt qua các tên của nó (giữ bố cục, định dạng, công thức).") { form, report, output, ruleset };
        command.SetOutcome(parse => Fill(parse.GetValue(form)!, parse.GetValue(report)!, parse.GetValue(output)!, parse.GetValue(ruleset), CliOutput.Resolve()));
        return command;
    }

    private static Command InspectCommand()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "Sổ tính .xlsx." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Ghi JSON ra tệp này (mặc định: ra màn hình)." };
        var command = new Command("inspect", "Liệt kê nội dung sổ tính đọc bằng ClosedXML (trang, ô gộp, giá trị, công thức, định dạng, tên vùng) dưới dạng JSON.") { workbook, output };
        command.SetOutcome(parse => Inspect(parse.GetValue(workbook)!, parse.GetValue(output), CliOutput.Resolve()));
        return command;
    }

    /// <summary>Reads a workbook input and refuses what the hardened reader refuses; null (with the outcome to return) then.</summary>
    private static byte[]? ReadWorkbook(FileInfo file, WorkbookService service, out CliOutcome refused)
    {
        var bytes = CliFiles.ReadInput(file, service.Limits.MaxInputBytes, out refused);
        if (bytes is null) return null;
        var refusals = CampaignFormCheck.Refusals(bytes, file.Name, service.Limits.EffectiveWorkbook);
        if (refusals.Count == 0) return bytes;
        refused = CliFiles.Unreadable(file.Name, refusals.Select(f => f.Message));
        return null;
    }

    public static CliOutcome Tag(FileInfo workbook, FileInfo mappingFile, FileInfo output, CliOutput console)
    {
        var service = new WorkbookService();
        if (ReadWorkbook(workbook, service, out var refused) is not { } bytes) return refused;
        if (CliFiles.ReadInput(mappingFile, service.Limits.MaxInputBytes, out refused) is not { } json) return refused;
        Dictionary<string, string>? mapping;
        try { mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(json); }
        catch (JsonException e)
        {
            return CliOutcome.Unreadable($"Tệp {mappingFile.Name} không phải JSON hợp lệ (tên chỉ tiêu → \"Trang!Ô\"): {CliFiles.OneLine(e.Message)}");
        }
        var (tagged, refusedCells) = FormTagger.Tag(bytes, mapping ?? []);
        if (refusedCells.Count > 0)
            return CliOutcome.Unreadable($"Ánh xạ {mappingFile.Name} có ô không hợp lệ (chỉ tiêu không có trong danh mục hoặc ô không thuộc trang tính nào của {workbook.Name}): {string.Join("; ", refusedCells.Take(10))}.");
        if (CliFiles.WriteOutput(output, tagged) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã gắn {mapping?.Count ?? 0} tên vào {output.FullName}.");
        return CliOutcome.Clean;
    }

    public static CliOutcome Fill(FileInfo formFile, FileInfo reportFile, FileInfo output, string? rulesetId, CliOutput console)
    {
        var service = new WorkbookService();
        if (ReadWorkbook(formFile, service, out var refused) is not { } bytes) return refused;
        var check = CampaignFormCheck.Check(bytes, formFile.Name, service.Limits.EffectiveWorkbook);
        if (check.Form is not { } form)
            return CliFiles.Unreadable(formFile.Name, check.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{(f.Sheet is not null ? $"{f.Sheet}!{f.Cell}: " : "")}{f.Message}"));
        if (CliFiles.ReadInput(reportFile, service.Limits.MaxInputBytes, out refused) is not { } json) return refused;
        var read = UnitReportJson.Read(json);
        if (read.Report is not { } report)
            return CliFiles.Unreadable(reportFile.Name, read.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        var ruleset = rulesetId is null ? Rulesets.ForYear(report.Year) : Rulesets.ById(rulesetId);
        if (ruleset is null)
            return CliOutcome.Usage($"Bộ quy tắc \"{rulesetId}\" không có; dùng một trong: {string.Join(", ", Rulesets.Ids)}.");
        var filled = CampaignFormWriter.WriteUnit(form, report, ruleset.Id);
        // What filling said (a formula kept, figures the form has no cell for) is printed; a form that cannot be filled writes nothing.
        foreach (var f in filled.Findings)
            console.Out.WriteLine(CliFindings.Line(f));
        if (filled.Workbook is not { } filledBytes)
            return CliFiles.Unreadable(formFile.Name, filled.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        if (CliFiles.WriteOutput(output, filledBytes) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã điền báo cáo của {report.Unit.Code} vào {check.Tagged.Count} ô có tên, ghi {output.FullName}.");
        return CliOutcome.Clean;
    }

    public static CliOutcome Inspect(FileInfo workbook, FileInfo? output, CliOutput console)
    {
        var service = new WorkbookService();
        if (ReadWorkbook(workbook, service, out var refused) is not { } bytes) return refused;
        var json = JsonSerializer.SerializeToUtf8Bytes(WorkbookInspection.Inspect(bytes), SampleManifest.JsonOptions);
        if (output is null)
        {
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(json));
            return CliOutcome.Clean;
        }
        return CliFiles.WriteOutput(output, json) ?? CliOutcome.Clean;
    }
}
