using System.CommandLine;
using System.Text.Json;
using OfficeReview.Domain.ReportChecking;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.ReportChecking;

namespace OfficeReview.Service.Cli;

/// <summary>check-report FILE [--json] [--ruleset 132|124|366] [--year Y]: exit 0 without errors, 1 with errors, 2 when unreadable.</summary>
internal static class CheckReportVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Báo cáo cần kiểm tra số liệu (.docx hoặc .txt UTF-8)." };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON: {\"statements\":[…],\"findings\":[…]}." };
        var ruleset = new Option<string?>("--ruleset") { Description = "Bộ quy tắc: 132, 124 hoặc 366 (mặc định: theo năm của báo cáo)." };
        ruleset.AcceptOnlyFromAmong([.. Rulesets.Ids]);
        var year = new Option<int?>("--year") { Description = "Năm đánh giá (mặc định: đọc từ báo cáo, \"năm 2025\")." };

        var command = new Command("check-report", "Kiểm tra các số liệu, tỷ lệ trong một báo cáo kết quả đánh giá, xếp loại.") { file, json, ruleset, year };
        command.SetOutcome(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(ruleset), parse.GetValue(year), CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(FileInfo file, bool asJson, string? rulesetId, int? year, CliOutput output)
    {
        var service = new ReportCheckService();
        var bytes = CliFiles.ReadInput(file, service.Limits.MaxInputBytes, out var refused);
        if (bytes is null) return refused;

        var outcome = service.Check(bytes, file.Name, rulesetId, year);
        if (asJson)
            output.Out.WriteLine(JsonSerializer.Serialize(ReportCheckReport.From(outcome), ReportCheckReport.JsonOptions));
        else
            WriteText(outcome, output);

        if (!outcome.Readable) return CliFiles.Unreadable(outcome.FileName, outcome.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        return CliOutcome.OfReadable($"tệp {outcome.FileName}", outcome.Errors);
    }

    private static void WriteText(ReportCheckOutcome outcome, CliOutput output)
    {
        if (!outcome.Readable) return;
        var label = Rulesets.ById(outcome.RulesetId)?.Parameters.Label ?? outcome.RulesetId;
        output.Out.WriteLine($"Kiểm tra {outcome.FileName}: {outcome.Paragraphs.Count} đoạn, {outcome.Statements.Count} số liệu đọc được" +
                             $"{(outcome.Year is { } y ? $" — năm {y}" : "")} — theo {label}");
        foreach (var f in outcome.Findings)
        {
            var paragraph = ReportChecker.ParagraphOf(f.Path);
            var where = paragraph >= 0 ? $"đoạn {paragraph + 1}: " : "";
            output.Out.WriteLine(CliFindings.Line(f.Severity, f.Code, where, f.Message));
        }
        output.Out.WriteLine(outcome.Findings.Count == 0
            ? "Kết quả: không phát hiện sai sót."
            : $"Kết quả: {outcome.Errors} lỗi, {outcome.Warnings} cảnh báo, {outcome.Infos} thông tin.");
    }
}
