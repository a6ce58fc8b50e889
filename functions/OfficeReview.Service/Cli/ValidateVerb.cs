using System.CommandLine;
using System.Text.Json;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Cli;

/// <summary>validate FILE [--json] [--ruleset 132|124|366]: exit 0 without errors, 1 with errors, 2 when unreadable.</summary>
internal static class ValidateVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Báo cáo cần kiểm tra (UnitReport JSON hoặc bảng tính .xlsx)." };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON: {\"findings\":[…]}." };
        var ruleset = new Option<string?>("--ruleset") { Description = "Bộ quy tắc: 132, 124 hoặc 366 (mặc định: theo năm của báo cáo)." };
        ruleset.AcceptOnlyFromAmong([.. Rulesets.Ids]);

        var command = new Command("validate", "Kiểm tra số liệu một báo cáo theo quy định của năm.") { file, json, ruleset };
        command.SetOutcome(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(ruleset), CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(FileInfo file, bool asJson, string? rulesetId, CliOutput output)
    {
        var service = new ValidationService();
        var read = CliFiles.ReadInput(file, service.Limits.MaxInputBytes, out var refused);
        if (read is null) return refused;

        var outcome = service.Validate(read, file.Name, rulesetId);
        if (asJson)
            output.Out.WriteLine(JsonSerializer.Serialize(ValidationReport.From(outcome), ValidationReport.JsonOptions));
        else
            WriteText(outcome, output);

        if (!outcome.Readable) return CliFiles.Unreadable(outcome.FileName, outcome.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{CliFindings.Where(f.Sheet, f.Cell, f.Path)}{f.Message}"));
        return CliOutcome.OfReadable($"tệp {outcome.FileName}", outcome.Errors);
    }

    private static void WriteText(ValidationOutcome outcome, CliOutput output)
    {
        if (!outcome.Readable) return;
        var report = outcome.Report!;
        var parameters = Rulesets.ById(outcome.RulesetId)!.Parameters;
        output.Out.WriteLine($"Kiểm tra {outcome.FileName}: {report.Unit.Name} — năm {report.Year} — theo {parameters.Label}");
        foreach (var group in outcome.Findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
            foreach (var f in group)
                output.Out.WriteLine(CliFindings.Line(f));
        output.Out.WriteLine(outcome.Findings.Count == 0
            ? "Kết quả: không phát hiện sai sót."
            : $"Kết quả: {outcome.Errors} lỗi, {outcome.Warnings} cảnh báo, {outcome.Infos} thông tin.");
    }
}
