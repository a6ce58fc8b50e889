using System.Diagnostics;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>Runs LibreOffice headless (installed by scripts/test.sh) with a private profile.</summary>
internal static class LibreOffice
{
    public static (int ExitCode, string Output) Convert(string input, string format, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "or-lo-" + Guid.NewGuid().ToString("N")[..8]);
        var psi = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input })
            psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = profile;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000)) { p.Kill(true); return (-1, "timeout"); }
        try { Directory.Delete(profile, true); } catch (IOException) { }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public static string PdfText(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-layout"); psi.ArgumentList.Add(pdf); psi.ArgumentList.Add("-");
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }
}
