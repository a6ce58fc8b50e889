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
var arguments = args.ToList();
string Arg(string name, string fallback) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : fallback;
var root = FindRoot();
var data = Path.GetFullPath(Arg("--data", Path.Combine(root, "artifacts", "bench-workbooks")));
var scenario = Arg("--scenario", "");

if (scenario.Length > 0)
{
    Console.WriteLine(JsonSerializer.Serialize(Scenarios.Run(scenario, data)));
    return 0;
}

Console.Error.WriteLine($"data: {data}");
Data.Prepare(data);
var results = new List<(string Name, string Who, Result R)>();
var self = typeof(Scenarios).Assembly.Location;
foreach (var (name, who) in new[]
{
    ("ours-one", "OfficeReview (.NET): đọc + kiểm tra"), ("floor-one", "Sàn: giải nén + đọc XML"),
    ("ours-many-1t", "OfficeReview (.NET): đọc + kiểm tra, 1 luồng"), ("read-many-1t", "OfficeReview (.NET): chỉ đọc, 1 luồng"), ("ours-many-2t", "OfficeReview (.NET): đọc + kiểm tra, 2 luồng"),
    ("floor-many-1t", "Sàn: giải nén + đọc XML, 1 luồng"),
})
{
    var r = Child("dotnet", [self, "--scenario", name, "--data", data]);
    results.Add((name, who, r));
    Console.Error.WriteLine($"{name}: {r}");
}
var peerDir = Path.Combine(root, "bench", "Workbooks", "peer");
if (!Directory.Exists(Path.Combine(peerDir, "node_modules", "xlsx")))
    Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", peerDir]);
foreach (var (name, target, iterations) in new[] { ("peer-one", Path.Combine(data, Data.OneFile), "5"), ("peer-many", Path.Combine(data, Data.ProvinceDir), "1") })
{
    var r = Child("node", ["--max-old-space-size=4096", Path.Combine(peerDir, "peer.js"), target, iterations]);
    results.Add((name, "SheetJS xlsx 0.18.5 (Node " + Run("node", ["--version"]).Trim() + "), 1 luồng", r));
    Console.Error.WriteLine($"{name}: {r}");
}

var table = Report.Markdown(results, data);
Console.WriteLine(table);
if (Arg("--write-docs", "") is { Length: > 0 } docs) Report.WriteSection(Path.Combine(root, docs), table);
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
            "ours-one" => Median(5, () => Ours([one], 1)),
            "floor-one" => Median(5, () => Floor([one], 1)),
            "ours-many-1t" => Once(() => Ours(many[..100], 1), () => Ours(many, 1)),
            "read-many-1t" => Once(() => Ours(many[..100], 1, validate: false), () => Ours(many, 1, validate: false)),
            "ours-many-2t" => Once(() => Ours(many[..100], 2), () => Ours(many, 2)),
            "floor-many-1t" => Once(() => Floor(many[..100], 1), () => Floor(many, 1)),
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
    public static string Markdown(List<(string Name, string Who, Result R)> results, string data)
    {
        Result R(string n) => results.Single(r => r.Name == n).R;
        var sb = new StringBuilder();
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':')[1].Trim() ?? "?";
        var mem = File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim();
        sb.AppendLine($"- Máy: {cpu}, {Environment.ProcessorCount} lõi, RAM {mem}; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}.");
        sb.AppendLine($"- Ngày đo: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Lệnh: `dotnet run -c Release --project bench/Workbooks -- --write-docs docs/benchmarks.md`.");
        sb.AppendLine($"- Dữ liệu (sinh tất định, seed 42): 1 tệp 5.000 đảng viên ({new FileInfo(Path.Combine(data, Data.OneFile)).Length / 1024} KB); " +
                      $"{R("ours-many-1t").Files} tệp của một tỉnh giả định với {R("ours-many-1t").Rows:N0} dòng danh sách đảng viên ({Directory.GetFiles(Path.Combine(data, Data.ProvinceDir), "*.xlsx").Sum(f => new FileInfo(f).Length) / 1048576.0:0.0} MB).");
        sb.AppendLine("- Mỗi kịch bản chạy trong tiến trình riêng (bộ nhớ đỉnh = của riêng kịch bản đó: PeakWorkingSet64 với .NET, maxRSS với Node); có một lượt chạy khởi động trước khi đo.");
        sb.AppendLine();
        sb.AppendLine("| Kịch bản | Cách đọc | Thời gian thực | Thời gian CPU | Dòng ĐV | Bộ nhớ đỉnh |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var (name, who, r) in results)
        {
            var what = name.EndsWith("one") ? "1 tệp, 5.000 ĐV (trung vị 5 lần)" : $"{r.Files:N0} tệp";
            sb.AppendLine($"| {what} | {who} | {r.Seconds:0.000} s | {r.CpuSeconds:0.000} s | {(r.Rows > 0 ? r.Rows.ToString("N0", CultureInfo.InvariantCulture) : "–")} | {r.PeakMB:0} MB |");
        }
        sb.AppendLine();
        var ours = R("ours-many-2t");
        var ours1 = R("ours-many-1t");
        var peer = R("peer-many");
        sb.AppendLine($"- 500.000 dòng đọc + kiểm tra: {ours.Seconds:0.00} s thực với 2 luồng, {ours1.Seconds:0.00} s thực / {ours1.CpuSeconds:0.00} s CPU với 1 luồng; mục tiêu < 10 s.");
        sb.AppendLine($"- So với SheetJS (chỉ đọc, 1 luồng) trên 2.500 tệp: nhanh hơn {peer.Seconds / ours1.Seconds:0.0}× (thời gian thực, cùng 1 luồng), {peer.CpuSeconds / ours1.CpuSeconds:0.0}× (CPU), {peer.Seconds / ours.Seconds:0.0}× (thực, OfficeReview 2 luồng). " +
                      $"Tệp 5.000 ĐV: {R("peer-one").Seconds / R("ours-one").Seconds:0.0}× (thực), {R("peer-one").CpuSeconds / R("ours-one").CpuSeconds:0.0}× (CPU). Mục tiêu ≥ 5×.");
        sb.AppendLine($"- So với sàn (giải nén + đọc XML, không giữ giá trị, 1 luồng): {ours1.CpuSeconds / R("floor-many-1t").CpuSeconds:0.00}× CPU của sàn; chỉ đọc (không kiểm tra): {R("read-many-1t").CpuSeconds / R("floor-many-1t").CpuSeconds:0.00}×.");
        sb.AppendLine($"- Bộ nhớ đỉnh lớn nhất của OfficeReview: {results.Where(r => r.Name.StartsWith("ours") || r.Name.StartsWith("read")).Max(r => r.R.PeakMB):0} MB; mục tiêu < 400 MB.");
        return sb.ToString();
    }

    public static void WriteSection(string path, string body)
    {
        const string begin = "<!-- bench:workbooks:begin -->";
        const string end = "<!-- bench:workbooks:end -->";
        var section = $"{begin}\n## Biểu mẫu Excel: đọc và kiểm tra (bench/Workbooks)\n\n{body}{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Kết quả đo hiệu năng\n";
        var a = text.IndexOf(begin, StringComparison.Ordinal);
        var b = text.IndexOf(end, StringComparison.Ordinal);
        text = a >= 0 && b > a ? text[..a] + section + text[(b + end.Length)..] : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }
}
