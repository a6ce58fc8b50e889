using System.Diagnostics;
using System.Globalization;
using System.Text;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Tests.Workbooks;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>
/// The streaming reader on a province's own tagged form against our own form, with the same reports (issue #14: within
/// 10%). The reports are the synthetic province's units without their member lists (the province form has none);
/// each form is written by our writers (ours: UnitWorkbookWriter; the province's: its form filled through its names).
/// The two sets are read in alternating rounds, in one process, after a warm-up; the median round is kept.
///   dotnet run -c Release --project bench/Workbooks -- --tagged [--write-docs docs/benchmarks.md]
/// </summary>
internal static class TaggedForms
{
    public static int Run(List<string> arguments, string root)
    {
        const int units = 400, rounds = 9;
        var reports = SyntheticProvince.Generate(new SyntheticOptions { Units = units, Members = 40_000, Seed = 42 }).Units
            .Select(u => u with { MemberList = null }).ToList();
        var form = CampaignFormCheck.Check(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(), ProvinceWorkbook.Tags), "bieu-tinh.xlsx").Form!;
        var ours = reports.Select(r => UnitWorkbookWriter.Write(r)).ToArray();
        var province = reports.Select(r => CampaignFormWriter.WriteUnit(form, r, "366").Workbook!).ToArray();

        (double Cpu, double Wall) Round(byte[][] files)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var readable = 0;
            foreach (var f in files) if (UnitWorkbookReader.Read(f, "x.xlsx").IsReadable) readable++;
            if (readable != files.Length) throw new InvalidOperationException($"{files.Length - readable} files unreadable");
            return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, sw.Elapsed.TotalSeconds);
        }
        Round(ours); Round(province); // warm-up (JIT)
        var a = new List<(double Cpu, double Wall)>();
        var b = new List<(double Cpu, double Wall)>();
        for (var i = 0; i < rounds; i++) { a.Add(Round(ours)); b.Add(Round(province)); }
        var oursCpu = a.Select(x => x.Cpu).Order().ElementAt(rounds / 2);
        var provCpu = b.Select(x => x.Cpu).Order().ElementAt(rounds / 2);
        var oursWall = a.Select(x => x.Wall).Order().ElementAt(rounds / 2);
        var provWall = b.Select(x => x.Wall).Order().ElementAt(rounds / 2);
        double Mb(byte[][] files) => files.Sum(f => (long)f.Length) / 1048576.0;
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Command: `dotnet run -c Release --project bench/Workbooks -- --tagged --write-docs docs/benchmarks.md`. Machine: {Environment.ProcessorCount} cores (shared; 1-minute load average {load} at the end), .NET {Environment.Version}.");
        sb.AppendLine(c, $"- Data: {units} unit reports of the synthetic province (seed 42) without member lists, written twice: our unit form ({Mb(ours):0.00} MB) and the province's own tagged form of the tests (`ProvinceWorkbook`: 3 sheets, merged headers, formulas, {ProvinceWorkbook.Tags.Count} names; {Mb(province):0.00} MB). Read only (`UnitWorkbookReader.Read`), one thread, {rounds} alternating rounds after a warm-up, median round.");
        sb.AppendLine();
        sb.AppendLine("| Form | Median CPU per round | Files/s (CPU) | MB/s (CPU) | Median wall |");
        sb.AppendLine("|---|---|---|---|---|");
        sb.AppendLine(c, $"| Ours (templates/bieu-don-vi.xlsx layout) | {oursCpu:0.000} s | {units / oursCpu:0} | {Mb(ours) / oursCpu:0.0} | {oursWall:0.000} s |");
        sb.AppendLine(c, $"| Province's own, tagged | {provCpu:0.000} s | {units / provCpu:0} | {Mb(province) / provCpu:0.0} | {provWall:0.000} s |");
        sb.AppendLine();
        var ratio = (units / provCpu) / (units / oursCpu);
        sb.AppendLine(c, $"- Files per second on the tagged province form: **{ratio:0.00}×** ours (target: at least 0.90×, i.e. within 10%): {(ratio >= 0.9 ? "met" : "NOT met")}.");
        var table = sb.ToString();
        Console.WriteLine(table);
        var docsIndex = arguments.IndexOf("--write-docs");
        if (docsIndex >= 0 && docsIndex + 1 < arguments.Count)
        {
            const string begin = "<!-- bench:tagged-forms:begin -->";
            const string end = "<!-- bench:tagged-forms:end -->";
            var path = Path.Combine(root, arguments[docsIndex + 1]);
            var section = $"{begin}\n## Tagged province forms against our own (bench/Workbooks --tagged)\n\n{table}{end}";
            var text = File.ReadAllText(path);
            var x = text.IndexOf(begin, StringComparison.Ordinal);
            var y = text.IndexOf(end, StringComparison.Ordinal);
            text = x >= 0 && y > x ? text[..x] + section + text[(y + end.Length)..] : text.TrimEnd() + "\n\n" + section + "\n";
            File.WriteAllText(path, text);
        }
        return 0;
    }
}
