using System.Diagnostics;
using System.Text.Json.Nodes;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Documents;
using T = OfficeReview.Domain.Documents.DocumentTags;

// Generating a Báo cáo whose results table has 300 rows: this project's composer (figures + content controls) against
// docxtemplater filling an equivalent template with a 300-row loop, in the same run. Timings are per document, warm.
var iterations = args.Length > 0 ? int.Parse(args[0]) : 200;
var warmup = args.Length > 1 ? int.Parse(args[1]) : 30;
var work = Directory.CreateTempSubdirectory("officereview-bench-docs-").FullName;
var peerDir = Path.Combine(AppContext.BaseDirectory, "peer");
if (!Directory.Exists(peerDir)) peerDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "peer"));

// ---- inputs: a unit with 300 loại hình rows under its TCCS block (deterministic figures)
var categories = Enumerable.Range(1, 296).Select(i =>
{
    long excellent = i % 4, good = 10 + i % 7, complete = i % 3, notComplete = i % 11 == 0 ? 1 : 0;
    return new CategoryRow { Category = $"Loại hình {i:000}", Total = excellent + good + complete + notComplete, Rated = excellent + good + complete + notComplete, Excellent = excellent, Good = good, Complete = complete, NotComplete = notComplete };
}).ToList();
OrganizationBlock Sum(IReadOnlyList<CategoryRow> rows) => new()
{
    Total = rows.Sum(r => r.Total), Rated = rows.Sum(r => r.Rated), Excellent = rows.Sum(r => r.Excellent), Good = rows.Sum(r => r.Good),
    Complete = rows.Sum(r => r.Complete), NotComplete = rows.Sum(r => r.NotComplete), ByCategory = rows,
};
var report = new UnitReport
{
    Year = 2025,
    Unit = new UnitInfo { Code = "GL", Name = "Đảng bộ tỉnh Gia Lai", Kind = UnitKind.ProvincialCommittee },
    Organizations = new OrganizationBlocks { BaseOrganizations = Sum(categories) },
    LeadershipCollectives = new CountBlock { Total = 400, Rated = 400, Excellent = 60, Good = 300, Complete = 38, NotComplete = 2 },
    Leaders = new CountBlock { Total = 3000, Rated = 2990, NotRated = 10, Excellent = 450, Good = 2300, Complete = 230, NotComplete = 10 },
    Members = new MemberBlock { Total = 120000, Exempt = new ExemptCounts { Excused = 900, Suspended = 20, NewlyAdmitted = 600 }, Rated = 118480, Excellent = 17000, Good = 90000, Complete = 11000, NotComplete = 480, DisciplinedInYear = 120 },
};
var meta = new DocumentMeta
{
    Issuer = "Tỉnh ủy Gia Lai", IssuerCode = "TU", Place = "Gia Lai", Date = new DateOnly(2025, 12, 20), Number = 150,
    Excerpt = "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
    Bases = [Citation.Regulation366, Citation.Guidance43], CopyTo = ["Ban Tổ chức Trung ương (b/c)", "Lưu Văn phòng Tỉnh ủy"],
    Signer = new Signer { Body = "Ban Thường vụ", Title = "Bí thư", Name = "Nguyễn Văn A" },
};
var template = PartyTemplateGenerator.Generate(TemplateKind.BaoCao);

byte[] Ours()
{
    var fields = DocumentContent.BaoCao(meta, report, null, 2);
    var result = PartyDocuments.Compose(DocumentKind.BaoCao, meta, fields, template, removeContentControls: true);
    if (result.HasErrors) throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => p.Message)));
    return result.Document!;
}

var sample = DocumentContent.BaoCao(meta, report, null, 2);
var rows = ((ListValue)sample[T.Results]!).Items.Count;

