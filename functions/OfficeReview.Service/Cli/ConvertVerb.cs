using System.CommandLine;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Cli;

/// <summary>convert IN.json -o OUT.xlsx | convert IN.xlsx -o OUT.json: exit 0, 1 when the input had errors (still converted), 2 when unreadable.</summary>
internal static class ConvertVerb
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "Tệp nguồn: báo cáo UnitReport JSON hoặc biểu mẫu .xlsx." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp đích (.xlsx khi nguồn là JSON, .json khi nguồn là bảng tính).", Required = true };
        var command = new Command("convert", "Chuyển báo cáo JSON thành biểu mẫu Excel hoặc ngược lại (không mất dữ liệu).") { input, output };
        command.SetOutcome(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(FileInfo input, FileInfo output, CliOutput console)
    {
        var service = new WorkbookService();
        var bytes = CliFiles.ReadInput(input, service.Limits.MaxInputBytes, out var refused);
        if (bytes is null) return refused;
        var result = service.Convert(bytes, input.Name);
        if (result.Output is null)
            return CliFiles.Unreadable(input.Name, result.Findings.Where(f => f.Severity == Severity.Error)
                .Select(f => $"{(f.Sheet is not null ? $"{f.Sheet}!{f.Cell}: " : "")}{f.Message}"));
        foreach (var f in result.Findings)
            console.Out.WriteLine(CliFindings.Line(f.Severity, f.Code, CliFindings.Where(f.Sheet, f.Cell, null), f.Message));
        var expected = "." + result.OutputKind;
        if (!output.Extension.Equals(expected, StringComparison.OrdinalIgnoreCase))
            console.Out.WriteLine($"Lưu ý: nội dung là {result.OutputKind.ToUpperInvariant()} nhưng tệp đích có đuôi {output.Extension}.");
        if (CliFiles.WriteOutput(output, result.Output) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã ghi {output.FullName}.");
        // The input's errors do not stop the conversion: the file is written, the exit says there were errors.
        return result.Errors > 0 ? CliOutcome.Errors($"Đã ghi {output.Name}, nhưng tệp {input.Name} có {result.Errors} lỗi.") : CliOutcome.Clean;
    }
}
