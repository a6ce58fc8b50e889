using System.Net;
using System.Text.Json;

namespace OfficeReview.Service.Tests.Workbooks;

public class WorkbookVerbTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Convert_json_to_xlsx_and_back_is_lossless()
    {
        using var temp = new TempFolder();
        var json = temp.File("vi-du.json", Samples.ExampleJson);
        var xlsx = Path.Combine(temp.Path, "vi-du.xlsx");
        var back = Path.Combine(temp.Path, "lai.json");
        var (e1, _, err1) = await Run("convert", json, "-o", xlsx);
        Assert.True(e1 == 0, err1);
        var (e2, _, err2) = await Run("convert", xlsx, "-o", back);
        Assert.True(e2 == 0, err2);
        var original = Domain.Contract.UnitReportJson.Write(Domain.Contract.UnitReportJson.Read(Samples.ExampleJson).Report!);
        Assert.Equal(original, File.ReadAllText(back));
    }

    [Fact]
    public async Task Convert_of_an_unreadable_input_exits_two_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "x.xlsx");
        var (exit, _, error) = await Run("convert", temp.File("hong.json", "{\"year\":"), "-o", output);
        Assert.Equal(2, exit);
        Assert.Contains("hong.json", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Template_verb_writes_the_committed_template()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "b.xlsx");
        var (exit, _, _) = await Run("template", "bieu-don-vi", "-o", output);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "templates", "bieu-don-vi.xlsx")), File.ReadAllBytes(output));
        var (bad, _, error) = await Run("template", "khong-co", "-o", output);
        Assert.Equal(2, bad);
        Assert.Contains("bieu-tong-hop", error);
    }

    [Fact]
    public async Task Sample_verb_writes_workbooks_and_a_manifest()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("sample", "--units", "20", "--members", "400", "--seed", "3", "-o", temp.Path, "--plant-errors");
        Assert.Equal(0, exit);
        Assert.Contains("manifest.json", output);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(20, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(temp.Path, f.GetProperty("file").GetString()!))));
        foreach (var e in manifest.RootElement.GetProperty("plantedErrors").EnumerateArray())
        {
            var (vexit, vout, _) = await Run("validate", Path.Combine(temp.Path, e.GetProperty("file").GetString()!), "--json");
            Assert.Equal(1, vexit);
            using var report = JsonDocument.Parse(vout);
            Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f =>
                f.GetProperty("code").GetString() == e.GetProperty("code").GetString() &&
                f.GetProperty("cell").GetString() == e.GetProperty("cell").GetString() &&
                f.GetProperty("sheet").GetString() == e.GetProperty("sheet").GetString());
        }
    }

    [Fact]
    public async Task Templates_are_served_over_http()
    {
        var response = await factory.CreateClient().GetAsync("/api/templates/bieu-tong-hop");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "templates", "bieu-tong-hop.xlsx")), bytes);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/templates/khac")).StatusCode);
    }
}
