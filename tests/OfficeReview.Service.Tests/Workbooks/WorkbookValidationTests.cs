using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Domain.Contract;
using OfficeReview.OpenXml.Workbooks;

namespace OfficeReview.Service.Tests.Workbooks;

/// <summary>validate FILE.xlsx and POST /api/validate with workbooks: findings carry sheet and cell.</summary>
public class WorkbookValidationTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    /// <summary>The foundation's example (3 errors) as a workbook.</summary>
    internal static byte[] ExampleWorkbook() => UnitWorkbookWriter.Write(UnitReportJson.Read(Samples.ExampleJson).Report!);

    internal static byte[] CleanWorkbook() => UnitWorkbookWriter.Write(UnitReportJson.Read(Samples.CleanJson).Report!);

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Cli_validates_a_workbook_with_the_same_findings_as_the_json_and_their_cells()
    {
        using var temp = new TempFolder();
        var (jsonExit, jsonOut, _) = await Run("validate", temp.File("vi-du.json", Samples.ExampleJson), "--json");
        var (exit, output, _) = await Run("validate", temp.File("vi-du.xlsx", ExampleWorkbook()), "--json");
        Assert.Equal(1, jsonExit);
        Assert.Equal(1, exit);
        using var fromJson = JsonDocument.Parse(jsonOut);
        using var fromBook = JsonDocument.Parse(output);
        var expected = fromJson.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("path").GetString())).ToList();
        var findings = fromBook.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(expected, findings.Select(f => (f.GetProperty("code").GetString(), f.GetProperty("path").GetString())).ToList());
        var denominator = findings.Single(f => f.GetProperty("code").GetString() == "PERCENT_WRONG_DENOMINATOR");
        Assert.Equal("Tổ chức đảng", denominator.GetProperty("sheet").GetString());
        Assert.Equal("vi-du.xlsx", denominator.GetProperty("file").GetString());
        Assert.Matches("^[A-Z]+[0-9]+$", denominator.GetProperty("cell").GetString());
    }

    [Fact]
    public async Task Cli_text_output_names_sheet_and_cell_and_clean_workbook_exits_zero()
    {
        using var temp = new TempFolder();
        var (exit, output, _) = await Run("validate", temp.File("vi-du.xlsx", ExampleWorkbook()));
        Assert.Equal(1, exit);
        Assert.Contains("Tổ chức đảng!", output);
        var (cleanExit, cleanOut, _) = await Run("validate", temp.File("sach.xlsx", CleanWorkbook()));
        Assert.Equal(0, cleanExit);
        Assert.Contains("không phát hiện sai sót", cleanOut);
    }

    [Fact]
    public async Task Cli_says_to_save_an_xls_as_xlsx_and_exits_two()
    {
        using var temp = new TempFolder();
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];
        var (exit, _, error) = await Run("validate", temp.File("cu.xls", ole));
        Assert.Equal(2, exit);
        Assert.Contains("cu.xls", error);
        Assert.Contains(".xlsx", error);
    }

    [Fact]
    public async Task Api_validates_a_workbook_body()
    {
        var content = new ByteArrayContent(ExampleWorkbook());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = content };
        request.Headers.Add("X-File-Name", "vi-du.xlsx");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.All(body.GetProperty("findings").EnumerateArray(), f => Assert.True(f.TryGetProperty("cell", out _)));
    }

    [Fact]
    public async Task Api_validates_a_multipart_workbook_and_rejects_a_foreign_one_with_422()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(ExampleWorkbook()), "file", "vi-du.xlsx");
        var ok = await factory.CreateClient().PostAsync("/api/validate", form);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var okBody = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("vi-du.xlsx", okBody.GetProperty("file").GetString());

        // A zip that is not one of our forms.
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("xin chào");
        var foreign = new MultipartFormDataContent { { new ByteArrayContent(ms.ToArray()), "file", "la.xlsx" } };
        var bad = await factory.CreateClient().PostAsync("/api/validate", foreign);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badBody = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("la.xlsx", badBody.GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Real_kestrel_process_validates_a_workbook()
    {
        var port = HostingTests.FreePort();
        using var data = new TempFolder();
        using var process = HostingTests.Start(new Dictionary<string, string> { ["Storage__DataFolder"] = data.Path }, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = TestAuth.Bearer(TestAuth.TokenFor(data.Path, "clerk", "clerk", "DB01"));
            await HostingTests.WaitForHealth(client, $"http://127.0.0.1:{port}", process);
            var form = new MultipartFormDataContent { { new ByteArrayContent(ExampleWorkbook()), "file", "vi-du.xlsx" } };
            var response = await client.PostAsync($"http://127.0.0.1:{port}/api/validate", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var finding = body.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "PERCENT_WRONG_DENOMINATOR");
            Assert.Equal("Tổ chức đảng", finding.GetProperty("sheet").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

public class WorkbookLimitsConfigurationTests
{
    [Fact]
    public async Task Workbook_bounds_come_from_configuration_and_are_named()
    {
        await using var factory = new ServiceFactory().WithWebHostBuilder(b => b.UseSetting("Limits:Workbook:MaxRows", "30"));
        var form = new MultipartFormDataContent { { new ByteArrayContent(WorkbookValidationTests.ExampleWorkbook()), "file", "dai.xlsx" } };
        var response = await factory.CreateClient().PostAsync("/api/validate", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var finding = body.GetProperty("findings")[0];
        Assert.Equal("XLSX_TOO_MANY_ROWS", finding.GetProperty("code").GetString());
        Assert.Contains("MaxRows", finding.GetProperty("message").GetString());
        Assert.Contains("30", finding.GetProperty("message").GetString());
    }
}
