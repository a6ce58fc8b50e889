using System.Diagnostics;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>Real LibreOffice headless (installed by scripts/test.sh): .docx → PDF → text (pdftotext) and PNG pages (pdftoppm).</summary>
internal static class LibreOffice
{
    public static string ToPdf(byte[] docx, string name, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var input = Path.Combine(workDir, name + ".docx");
        File.WriteAllBytes(input, docx);
        var home = Path.Combine(workDir, "home-" + name);
        Directory.CreateDirectory(home);
        Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{home}", "--convert-to", "pdf", "--outdir", workDir, input], home, 180);
        var pdf = Path.Combine(workDir, name + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice did not write {pdf}");
        return pdf;
    }

    public static string Text(string pdf) => Run("pdftotext", ["-enc", "UTF-8", pdf, "-"], null, 60);

    public static void Pages(string pdf, string prefix, int dpi = 60) => Run("pdftoppm", ["-r", dpi.ToString(), "-png", pdf, prefix], null, 60);

    private static string Run(string tool, string[] args, string? home, int timeoutSeconds)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (home is not null) psi.Environment["HOME"] = home;
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (scripts/test.sh installs libreoffice-writer-nogui and poppler-utils): {e.Message}");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish in {timeoutSeconds} s");
            }
            Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
    }
}
