using System.CommandLine;
using System.Text;
using OfficeReview.Domain.Findings;

namespace OfficeReview.Service.Cli;

/// <summary>
/// findings-doc [FILE]: writes docs/findings.md from the findings catalogue (<see cref="FindingCatalogue.Markdown"/>),
/// or prints it when no file is given. A test compares the committed file with it.
/// </summary>
internal static class FindingsDocVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "Tệp Markdown cần ghi (ví dụ docs/findings.md); bỏ trống để in ra màn hình.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("findings-doc", "Ghi danh mục mã lỗi, cảnh báo (docs/findings.md) từ danh mục trong mã nguồn.") { file };
        command.SetOutcome(parse => Run(parse.GetValue(file), CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(FileInfo? file, CliOutput console)
    {
        var markdown = FindingCatalogue.Markdown();
        if (file is null)
        {
            console.Out.Write(markdown);
            return CliOutcome.Clean;
        }
        if (CliFiles.WriteOutput(file, new UTF8Encoding(false).GetBytes(markdown)) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã ghi {file.FullName} ({FindingCatalogue.All.Count} mã).");
        return CliOutcome.Clean;
    }
}
