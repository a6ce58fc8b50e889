using System.Text.Json;
using OfficeReview.Service.Cli;

namespace OfficeReview.Service.Tests.Validation;

public class ValidateVerbTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task CleanReportExitsZero()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("validate", temp.File("sach.json", Samples.CleanJson));
        Assert.Equal(0, exit);
        Assert.Contains("không phát hiện sai sót", output);
        Assert.Contains("124-QĐ/TW", output);
    }

    [Fact]
    public async Task ExampleHasErrorsAndExitsOne()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("validate", temp.File("vi-du.json", Samples.ExampleJson));
        Assert.Equal(1, exit);
        Assert.Contains("đúng phải là 22,0%", output);
        Assert.Contains("3 lỗi", output);
    }

    [Fact]
    public async Task JsonOutputListsFindings()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("validate", temp.File("vi-du.json", Samples.ExampleJson), "--json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("code").GetString()));
            Assert.Equal("error", f.GetProperty("severity").GetString());
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            Assert.StartsWith("organizations.", f.GetProperty("path").GetString());
        });
    }

    [Fact]
    public async Task RulesetCanBeForced()
    {
        using var temp = new TempFolder();
        var file = temp.File("sach.json", Samples.CleanJson);
        var (_, output, _) = await Run("validate", file, "--ruleset", "366");
        Assert.Contains("366-QĐ/TW", output);
        var (exit, _, err) = await Run("validate", file, "--ruleset", "999");
        Assert.Equal(2, exit);
        Assert.Contains("999", err);
    }

    [Theory]
    [InlineData("{ \"year\": 2025, ")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":\"hai nghìn\",\"unit\":{}}")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"unit\":{\"code\":\"a\",\"name\":\"b\",\"kind\":\"chi-bo-co-so\"}}")]
    [InlineData("{\"schema\":\"officereview.unit-report/1\",\"year\":2025}")]
    [InlineData("{\"schema\":\"officereview.unit-report/9\",\"year\":2025,\"unit\":{}}")]
    [InlineData("")]
    public async Task UnreadableInputExitsTwoWithAMessage(string content)
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await Run("validate", temp.File("hong.json", content));
        Assert.Equal(2, exit);
        Assert.Contains("hong.json", err);
        Assert.True(err.Split('\n').Length >= 2, err);
    }

    [Fact]
    public async Task MissingFileExitsTwo()
    {
        var (exit, _, err) = await Run("validate", "/nonexistent/bao-cao.json");
        Assert.Equal(2, exit);
        Assert.Contains("Không tìm thấy tệp", err);
    }

    [Fact]
    public async Task UnreadableInputInJsonModeStillPrintsJson()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("validate", temp.File("hong.json", "{"), "--json");
        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("readable").GetBoolean());
        Assert.Equal("JSON_UNREADABLE", doc.RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void VerbsAreRecognisedAndNothingElseIs()
    {
        Assert.True(CliApp.IsCommandLine(["validate", "x.json"]));
        Assert.True(CliApp.IsCommandLine(["--help"]));
        Assert.False(CliApp.IsCommandLine([]));
        Assert.False(CliApp.IsCommandLine(["--urls", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public async Task UnknownVerbIsAUsageErrorNotAServer()
    {
        Assert.True(CliApp.IsCommandLine(["valdate", "x.json"]));
        var (exit, _, err) = await Run("valdate", "x.json");
        Assert.Equal(2, exit);
        Assert.Contains("valdate", err);
    }

    [Fact]
    public async Task ATextFileNamedXlsxIsToldItIsNotAWorkbook()
    {
        using var temp = new TempFolder();
        var (exit, _, err) = await Run("validate", temp.File("bieu.xlsx", "STT;Họ và tên\n1;Nguyễn Văn A"));
        Assert.Equal(2, exit);
        Assert.Contains("bieu.xlsx", err);
        Assert.DoesNotContain("JSON", err);
    }
}
