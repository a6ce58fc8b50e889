using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

// Benchmark of the Excel forms: reading + validating workbooks, against the floor (unzip + XML tokenization of the
// same bytes) and a JavaScript peer (SheetJS). Each scenario runs in its own process so peak memory is its own.
//   dotnet run -c Release --project bench/Workbooks [-- --data DIR] [--write-docs docs/benchmarks.md]
// Also: -- --tagged (TaggedForms.cs), -- --profile-breakdown DIR (ProfileBreakdown.cs).
var arguments = args.ToList();
string Arg(string name, string fallback) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : fallback;
var root = FindRoot();
if (arguments.Contains("--tagged")) return TaggedForms.Run(arguments, root);
if (arguments.Contains("--profile-breakdown")) return ProfileBreakdown.Run(Arg("--profile-breakdown", "."));
var data = Path.GetFullPath(Arg("--data", Path.Combine(root, "artifacts", "bench-workbooks")));
var scenario = Arg("--scenario", "");

if (scenario.Length > 0)
{
    Console.WriteLine(JsonSerializer.Serialize(Scenarios.Run(scenario, data)));
    return 0;
}

Console.Error.WriteLine($"data: {data}");
Data.Prepare(data);
var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
var results = new List<(string Name, string Who, Result R)>();
var self = typeof(Scenarios).Assembly.Location;
foreach (var (name, who) in new[]
{
    ("ours-one", "OfficeReview: read + validate"), ("floor-one", "Floor: unzip + XML tokenization"),
    ("ours-many-1t", "OfficeReview: read + validate, 1 thread"), ("read-many-1t", "OfficeReview: read only, 1 thread"), ("ours-many-2t", "OfficeReview: read + validate, 2 threads"),
    ("floor-many-1t", "Floor: unzip + XML tokenization, 1 thread"),
})
{
    var r = Child("dotnet", [self, "--scenario", name, "--data", data]);
    results.Add((name, who, r));
    Console.Error.WriteLine($"{name}: {r}");
}
var peerDir = Path.Combine(root, "bench", "Workbooks", "peer");
if (!Directory.Exists(Path.Combine(peerDir, "node_modules", "xlsx")))
    Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", peerDir]);
foreach (var (name, target, iterations) in new[] { ("peer-one", Path.Combine(data, Data.OneFile), "15"), ("peer-many", Path.Combine(data, Data.ProvinceDir), "1") })
{
    var r = Child("node", ["--max-old-space-size=4096", Path.Combine(peerDir, "peer.js"), target, iterations]);
    results.Add((name, "SheetJS xlsx 0.18.5 (read only), 1 thread", r));
    Console.Error.WriteLine($"{name}: {r}");
}

var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
var table = Report.Markdown(results, data, loadBefore, loadAfter);
Console.WriteLine(table);
if (Arg("--write-docs", "") is { Length: > 0 } docs) Report.WriteSection(Path.Combine(root, docs), "workbooks", "Excel forms: reading and validating workbooks (bench/Workbooks)", table);
return 0;

static Result Child(string exe, string[] argv)
{
    var output = Run(exe, argv);
    var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.TrimStart().StartsWith('{'));
    return JsonSerializer.Deserialize<Result>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}

static string Run(string exe, string[] argv)
{
    var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var a in argv) psi.ArgumentList.Add(a);
    using var p = Process.Start(psi)!;
    var text = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', argv)} exited {p.ExitCode}");
    return text;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "OfficeReview.sln"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}

public sealed record Result(double Seconds, int Files, long Rows, double PeakMB, int Findings = 0, double CpuSeconds = 0)
{
    public override string ToString() => $"{Seconds:0.000} s (CPU {CpuSeconds:0.000} s), {Files} files, {Rows} rows, {PeakMB:0} MB, {Findings} findings";
}

/// <summary>The inputs: one workbook of 5,000 members and a province of 2,500 workbooks with 500,000 member rows.</summary>
internal static class Data
{
    public const string OneFile = "mot-don-vi-5000.xlsx";
    public const string ProvinceDir = "tinh-2500";

