using System.CommandLine;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Cli;

/// <summary>
/// openapi [FILE]: writes the HTTP API's OpenAPI document (what /api/openapi/v1.json serves) to FILE, or prints it.
/// The committed docs/openapi.json is written with it: <c>dotnet run --project functions/OfficeReview.Service -- openapi docs/openapi.json</c>.
/// </summary>
internal static class OpenApiVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("tep") { Description = "Tệp ghi tài liệu OpenAPI (bỏ trống: in ra màn hình).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("openapi", "Ghi tài liệu OpenAPI của API HTTP (mọi tuyến, kiểu dữ liệu, dạng lỗi) ra tệp, ví dụ docs/openapi.json.") { file };
        command.SetOutcome(async (parse, ct) => await RunAsync(parse.GetValue(file), CliOutput.Resolve(), ct));
        return command;
    }

    public static async Task<CliOutcome> RunAsync(FileInfo? file, CliOutput console, CancellationToken ct)
    {
        var text = await OpenApiContract.BuildDocumentAsync(ct);
        if (file is null)
        {
            console.Out.Write(text);
            return CliOutcome.Clean;
        }
        if (CliFiles.WriteOutput(file, new System.Text.UTF8Encoding(false).GetBytes(text)) is { } notWritten) return notWritten;
        console.Out.WriteLine($"Đã ghi {file.FullName}.");
        return CliOutcome.Clean;
    }
}
