using System.Diagnostics;
using OfficeReview.HostileCorpus;

namespace OfficeReview.Service.Tests.Hostile;

/// <summary>
/// The hostile corpus, generated once for the tests of this collection into a temporary folder (or taken from
/// OFFICEREVIEW_HOSTILE_CORPUS, a folder written by scripts/hostile-corpus.sh).
/// </summary>
public sealed class HostileCorpusFixture : IDisposable
{
    private readonly bool _owned;

    public string Folder { get; }
    public CorpusManifest Manifest { get; }
    public Seeds Seeds { get; } = new();

    public HostileCorpusFixture()
    {
        var given = Environment.GetEnvironmentVariable("OFFICEREVIEW_HOSTILE_CORPUS");
        if (!string.IsNullOrEmpty(given) && File.Exists(Path.Combine(given, CorpusManifest.FileName)))
        {
            Folder = given;
            Manifest = CorpusManifest.Load(given);
            return;
        }
        Folder = Directory.CreateTempSubdirectory("officereview-hostile-").FullName;
        _owned = true;
        Manifest = HostileCorpusGenerator.Generate(Folder, Seeds);
    }

    public string PathOf(CorpusEntry entry) => Path.Combine(Folder, entry.File);

    public void Dispose()
    {
        if (!_owned) return;
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileCorpusFixture>
{
    public const string Name = "hostile corpus";
}

/// <summary>Helpers shared by the corpus tests: what a case is called in a failure list, and running a child process with bounds.</summary>
internal static class Hostile
{
    public static string Label(CorpusEntry e) => $"{e.File} [{e.Target}, item {e.Item}, expected {e.Expected}]";

    /// <summary>A line of output that is a .NET stack frame, or a .NET type name (System.Int32, …Exception): internals a user must not see.</summary>
    public static string? Leak(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && line.Contains(") in ", StringComparison.Ordinal)) return line.Trim();
            if (line.StartsWith("   at ", StringComparison.Ordinal)) return line.Trim();
            var m = s_typeName.Match(line);
            if (m.Success) return m.Value;
        }
        return null;
    }

    private static readonly System.Text.RegularExpressions.Regex s_typeName =
        new(@"\b(System|Microsoft|DocumentFormat|OfficeReview)\.[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9`]+)*|\b[A-Z][A-Za-z]+Exception\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Measured figures of a run, written to artifacts/hostile/NAME (never asserted on).</summary>
    public static void WriteFigures(string name, string text)
    {
        try
        {
            var folder = Directory.CreateDirectory(RepoPaths.Of("artifacts", "hostile")).FullName;
            File.WriteAllText(Path.Combine(folder, name), text);
        }
        catch (IOException) { }
    }

    /// <summary>
    /// The failures grouped by issue item, one line each, for an assertion message; also written to
    /// artifacts/hostile/NAME.txt (whole, whatever a test logger cuts).
    /// </summary>
    public static string Report(string title, IReadOnlyCollection<(CorpusEntry Entry, string Why)> failures, int total)
    {
        var text = $"{title}: {failures.Count} of {total} hostile files handled wrongly\n" + string.Join("\n", failures
            .GroupBy(f => f.Entry.Item).OrderBy(g => g.Key)
            .Select(g => $"-- item {g.Key} ({g.Count()}):\n" + string.Join("\n", g.Select(f => $"   {Label(f.Entry)}: {f.Why}"))));
        try
        {
            var folder = Directory.CreateDirectory(RepoPaths.Of("artifacts", "hostile")).FullName;
            File.WriteAllText(Path.Combine(folder, title.ToLowerInvariant() + ".txt"), text + "\n");
        }
        catch (IOException) { }
        return text;
    }

    public sealed record ChildResult(int? Exit, string Out, string Err, bool TimedOut);

    /// <summary>
    /// Runs `dotnet OfficeReview.Service.dll ARGS` with a GC heap limit (so a runaway allocation ends in the child, not
    /// in the machine) and kills it after <paramref name="timeout"/>: a hang is then a finding of the test, not a hang of it.
    /// </summary>
    public static async Task<ChildResult> RunServiceChild(IReadOnlyList<string> args, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(HostingTests.ServiceDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x60000000"; // 1.5 GB, the memory budget of issue #9
        if (environment is not null) foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        var timedOut = false;
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return new ChildResult(timedOut ? null : process.ExitCode, await stdout, await stderr, timedOut);
    }
}