    public static void Prepare(string dir)
    {
        Directory.CreateDirectory(dir);
        var one = Path.Combine(dir, OneFile);
        if (!File.Exists(one))
        {
            var province = SyntheticProvince.Generate(new SyntheticOptions { Units = 60, Members = 5_000, Seed = 42 });
            var members = province.Units.Where(u => u.MemberList is not null).SelectMany(u => u.MemberList!).Take(5_000).ToList();
            File.WriteAllBytes(one, UnitWorkbookWriter.Write(OneUnit(members)));
        }
        var many = Path.Combine(dir, ProvinceDir);
        if (!File.Exists(Path.Combine(many, SampleWorkbooks.ManifestFileName)))
        {
            var sw = Stopwatch.StartNew();
            SampleWorkbooks.Write(SyntheticProvince.Generate(new SyntheticOptions { Units = 2_500, Members = 500_000, Seed = 42 }), many);
            Console.Error.WriteLine($"generated {many} in {sw.Elapsed.TotalSeconds:0.0} s");
        }
    }

    /// <summary>A đảng bộ cơ sở whose summary agrees with its 5,000-row list (so validation runs every rule on real data).</summary>
    private static UnitReport OneUnit(List<MemberEntry> list)
    {
        var subject = list.Where(m => m.ExemptReason is null).ToList();
        long Level(RatingLevel l) => subject.Count(m => m.FinalLevel == l);
        var rated = subject.Count(m => m.FinalLevel is not null);
        return new UnitReport
        {
            Year = 2025,
            Unit = new UnitInfo { Code = "T.X001.C01", Name = "Đảng bộ Công ty Cổ phần Xây dựng", Kind = UnitKind.BaseCommittee, Category = "doanh-nghiep-ngoai-nha-nuoc", Parent = "T.X001" },
            Members = new MemberBlock
            {
                Total = list.Count,
                Exempt = new ExemptCounts
                {
                    Excused = list.Count(m => m.ExemptReason == ExemptReason.Excused),
                    Suspended = list.Count(m => m.ExemptReason == ExemptReason.Suspended),
                    NewlyAdmitted = list.Count(m => m.ExemptReason == ExemptReason.NewlyAdmitted),
                },
                NotRated = subject.Count - rated,
                Rated = rated,
                Excellent = Level(RatingLevel.Excellent), Good = Level(RatingLevel.Good), Complete = Level(RatingLevel.Complete), NotComplete = Level(RatingLevel.NotComplete),
            },
            MemberList = list,
        };
    }
}

internal static class Scenarios
{
    public static Result Run(string name, string data)
    {
        var one = Path.Combine(data, Data.OneFile);
        var many = Directory.GetFiles(Path.Combine(data, Data.ProvinceDir), "*.xlsx").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        return name switch
        {
            "ours-one" => Median(15, () => Ours([one], 1)),
            "floor-one" => Median(15, () => Floor([one], 1)),
            "ours-many-1t" => Once(() => Ours(many[..100], 1), () => Ours(many, 1)),
            "read-many-1t" => Once(() => Ours(many[..100], 1, validate: false), () => Ours(many, 1, validate: false)),
            "ours-many-2t" => Once(() => Ours(many[..100], 2), () => Ours(many, 2)),
            "floor-many-1t" => Once(() => Floor(many[..100], 1), () => Floor(many, 1)),
            "profile" => Profile(many),
            _ => throw new ArgumentException(name),
        };
    }

    private static Result Once(Func<Result> warmUp, Func<Result> run)
    {
        warmUp(); // warm-up on the first 100 files (JIT), as the peer does
        var r = Timed(run);
        return r with { PeakMB = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0 };
    }

    private static Result Median(int n, Func<Result> run)
    {
        run();
        var results = Enumerable.Range(0, n).Select(_ => Timed(run)).OrderBy(r => r.Seconds).ToList();
        return results[n / 2] with { PeakMB = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0 };
    }

    // CPU time of the process too: the machine is shared, so wall time alone overstates.
    private static Result Timed(Func<Result> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var r = run();
        return r with { CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds };
    }