// ---- the peer's template: the same party template, every field as a {tag}, the figure paragraphs as a paragraph
// loop and the results row as a {#rows}…{/rows} row loop.
var placeholders = new FieldRecord();
foreach (var name in sample.Names)
{
    placeholders[name] = sample[name] switch
    {
        TextValue => $"{{{name}}}",
        BoolValue b => b,
        RichTextValue => RichTextValue.Of(RichParagraph.Text($"{{#{name}}}{{.}}{{/{name}}}")),
        ListValue when name == T.Results => FieldRecord.List([new FieldRecord()
            .Set(T.RowName, "{#rows}{" + T.RowName + "}")
            .Set(T.RowTotal, $"{{{T.RowTotal}}}").Set(T.RowRated, $"{{{T.RowRated}}}")
            .Set(T.Excellent, $"{{{T.Excellent}}}").Set(T.ExcellentPercent, $"{{{T.ExcellentPercent}}}")
            .Set(T.Good, $"{{{T.Good}}}").Set(T.GoodPercent, $"{{{T.GoodPercent}}}")
            .Set(T.Complete, $"{{{T.Complete}}}").Set(T.CompletePercent, $"{{{T.CompletePercent}}}")
            .Set(T.NotComplete, $"{{{T.NotComplete}}}").Set(T.NotCompletePercent, $"{{{T.NotCompletePercent}}}{{/rows}}")]),
        ListValue => FieldRecord.List([new FieldRecord().Set(T.Line, $"{{#{name}}}{{.}}{{/{name}}}")]),
        _ => throw new InvalidOperationException(name),
    };
}
var peerTemplate = TemplateComposer.Compose(template, placeholders, new CompositionOptions { RemoveContentControls = true }).Document!;
var peerTemplatePath = Path.Combine(work, "peer-template.docx");
File.WriteAllBytes(peerTemplatePath, peerTemplate);
var data = new JsonObject();
foreach (var name in sample.Names)
{
    data[name] = sample[name] switch
    {
        TextValue t => t.Text,
        BoolValue b => b.Value,
        RichTextValue r => new JsonArray(r.Paragraphs.Select(p => (JsonNode)JsonValue.Create(p.PlainText)!).ToArray()),
        ListValue l when name == T.Results => new JsonArray(l.Items.Select(item =>
        {
            var o = new JsonObject();
            foreach (var f in item.Names) o[f] = item[f] switch { TextValue t => t.Text, RichTextValue r => string.Concat(r.Paragraphs.Select(p => p.PlainText)), _ => "" };
            return (JsonNode)o;
        }).ToArray()),
        ListValue l => new JsonArray(l.Items.Select(i => (JsonNode)JsonValue.Create(((TextValue)i[T.Line]!).Text)!).ToArray()),
        _ => null,
    };
}
data["rows"] = data[T.Results]!.DeepClone();
var dataPath = Path.Combine(work, "peer-data.json");
File.WriteAllText(dataPath, data.ToJsonString());

// ---- ours
for (var i = 0; i < warmup; i++) Ours();
var times = new List<double>(iterations);
byte[] last = [];
var allocated = GC.GetAllocatedBytesForCurrentThread();
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
for (var i = 0; i < iterations; i++)
{
    var sw = Stopwatch.StartNew();
    last = Ours();
    times.Add(sw.Elapsed.TotalMilliseconds);
}
var perDocAlloc = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
var oursCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / iterations;
File.WriteAllBytes(Path.Combine(work, "ours.docx"), last);
times.Sort();
var ours = new { median = times[times.Count / 2], mean = times.Average(), p95 = times[(int)(times.Count * 0.95)] };

// ---- peer, same run
var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = peerDir };
foreach (var a in new[] { Path.Combine(peerDir, "fill.js"), peerTemplatePath, dataPath, iterations.ToString(), warmup.ToString(), Path.Combine(work, "peer.docx") }) psi.ArgumentList.Add(a);
using var node = Process.Start(psi)!;
var peerOut = node.StandardOutput.ReadToEnd();
var peerErr = node.StandardError.ReadToEnd();
node.WaitForExit();
if (node.ExitCode != 0) { Console.Error.WriteLine(peerErr); return 1; }
var peer = JsonNode.Parse(peerOut)!;
var peerMedian = (double)peer["medianMs"]!;

Console.WriteLine($"Báo cáo with a {rows}-row results table ({iterations} iterations after {warmup} warm-up, per document)");
var peerCpu = (double)peer["cpuMs"]!;
Console.WriteLine($"| Tool | median ms | mean ms | p95 ms | CPU ms/doc | output bytes |");
Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
Console.WriteLine($"| OfficeReview composer (.NET {Environment.Version}, figures + composition + deterministic zip) | {ours.median:F2} | {ours.mean:F2} | {ours.p95:F2} | {oursCpu:F2} | {last.Length:N0} |");
Console.WriteLine($"| {peer["tool"]} (Node {peer["node"]}) | {peerMedian:F2} | {(double)peer["meanMs"]!:F2} | {(double)peer["p95Ms"]!:F2} | {peerCpu:F2} | {(long)peer["bytes"]!:N0} |");
Console.WriteLine($"Speed-up: median wall {peerMedian / ours.median:F1}×, CPU {peerCpu / oursCpu:F1}×; allocated per document (ours): {perDocAlloc / 1024.0 / 1024.0:F1} MB");
Console.WriteLine($"Load average during the run: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"Outputs kept in {work} (ours.docx, peer.docx, peer-template.docx, peer-data.json)");
return 0;
