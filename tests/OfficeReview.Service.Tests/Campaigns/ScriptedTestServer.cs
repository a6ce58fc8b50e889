using System.Diagnostics;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// A server the tests need, reached by a connection string: the one scripts/test.sh started (named by
/// <paramref name="variable"/>), else one this fixture starts itself with <paramref name="script"/> (scripts/, verbs
/// start and stop over a temporary folder; the start prints the connection string) and stops at the end. Without it the
/// tests fail — never skip.
/// </summary>
/// <param name="name">The server's name in the failure message.</param>
/// <param name="install">What to install to have it, in the failure message.</param>
public abstract class ScriptedTestServer(string name, string variable, string script, string folderPrefix, string install) : IAsyncLifetime
{
    private string? _ownFolder;

    /// <summary>The connection string of the server (the variable's, or the one the script printed).</summary>
    protected string Started { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            Started = given;
            return;
        }
        _ownFolder = Path.Combine(Path.GetTempPath(), $"{folderPrefix}{Guid.NewGuid():N}");
        var (code, output, error) = await Script("start", _ownFolder);
        if (code != 0)
            throw new InvalidOperationException(
                $"{name} is required by these tests and could not be started (set {variable} or {install}; scripts/test.sh does both): {error}");
        Started = output.Trim();
    }

    public virtual async Task DisposeAsync()
    {
        if (_ownFolder is null) return;
        await Script("stop", _ownFolder);
        try { Directory.Delete(_ownFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private async Task<(int Code, string Output, string Error)> Script(string verb, string folder)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(RepoPaths.Of("scripts", script));
        psi.ArgumentList.Add(verb);
        psi.ArgumentList.Add(folder);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output, await error);
    }
}
