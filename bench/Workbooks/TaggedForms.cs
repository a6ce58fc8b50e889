using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Tests.Workbooks;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>
/// The streaming reader on tagged province forms against our own form, with the same reports, member lists included
/// (issue #14: within 10%). Three sets of files, each written by the product's writers from the same synthetic units:
///   ours      — our unit form (UnitWorkbookWriter): every figure named, the member list an Excel table;
///   retagged  — our blank form made into a province's tagged form the way an admin tags one: sheets renamed (quoted,
///               Vietnamese names), the member list a plain range named OR_MemberList instead of a table; then filled
///               through the campaign-form writer. Same cells and figures as ours: the like-for-like comparison of the
///               name-resolution path, on which the target is judged;
///   province  — the tests' province workbook (ProvinceWorkbook: 4 sheets, merged headers, formulas, 35 names, an
///               8-column member range), filled through its names. Smaller files: its MB/s is the figure to compare.
/// The sets are read in alternating rounds in one process after a warm-up; the median round is kept.
/// --profile adds two diagnostic sets: our form filled by the campaign-form writer, and renamed sheets with the table kept.
///   dotnet run -c Release --project bench/Workbooks -- --tagged [--profile] [--write-docs docs/benchmarks.md]
/// </summary>
internal static class TaggedForms
{
    public static int Run(List<string> arguments, string root)
    {
        const int units = 400, members = 40_000, rounds = 9;
        var reports = SyntheticProvince.Generate(new SyntheticOptions { Units = units, Members = members, Seed = 42 }).Units.ToList();
        var room = reports.Max(r => r.MemberList?.Count ?? 0);
        var ours = reports.Select(r => UnitWorkbookWriter.Write(r)).ToArray();
        var retaggedForm = Form(Retag(WorkbookTemplates.Unit()));
        var retagged = reports.Select(r => Fill(retaggedForm, r)).ToArray();
        var provinceForm = Form(ProvinceWorkbook.Tag(ProvinceWorkbook.Build(room), ProvinceWorkbook.Tags));
        var province = reports.Select(r => Fill(provinceForm, r)).ToArray();

        var listed = reports.Sum(r => r.MemberList?.Count ?? 0);
        (double Cpu, double Wall) Round(byte[][] files)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var read = 0;
            foreach (var f in files) read += UnitWorkbookReader.Read(f, "x.xlsx").Report?.MemberList?.Count ?? 0;
            if (read != listed) throw new InvalidOperationException($"{read} members read of {listed}");
            return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, sw.Elapsed.TotalSeconds);
        }
        var sets = new List<(string Label, byte[][] Files)>
        {
            ("Ours (templates/bieu-don-vi.xlsx layout, member table)", ours),
            ("Ours re-tagged as a province form (renamed sheets, member range named)", retagged),
            ("Province's own (ProvinceWorkbook, 35 names, member range named)", province),
        };
        if (arguments.Contains("--profile"))
        {
            // Where the difference comes from: our form through the campaign-form writer (its text cells), and renamed sheets alone.
            var oursForm = Form(WorkbookTemplates.Unit());
            sets.Add(("diag: our form filled by the campaign-form writer", reports.Select(r => Fill(oursForm, r)).ToArray()));
            var renamedForm = Form(Retag(WorkbookTemplates.Unit(), keepTable: true));
            sets.Add(("diag: renamed sheets, member table kept", reports.Select(r => Fill(renamedForm, r)).ToArray()));
        }
        foreach (var (_, files) in sets) Round(files); // warm-up (JIT)
        var results = sets.Select(_ => new List<(double Cpu, double Wall)>()).ToArray();
        for (var i = 0; i < rounds; i++)
            for (var s = 0; s < sets.Count; s++) results[s].Add(Round(sets[s].Files));
        double Median(IEnumerable<double> v) => v.Order().ElementAt(rounds / 2);
        double Mb(byte[][] files) => files.Sum(f => (long)f.Length) / 1048576.0;

        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Command: `dotnet run -c Release --project bench/Workbooks -- --tagged{(arguments.Contains("--profile") ? " --profile" : "")} --write-docs docs/benchmarks.md`. Machine: {Environment.ProcessorCount} cores (shared; 1-minute load average {load} at the end), .NET {Environment.Version}.");
        sb.AppendLine(c, $"- Data: {units} unit reports of the synthetic province (seed 42) with their member lists ({listed:N0} members), written three times by the product's writers. Read only (`UnitWorkbookReader.Read`, every member counted), one thread, {rounds} alternating rounds after a warm-up, median round.");
        sb.AppendLine();
        sb.AppendLine("| Form | Size | Median CPU per round | Files/s (CPU) | MB/s (CPU) | Median wall |");
        sb.AppendLine("|---|---|---|---|---|---|");
        var cpus = new double[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            cpus[s] = Median(results[s].Select(x => x.Cpu));
            sb.AppendLine(c, $"| {sets[s].Label} | {Mb(sets[s].Files):0.00} MB | {cpus[s]:0.000} s | {units / cpus[s]:0} | {Mb(sets[s].Files) / cpus[s]:0.0} | {Median(results[s].Select(x => x.Wall)):0.000} s |");
        }
        sb.AppendLine();
        var like = cpus[0] / cpus[1];
        var perByte = (Mb(province) / cpus[2]) / (Mb(ours) / cpus[0]);
        sb.AppendLine(c, $"- Like for like (same cells, province tagging): files per second **{like:0.00}×** ours (target: at least 0.90×): {(like >= 0.9 ? "met" : "NOT met")}.");
        sb.AppendLine(c, $"- The tests' province form: {units / cpus[2] / (units / cpus[0]):0.00}× ours in files/s (smaller files), **{perByte:0.00}×** ours in MB/s.");
        var table = sb.ToString();
        Console.WriteLine(table);
        var docsIndex = arguments.IndexOf("--write-docs");
        if (docsIndex >= 0 && docsIndex + 1 < arguments.Count)
            Report.WriteSection(Path.Combine(root, arguments[docsIndex + 1]), "tagged-forms", "Tagged province forms against our own (bench/Workbooks --tagged)", table);
        return 0;
    }

    private static byte[] Form(byte[] tagged)
    {
        var check = CampaignFormCheck.Check(tagged, "bieu-tinh.xlsx");
        return check.Form ?? throw new InvalidOperationException(string.Join("\n", check.Findings.Select(f => f.Message)));
    }

    private static byte[] Fill(byte[] form, OfficeReview.Domain.Model.UnitReport report)
    {
        var fill = CampaignFormWriter.WriteUnit(form, report, "366");
        return fill.Workbook ?? throw new InvalidOperationException(string.Join("\n", fill.Findings.Select(f => f.Message)));
    }

    /// <summary>
    /// Our blank form as an admin would tag a workbook of their own: each visible sheet renamed ("Biểu 1 - Thông tin"…,
    /// the defined names follow), the member list's Excel table removed and its range named OR_MemberList instead.
    /// </summary>
    private static byte[] Retag(byte[] ours, bool keepTable = false)
    {
        using var ms = new MemoryStream();
        ms.Write(ours);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var wb = doc.WorkbookPart!;
            var names = wb.Workbook.DefinedNames!;
            var n = 0;
            foreach (var sheet in wb.Workbook.Sheets!.Elements<Sheet>().Where(s => s.State is null).ToList())
            {
                var old = sheet.Name!.Value!;
                var renamed = $"Biểu {++n} - {old}";
                sheet.Name = renamed;
                foreach (var d in names.Elements<DefinedName>())
                    d.Text = d.Text.Replace($"'{old.Replace("'", "''")}'!", $"'{renamed}'!").Replace($"{old}!", $"'{renamed}'!");
                var part = (WorksheetPart)wb.GetPartById(sheet.Id!.Value!);
                foreach (var table in part.TableDefinitionParts.Where(t => !keepTable && t.Table.Name?.Value == WorkbookSchema.MemberTable).ToList())
                {
                    var reference = table.Table.Reference!.Value!.Split(':');
                    string Abs(string cell) { var col = new string(cell.TakeWhile(char.IsLetter).ToArray()); return $"${col}${cell[col.Length..]}"; }
                    names.Append(new DefinedName { Name = WorkbookSchema.MemberTable, Text = $"'{renamed}'!{Abs(reference[0])}:{Abs(reference[1])}" });
                    var id = part.GetIdOfPart(table);
                    part.Worksheet.GetFirstChild<TableParts>()?.Elements<TablePart>().Where(p => p.Id?.Value == id).ToList().ForEach(p => p.Remove());
                    if (part.Worksheet.GetFirstChild<TableParts>() is { } parts) { if (!parts.HasChildren) parts.Remove(); else parts.Count = (uint)parts.ChildElements.Count; }
                    part.DeletePart(table);
                    part.Worksheet.Save();
                }
            }
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }
}
