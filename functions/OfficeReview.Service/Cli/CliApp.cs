using System.CommandLine;
using System.Text;

namespace OfficeReview.Service.Cli;

/// <summary>The command line: one verb per file under Cli/, each calling the same services as the HTTP routes.</summary>
internal static class CliApp
{
    /// <summary>Exit codes shared by every verb.</summary>
    public static class ExitCodes
    {
        public const int Ok = 0;
        public const int FindingsWithErrors = 1;
        public const int Unreadable = 2;
    }

    private static readonly IReadOnlyList<Func<Command>> s_verbs =
    [
        ValidateVerb.Create,
        GenerateVerb.Create,
        ReviewFormsVerb.ImportCommand,
        ConvertVerb.Create,
        TemplateVerb.Create,
        SampleVerb.Create,
        CheckReportVerb.Create,
        MergeVerb.Create,
        SubmitVerb.Create,
        DevTokenVerb.Create,
        FormVerb.Create,
        OpenApiVerb.Create,
        FindingsDocVerb.Create,
    ];

    public static IReadOnlyList<string> VerbNames { get; } = s_verbs.Select(v => v().Name).ToList();

    /// <summary>
    /// True when the first argument is a word (a verb, known or not: an unknown one gets a usage error rather than
    /// silently starting the server) or asks for help; options only (--urls …) or nothing run the service.
    /// </summary>
    public static bool IsCommandLine(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?" or "--version");

    /// <summary>
    /// The one place an outcome becomes an exit code: 0 clean, 1 findings with errors, 2 unreadable input or usage; the
    /// outcome's message (one line, Vietnamese) goes to stderr unless the run was clean.
    /// </summary>
    public static int Finish(CliOutcome outcome, CliOutput output)
    {
        if (outcome.Message is { Length: > 0 } message)
            (outcome.ExitCode == ExitCodes.Ok ? output.Out : output.Error).WriteLine(CliFiles.OneLine(message));
        return outcome.ExitCode;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        if (stdout is null)
        {
            Console.OutputEncoding = Encoding.UTF8;
        }
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand("OfficeReview — kiểm tra, tổng hợp và lập văn bản kết quả kiểm điểm, đánh giá, xếp loại chất lượng.");
        foreach (var verb in s_verbs) root.Subcommands.Add(verb());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
            return Finish(CliOutcome.Usage($"Lỗi cú pháp lệnh: {string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')))}. " +
                                           "Xem: dotnet run --project functions/OfficeReview.Service -- --help"), output);
        CliOutput.Current = output;
        try
        {
            // Exceptions reach the catch below instead of System.CommandLine's handler (which prints a stack trace, exit 1).
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Last resort: whatever a verb did not expect is one Vietnamese line naming the files given, exit 2, no stack trace.
            var files = args.Skip(1).Where(a => !a.StartsWith('-') && (File.Exists(a) || Directory.Exists(a))).ToList();
            return Finish(CliOutcome.Unreadable($"Không xử lý được {(files.Count > 0 ? "tệp " + string.Join(", ", files) : "lệnh " + string.Join(' ', args.Take(1)))}: " +
                                                $"{CliFiles.OneLine(e.Message)} ({e.GetType().Name})."), output);
        }
        finally
        {
            CliOutput.Current = null;
        }
    }
}

internal static class CliActions
{
    /// <summary>A verb's action: its outcome becomes the exit code and, unless clean, one line on stderr (<see cref="CliApp.Finish"/>).</summary>
    public static void SetOutcome(this Command command, Func<ParseResult, CliOutcome> run) =>
        command.SetAction(parse => CliApp.Finish(run(parse), CliOutput.Resolve()));

    /// <summary>The same for a verb that works asynchronously.</summary>
    public static void SetOutcome(this Command command, Func<ParseResult, CancellationToken, Task<CliOutcome>> run) =>
        command.SetAction(async (parse, ct) => CliApp.Finish(await run(parse, ct), CliOutput.Resolve()));
}

/// <summary>Where a verb writes (the console, or a test's writers).</summary>
public sealed class CliOutput(TextWriter output, TextWriter error)
{
    private static readonly AsyncLocal<CliOutput?> s_current = new();

    public static CliOutput? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    public static CliOutput Resolve() => Current ?? new CliOutput(Console.Out, Console.Error);

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
}
