using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests.ReportChecking;

/// <summary>docs/report-checker.md shows what check-report says on docs/examples/bao-cao-kiem-tra.txt; keep it true.</summary>
public class DocsReportExampleTests
{
    [Fact]
    public async Task TheDocumentedExampleGivesTheDocumentedFindings()
    {
        var stdout = new StringWriter();
        var exit = await CliApp.RunAsync(["check-report", RepoPaths.Of("docs", "examples", "bao-cao-kiem-tra.txt")], stdout, new StringWriter());
        Assert.Equal(CliApp.ExitCodes.FindingsWithErrors, exit);
        var doc = await File.ReadAllTextAsync(RepoPaths.Of("docs", "report-checker.md"));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(7, lines.Length);
        // Every line but the quoted one shortened in the doc appears verbatim in docs/report-checker.md.
        foreach (var line in lines.Where(l => !l.Contains("tỷ lệ Hoàn thành nhiệm vụ ghi 11,6%")))
            Assert.Contains(line, doc);
        Assert.Contains(lines, l => l.Contains("[REPORT_PERCENT_MISMATCH] Tỷ lệ trong báo cáo ghi sai — đoạn 8:") && l.EndsWith("đúng phải là 11,2% (479 ÷ 4.271 số được đánh giá, xếp loại).", StringComparison.Ordinal));
    }
}
