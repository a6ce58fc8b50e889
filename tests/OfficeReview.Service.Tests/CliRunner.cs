using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests;

/// <summary>Runs a CLI verb in process, capturing what it writes: (exit code, standard output, standard error).</summary>
public static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