    /// <summary>Read + validate every file (findings located at their cells), as the service does.</summary>
    private static Result Ours(string[] files, int threads, bool validate = true)
    {
        long rows = 0;
        var findings = 0;
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var read = UnitWorkbookReader.Read(File.ReadAllBytes(file), Path.GetFileName(file));
            if (read.Report is null) throw new InvalidOperationException(file + ": " + read.Findings[0].Message);
            var located = validate ? read.Locate(Rulesets.ForYear(read.Report.Year).Validate(read.Report)) : [];
            Interlocked.Add(ref rows, read.Report.MemberList?.Count ?? 0);
            Interlocked.Add(ref findings, located.Count + read.Findings.Count);
        });
        return new Result(sw.Elapsed.TotalSeconds, files.Length, rows, 0, findings);
    }

    /// <summary>Where the time goes (not in the report): inflating the parts the reader reads, reading, validating.</summary>
    private static Result Profile(string[] files)
    {
        var bytes = files.Select(File.ReadAllBytes).ToList();
        double Cpu(Action a) { var c = Process.GetCurrentProcess().TotalProcessorTime; a(); return (Process.GetCurrentProcess().TotalProcessorTime - c).TotalSeconds; }
        for (var w = 0; w < 2; w++)
        {
            var inflate = Cpu(() =>
            {
                foreach (var b in bytes)
                {
                    using var zip = new ZipArchive(new MemoryStream(b), ZipArchiveMode.Read);
                    foreach (var e in zip.Entries)
                        if (e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName != "xl/worksheets/sheet6.xml" || e.FullName is "xl/workbook.xml" or "xl/sharedStrings.xml")
                        { using var s = e.Open(); s.CopyTo(Stream.Null); }
                }
            });
            var reports = new List<WorkbookReadResult>();
            var read = Cpu(() => { foreach (var b in bytes) reports.Add(UnitWorkbookReader.Read(b, "x.xlsx")); });
            var validate = Cpu(() => { foreach (var r in reports) r.Locate(Rulesets.ForYear(r.Report!.Year).Validate(r.Report)); });
            Console.Error.WriteLine($"inflate {inflate:0.000} s, read {read:0.000} s, validate {validate:0.000} s");

        }
        return new Result(0, files.Length, 0, 0);
    }

    /// <summary>The floor: inflate every part and tokenize its XML (no values kept), same bytes, same threads.</summary>
    private static Result Floor(string[] files, int threads)
    {
        long nodes = 0;
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            using var zip = new ZipArchive(new MemoryStream(File.ReadAllBytes(file)), ZipArchiveMode.Read);
            long n = 0;
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
                using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read()) n++;
            }
            Interlocked.Add(ref nodes, n);
        });
        return new Result(sw.Elapsed.TotalSeconds, files.Length, 0, 0) { };
    }
}

