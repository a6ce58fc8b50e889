using System.CommandLine;
using OfficeReview.Service.Features.Workbooks;

namespace OfficeReview.Service.Cli;

/// <summary>template NAME -o FILE: writes a blank official workbook (bieu-don-vi, bieu-tong-hop).</summary>
internal static class TemplateVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Tên biểu mẫu: bieu-don-vi (đơn vị) hoặc bieu-tong-hop (cấp trên tổng hợp)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp .xlsx cần ghi.", Required = true };
        var command = new Command("template", "Ghi biểu mẫu Excel trống.") { name, output };
        command.SetOutcome(parse => Run(parse.GetValue(name)!, parse.GetValue(output)!, CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(string name, FileInfo output, CliOutput console)
    {
        var bytes = WorkbookService.Template(name);
        if (bytes is null) return CliOutcome.Usage($"Không có biểu mẫu \"{name}\"; dùng bieu-don-vi hoặc bieu-tong-hop.");
        if (CliFiles.WriteOutput(output, bytes) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã ghi {output.FullName}.");
        return CliOutcome.Clean;
    }
}
