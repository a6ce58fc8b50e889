using System.Text.Json;
using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests.ReportChecking;

public sealed class CheckReportCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("check-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task CorrectTextReportExitsZero()
    {
        var (exit, output, _) = await Run("check-report", Write("bao-cao.txt", ReportFiles.Text(ReportFiles.Correct, bom: true)));
        Assert.Equal(CliApp.ExitCodes.Ok, exit);
        Assert.Contains("năm 2025", output);
        Assert.Contains("không phát hiện sai sót", output);
    }

    [Fact]
    public async Task WrongFigureInADocxExitsOneAndNamesTheParagraph()
    {
        var (exit, output, _) = await Run("check-report", Write("bao-cao.docx", ReportFiles.Docx(ReportFiles.WrongDenominator())));
        Assert.Equal(CliApp.ExitCodes.FindingsWithErrors, exit);
        Assert.Contains("[REPORT_PERCENT_WRONG_DENOMINATOR] Tỷ lệ trong báo cáo tính nhầm mẫu số — đoạn 3:", output);
        Assert.Contains("14,3% là 06 ÷ 42 (tổng số)", output);
    }

    [Fact]
    public async Task JsonOutputCarriesStatementsAndFindings()
    {
        var (exit, output, _) = await Run("check-report", Write("bao-cao.docx", ReportFiles.Docx(ReportFiles.WrongDenominator())), "--json", "--ruleset", "124");
        Assert.Equal(CliApp.ExitCodes.FindingsWithErrors, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("124", json.RootElement.GetProperty("ruleset").GetString());
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        // "4." + "336" in two runs is read as 4.336.
        Assert.Contains(statements, s => s.GetProperty("kind").GetString() == "total" && s.GetProperty("subject").GetString() == "members" && s.GetProperty("count").GetInt64() == 4336);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("REPORT_PERCENT_WRONG_DENOMINATOR", finding.GetProperty("code").GetString());
        Assert.Equal("paragraphs[2]", finding.GetProperty("path").GetString());
        Assert.Equal("bao-cao.docx", finding.GetProperty("file").GetString());
    }

    [Fact]
    public async Task UnreadableInputExitsTwo()
    {
        var missing = await Run("check-report", Path.Combine(_dir, "khong-co.docx"));
        Assert.Equal(CliApp.ExitCodes.Unreadable, missing.Exit);
        Assert.Contains("khong-co.docx", missing.Err);

        var broken = await Run("check-report", Write("hong.docx", [(byte)'P', (byte)'K', 3, 4, 1, 2, 3]));
        Assert.Equal(CliApp.ExitCodes.Unreadable, broken.Exit);
        Assert.Contains("hong.docx", broken.Err);

        var pdf = await Run("check-report", Write("bao-cao.pdf", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray()));
        Assert.Equal(CliApp.ExitCodes.Unreadable, pdf.Exit);
        Assert.Contains("PDF", pdf.Err);

        var latin1 = await Run("check-report", Write("tcvn3.txt", [0x54, 0xEA, 0x6E, 0xFF, 0x20]));
        Assert.Equal(CliApp.ExitCodes.Unreadable, latin1.Exit);
        Assert.Contains("UTF-8", latin1.Err);
    }

    [Fact]
    public async Task YearOptionChoosesTheRuleset()
    {
        var (exit, output, _) = await Run("check-report", Write("bao-cao.txt", ReportFiles.Text(ReportFiles.Correct)), "--year", "2024");
        Assert.Equal(CliApp.ExitCodes.Ok, exit);
        Assert.Contains("124-QĐ/TW", output);
    }
}
