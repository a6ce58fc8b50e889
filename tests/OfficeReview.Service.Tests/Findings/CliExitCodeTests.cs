using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Tests.ReportChecking;

namespace OfficeReview.Service.Tests.Findings;

/// <summary>
/// The one CLI runner, verb by verb: 0 clean, 1 findings with errors, 2 unreadable input or usage — and whenever the
/// exit is not 0, exactly one Vietnamese line on stderr (no stack trace, no second line).
/// </summary>
public sealed partial class CliExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("[À-ỹĐđ]")]
    private static partial Regex Vietnamese();

    private static string Example(string name) => RepoPaths.Of("docs", "examples", "documents", name);

    private string Out(string name) => Path.Combine(_temp.Path, name);

    /// <summary>Runs the command line, checks the exit code and, for 1 and 2, the single stderr line; returns (stdout, that line).</summary>
    private static async Task<(string Out, string Line)> Expect(int expected, params string[] args)
    {
        var (exit, output, err) = await CliRunner.Run(args);
        Assert.True(exit == expected, $"{string.Join(' ', args)}: exit {exit}, expected {expected}\n{output}\n{err}");
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (expected == CliApp.ExitCodes.Ok) return (output, "");
        var line = Assert.Single(lines);
        Assert.Matches(Vietnamese(), line);
        Assert.DoesNotContain("   at ", line);
        Assert.DoesNotContain("Exception", line);
        return (output, line);
    }

    [Fact]
    public async Task Validate_exits_0_1_2()
    {
        await Expect(0, "validate", _temp.File("sach.json", Samples.CleanJson));
        var (output, line) = await Expect(1, "validate", _temp.File("vi-du.json", Samples.ExampleJson));
        Assert.Contains("vi-du.json: 3 lỗi", line);
        // The text output names each finding's catalogue title next to its code.
        Assert.Contains("[PERCENT_WRONG_DENOMINATOR] Tỷ lệ tính nhầm mẫu số — ", output);
        (_, line) = await Expect(2, "validate", _temp.File("hong.json", "{ \"year\": 2025, "));
        Assert.Contains("hong.json", line);
        await Expect(2, "validate", Out("khong-co.json"));
    }

    [Fact]
    public async Task Check_report_exits_0_1_2()
    {
        await Expect(0, "check-report", _temp.File("dung.txt", ReportFiles.Text(ReportFiles.Correct, bom: true)));
        await Expect(1, "check-report", _temp.File("sai.docx", ReportFiles.Docx(ReportFiles.WrongDenominator())));
        var (_, line) = await Expect(2, "check-report", _temp.File("anh.docx", "%PDF-1.7\n"u8.ToArray()));
        Assert.Contains("anh.docx", line);
    }

    [Fact]
    public async Task Convert_exits_0_then_1_with_the_file_written_then_2()
    {
        await Expect(0, "convert", _temp.File("sach.json", Samples.CleanJson), "-o", Out("sach.xlsx"));
        Assert.True(File.Exists(Out("sach.xlsx")));
        // A fractional count is an error of the input, but the report is still converted.
        var (output, line) = await Expect(1, "convert", _temp.File("le.json", Samples.CleanJson.Replace("\"total\": 30,", "\"total\": 30.5,")), "-o", Out("le.xlsx"));
        Assert.True(File.Exists(Out("le.xlsx")), "an input with errors is still converted");
        Assert.Contains("le.json có 1 lỗi", line);
        Assert.Contains("[COUNT_FRACTIONAL] Số đếm có phần lẻ — ", output);
        await Expect(2, "convert", _temp.File("hong.json", "{"), "-o", Out("hong.xlsx"));
        Assert.False(File.Exists(Out("hong.xlsx")));
    }

    [Fact]
    public async Task Template_and_sample_exit_0_or_2()
    {
        await Expect(0, "template", "bieu-don-vi", "-o", Out("bieu.xlsx"));
        var (_, line) = await Expect(2, "template", "khong-co", "-o", Out("x.xlsx"));
        Assert.Contains("khong-co", line);
        await Expect(0, "sample", "--units", "3", "--members", "12", "-o", Out("mau"));
        await Expect(2, "sample", "--units", "0", "-o", Out("mau2"));
    }

    [Fact]
    public async Task Generate_documents_exit_0_1_2()
    {
        await Expect(0, "generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"), "-o", Out("bc.docx"));
        var meta = JsonNode.Parse(File.ReadAllText(Example("meta-bao-cao.json")))!;
        meta["signer"] = new JsonObject { ["authority"] = "K/T", ["body"] = "Bí thư", ["title"] = "Phó Bí thư", ["name"] = "A" };
        var (output, line) = await Expect(1, "generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", _temp.File("meta.json", meta.ToJsonString()), "-o", Out("kt.docx"));
        Assert.Contains("Chưa ghi tệp nào", line);
        Assert.Contains("[SIGN_KT_BI_THU]", output);
        // A template that is not a Word document is an unreadable input (the catalogue says so), not a finding.
        (_, line) = await Expect(2, "generate", "bao-cao", "--data", Example("bao-cao-2025.json"), "--meta", Example("meta-bao-cao.json"),
            "--template", _temp.File("mau.docx", "không phải docx"), "-o", Out("mau-ra.docx"));
        Assert.False(File.Exists(Out("mau-ra.docx")));
        await Expect(2, "generate", "bao-cao", "-o", Out("thieu.docx"));
    }

    [Fact]
    public async Task Generate_review_forms_and_import_scores_exit_1_or_2()
    {
        var (output, _) = await Expect(1, "generate", "mau-02b", "--year", "2023", "--out", Out("cu"));
        Assert.Contains("[FORMS_LEGACY_YEAR]", output);
        await Expect(2, "generate", "mau-02b", "--unit-workbook", _temp.File("bieu.xlsx", "không phải bảng tính"), "--all", "--out", Out("hong"));
        await Expect(2, "generate", "mau-02b", "--member", "A", "--all", "--out", Out("ca-hai"));
        await Expect(2, "import-scores", _temp.File("diem.xlsx", "không phải bảng tính"), "--unit-workbook", _temp.File("bieu2.xlsx", "x"), "-o", Out("ra.xlsx"));
    }

    [Fact]
    public async Task Merge_exits_1_on_errors_and_2_on_nothing_to_merge()
    {
        var (_, line) = await Expect(1, "merge", "--out", Out("tong-hop.json"), _temp.File("vi-du.json", Samples.ExampleJson));
        Assert.Contains("lỗi", line);
        Assert.True(File.Exists(Out("tong-hop.json")));
        await Expect(2, "merge", "--out", Out("khong.json"), Out("khong-co"));
    }

    [Fact]
    public async Task Submit_dev_token_findings_doc_and_usage_mistakes()
    {
        await Expect(2, "submit", "--campaign", "c1", "--unit", "X", "--data", _temp.Path, Out("khong-co.json"));
        await Expect(0, "dev-token", "--user", "lan", "--role", "admin", "--data", _temp.Path);
        await Expect(2, "dev-token", "--user", "lan", "--role", "boss", "--data", _temp.Path);
        await Expect(0, "findings-doc", Out("findings.md"));
        Directory.CreateDirectory(Out("thu-muc"));
        await Expect(2, "findings-doc", Out("thu-muc"));
        // A parse error (unknown option, missing argument) is one line too.
        var (_, line) = await Expect(2, "validate");
        Assert.StartsWith("Lỗi cú pháp lệnh:", line);
        await Expect(2, "khong-co-lenh");
    }
}
