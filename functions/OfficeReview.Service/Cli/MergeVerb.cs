using System.CommandLine;
using System.Diagnostics;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Cli;

/// <summary>
/// merge --out FILE [--year N] [--ruleset ID] FILES…|DIR: consolidates the reports (UnitReport JSON; workbooks once the
/// Excel reader is present) into one result (merge-result JSON). Exit 0 without errors, 1 with errors in the findings,
/// 2 when nothing could be merged or the output cannot be written. A progress bar runs on the terminal (stderr).
/// </summary>
public static class MergeVerb
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Các tệp báo cáo, hoặc thư mục chứa chúng (đọc cả thư mục con).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Tệp kết quả: .xlsx (biểu tổng hợp, có sheet Nguồn) hoặc .json (số liệu, lỗi, nguồn gốc từng số liệu).", Required = true };
        var year = new Option<int?>("--year") { Description = "Năm đánh giá (mặc định: năm của đa số tệp)." };
        var ruleset = new Option<string?>("--ruleset") { Description = "Bộ quy tắc: 132, 124 hoặc 366 (mặc định: theo năm)." };
        ruleset.AcceptOnlyFromAmong([.. Rulesets.Ids]);
        var parts = new Option<bool>("--parts") { Description = "Tổng hợp theo phần: mỗi thư mục đầu vào (hoặc mỗi thư mục con của thư mục duy nhất được chỉ) là một phần (vd. một tỉnh), tổng hợp riêng, song song, rồi cộng ở cấp trên." };
        var threads = new Option<int?>("--threads") { Description = "Số luồng tối đa (mặc định: số lõi CPU)." };
        var command = new Command("merge", "Tổng hợp báo cáo của các đơn vị cấp dưới thành một báo cáo, kèm nguồn gốc từng số liệu.") { inputs, output, year, ruleset, parts, threads };
        command.SetOutcome(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(year), parse.GetValue(ruleset), CliOutput.Resolve(),
            parse.GetValue(parts), parse.GetValue(threads) ?? 0));
        return command;
    }

    /// <summary>
    /// The parts of a merge by parts: each input folder is a part; one folder given: each of its sub-folders is a part,
    /// and the files directly in it one more. Files named on the command line form one part together.
    /// </summary>
    public static List<List<string>> PartsOf(string[] inputs, FileInfo output)
    {
        IEnumerable<string> Reports(string dir, SearchOption option) => Directory.EnumerateFiles(dir, "*", option)
            .Where(f => InputExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !CliFiles.SameFile(f, output.FullName))
            .Where(f => !Path.GetFileName(f).Equals(OpenXml.Workbooks.SampleWorkbooks.ManifestFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var parts = new List<List<string>>();
        var dirs = inputs.Where(Directory.Exists).ToList();
        if (dirs.Count == 1 && inputs.Length == 1)
        {
            parts.Add(Reports(dirs[0], SearchOption.TopDirectoryOnly).ToList());
            foreach (var sub in Directory.EnumerateDirectories(dirs[0]).Order(StringComparer.Ordinal))
                parts.Add(Reports(sub, SearchOption.AllDirectories).ToList());
        }
        else
        {
            foreach (var dir in dirs) parts.Add(Reports(dir, SearchOption.AllDirectories).ToList());
            parts.Add(inputs.Where(File.Exists).ToList());
        }
        return parts.Where(p => p.Count > 0).ToList();
    }

    public static readonly string[] InputExtensions = [".json", ".xlsx"];

    public static CliOutcome Run(string[] inputs, FileInfo output, int? year, string? rulesetId, CliOutput console, bool byParts = false, int threads = 0)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => InputExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !CliFiles.SameFile(f, output.FullName))
                    // The manifest written by `sample` sits next to the workbooks; it is not a report.
                    .Where(f => !Path.GetFileName(f).Equals(OpenXml.Workbooks.SampleWorkbooks.ManifestFileName, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(input)) files.Add(input);
            else return CliOutcome.Unreadable($"Không tìm thấy tệp hoặc thư mục {input}.");
        }
        if (files.Count == 0) return CliOutcome.Unreadable("Không có tệp báo cáo nào (.json, .xlsx) để tổng hợp.");
        // The result must not overwrite one of its own sources (compared after resolving full paths and links).
        if (files.FirstOrDefault(f => CliFiles.SameFile(f, output.FullName)) is { } clash)
            return CliOutcome.Usage($"Tệp kết quả {output.FullName} chính là tệp đầu vào {clash}; hãy chọn tên khác cho --out.");
        var asWorkbook = output.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

        var validation = new ValidationService();
        var limit = validation.Limits.MaxInputBytes;
        var sources = files.Select(f => new MergeSource(Path.GetFileName(f), () => CliFiles.TryReadInput(f, limit, out _),
            At: File.GetLastWriteTimeUtc(f))).ToList();
        var service = new MergeService(validation);
        var watch = Stopwatch.StartNew();
        using var bar = new ProgressBar(console, files.Count);
        MergeSource Source(string f) => new(Path.GetFileName(f), () => CliFiles.TryReadInput(f, limit, out _), At: File.GetLastWriteTimeUtc(f));
        var mergeOptions = new MergeFilesOptions { Year = year, RulesetId = rulesetId };
        var run = byParts
            ? service.MergeFileParts(PartsOf(inputs, output).Select(p => (IReadOnlyList<MergeSource>)p.Select(Source).ToList()).ToList(), mergeOptions, threads, bar)
            : service.MergeFiles(sources, mergeOptions, bar, threads);
        bar.Dispose();

        if (asWorkbook && run.Result.Report is null)
        {
            foreach (var f in run.Findings.Where(f => f.Severity == Severity.Error).Take(20)) console.Out.WriteLine($"  {f.File}: {f.Message}");
            return CliOutcome.Unreadable("Không có tệp nào đọc được để tổng hợp; không ghi bảng tính.");
        }
        // Written whole to a temporary file, then renamed: never half a result under the final name.
        var notWritten = CliFiles.WriteOutput(output, stream =>
        {
            if (asWorkbook) stream.Write(MergeService.WriteWorkbook(run, DateTimeOffset.Now).Bytes);
            else MergeResultJson.Write(run, stream);
        });
        if (notWritten is not null) return notWritten;

        var root = run.Result.Root;
        var units = root.Descendants().Count() + 1;
        console.Out.WriteLine($"Tổng hợp {VietnameseFormat.Count(files.Count)} tệp → {root.Unit.Name} ({root.Unit.Code}), năm {run.Year}, theo bộ quy tắc {run.RulesetId}: " +
            $"{VietnameseFormat.Count(units)} đơn vị, {VietnameseFormat.Count(run.Result.Missing.Count)} đơn vị chưa có số liệu; " +
            $"{VietnameseFormat.Count(run.Errors)} lỗi, {VietnameseFormat.Count(run.Warnings)} cảnh báo ({VietnameseFormat.Decimal((decimal)watch.Elapsed.TotalSeconds, 1)} giây).");
        foreach (var f in run.Findings.Where(f => f.Severity == Severity.Error).Take(20))
            console.Out.WriteLine(CliFindings.Line(f.Severity, f.Code, f.File is null ? "" : f.File + ": ", f.Message));
        if (run.Errors > 20) console.Out.WriteLine($"  … và {VietnameseFormat.Count(run.Errors - 20)} lỗi khác (xem tệp kết quả).");
        console.Out.WriteLine($"Đã ghi {output.FullName}.");
        if (run.Result.Report is null) return CliOutcome.Unreadable($"Không có tệp nào đọc được để tổng hợp (đã ghi {output.Name} với các lỗi).");
        return run.Errors > 0 ? CliOutcome.Errors($"Tổng hợp có {VietnameseFormat.Count(run.Errors)} lỗi (xem {output.Name}).") : CliOutcome.Clean;
    }
}

/// <summary>A one-line progress bar on stderr, only when stderr is a terminal (nothing in pipes, logs or tests).</summary>
internal sealed class ProgressBar : IProgress<MergeProgress>, IDisposable
{
    private readonly TextWriter? _writer;
    private readonly int _total;
    private int _lastPercent = -1;
    private bool _done;

    public ProgressBar(CliOutput console, int total, bool? enabled = null)
    {
        _total = total;
        var on = enabled ?? (ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected);
        _writer = on ? console.Error : null;
    }

    public void Report(MergeProgress value)
    {
        if (_writer is null || _total == 0) return;
        var percent = (int)(value.Done * 100L / _total);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        const int width = 30;
        var filled = percent * width / 100;
        _writer.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {VietnameseFormat.Count(value.Done)}/{VietnameseFormat.Count(_total)} tệp ({percent}%)");
        _writer.Flush();
    }

    public void Dispose()
    {
        if (_writer is null || _done) return;
        _done = true;
        _writer.WriteLine();
    }
}