internal static class Report
{
    public static string Markdown(List<(string Name, string Who, Result R)> results, string data, string loadBefore, string loadAfter)
    {
        Result R(string n) => results.Single(r => r.Name == n).R;
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        var mem = long.Parse(File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024 / 1024.0;
        var nice = File.ReadAllText("/proc/self/stat").Split(' ')[18];
        sb.AppendLine($"- Machine: {cpu}, {Environment.ProcessorCount} cores, {mem:0.0} GB RAM; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}; Node {Program_NodeVersion.Value.Value}.");
        sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Command: `dotnet run -c Release --project bench/Workbooks -- --write-docs docs/benchmarks.md` (run as `nice -n {nice}`; 1-minute load average {loadBefore} before, {loadAfter} after the run: wall times are inflated when the machine is loaded, CPU times (process CPU, all threads) are the steadier figures).");
        sb.AppendLine($"- Data (deterministic, seed 42, written by the unit/consolidated writers): one workbook of 5,000 members ({new FileInfo(Path.Combine(data, Data.OneFile)).Length / 1024} KB); a synthetic province of {N(R("ours-many-1t").Files)} workbooks (leaves: unit workbooks with their member lists; parents: consolidated workbooks) with {N(R("ours-many-1t").Rows)} member rows ({Directory.GetFiles(Path.Combine(data, Data.ProvinceDir), "*.xlsx").Sum(f => new FileInfo(f).Length) / 1048576.0:0.0} MB).");
        sb.AppendLine("- \"Read + validate\" = `UnitWorkbookReader.Read` + `Ruleset.Validate` + findings located at their cells, from the file bytes. Floor = `ZipArchive` inflate + `XmlReader.Read()` over every XML part (no values kept). Peer = SheetJS `XLSX.read` (all sheets) + `sheet_to_json` of the member sheet. Each scenario runs in its own process (peak memory is its own: `PeakWorkingSet64` for .NET, `maxRSS` for Node) after a warm-up pass (the first 100 files, or the file itself).");
        sb.AppendLine();
        sb.AppendLine("| Input | Reader | Wall time | CPU time | Member rows | Peak memory |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var (name, who, r) in results)
        {
            var what = name.EndsWith("one", StringComparison.Ordinal) ? "1 workbook, 5,000 members (median of 15)" : $"{N(r.Files)} workbooks";
            sb.AppendLine($"| {what} | {who} | {r.Seconds:0.000} s | {r.CpuSeconds:0.000} s | {(r.Rows > 0 ? N(r.Rows) : "–")} | {r.PeakMB:0} MB |");
        }
        sb.AppendLine();
        var ours = R("ours-many-2t");
        var ours1 = R("ours-many-1t");
        var peer = R("peer-many");
        sb.AppendLine($"- 500,000 rows read + validated: {ours.Seconds:0.00} s wall with 2 threads; {ours1.Seconds:0.00} s wall / {ours1.CpuSeconds:0.00} s CPU with 1 thread. Target < 10 s.");
        sb.AppendLine($"- Against SheetJS on the 2,500 workbooks: {peer.CpuSeconds / ours1.CpuSeconds:0.0}× less CPU (1 thread each), {peer.Seconds / ours1.Seconds:0.0}× faster wall (1 thread each), {peer.Seconds / ours.Seconds:0.0}× faster wall (ours on 2 threads). " +
                      $"On the 5,000-member workbook: {R("peer-one").CpuSeconds / R("ours-one").CpuSeconds:0.0}× less CPU, {R("peer-one").Seconds / R("ours-one").Seconds:0.0}× faster wall. Target ≥ 5×.");
        sb.AppendLine($"- Against the floor (1 thread): read + validate costs {ours1.CpuSeconds / R("floor-many-1t").CpuSeconds:0.00}× the floor's CPU, read alone {R("read-many-1t").CpuSeconds / R("floor-many-1t").CpuSeconds:0.00}× (the floor inflates and tokenizes every part; the reader skips styles, lists and per-subordinate sheets but builds typed values, the report and the cell map).");
        sb.AppendLine($"- Peak memory of the .NET scenarios: at most {results.Where(r => r.Name.StartsWith("ours", StringComparison.Ordinal) || r.Name.StartsWith("read", StringComparison.Ordinal)).Max(r => r.R.PeakMB):0} MB. Target < 400 MB.");
        return sb.ToString();
    }

    /// <summary>Replaces (or appends) the docs section between the markers bench:KEY:begin and bench:KEY:end.</summary>
    public static void WriteSection(string path, string key, string title, string body)
    {
        var begin = $"<!-- bench:{key}:begin -->";
        var end = $"<!-- bench:{key}:end -->";
        var section = $"{begin}\n## {title}\n\n{body}{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Kết quả đo hiệu năng\n";
        var a = text.IndexOf(begin, StringComparison.Ordinal);
        var b = text.IndexOf(end, StringComparison.Ordinal);
        text = a >= 0 && b > a ? text[..a] + section + text[(b + end.Length)..] : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }
}

internal static class Program_NodeVersion
{
    public static readonly Lazy<string> Value = new(() =>
    {
        try
        {
            var psi = new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            var v = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return v;
        }
        catch (System.ComponentModel.Win32Exception) { return "?"; }
    });
}
