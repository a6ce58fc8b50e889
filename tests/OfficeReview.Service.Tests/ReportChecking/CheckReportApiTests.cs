using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OfficeReview.Service.Tests.ReportChecking;

public sealed class CheckReportApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task TextBodyOfACorrectReportHasNoErrors()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(ReportFiles.Text(ReportFiles.Correct));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/check-report", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, json.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(2025, json.GetProperty("year").GetInt32());
        Assert.True(json.GetProperty("statements").GetArrayLength() > 20);
    }

    [Fact]
    public async Task MultipartDocxWithAWrongFigureReturnsTheFinding()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ReportFiles.Docx(ReportFiles.WrongDenominator()));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "bao-cao.docx");
        using var response = await client.PostAsync("/api/check-report?ruleset=366", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bao-cao.docx", json.GetProperty("file").GetString());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("REPORT_PERCENT_WRONG_DENOMINATOR", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("đúng phải là 15,0%", finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UnreadableOrBadParametersAre422()
    {
        using var client = factory.CreateClient();
        using var broken = new ByteArrayContent([(byte)'P', (byte)'K', 1, 2, 3]);
        broken.Headers.Add("X-File-Name", "hong.docx");
        using var r1 = await client.PostAsync("/api/check-report", broken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r1.StatusCode);
        Assert.Contains("hong.docx", await r1.Content.ReadAsStringAsync());

        using var text = new ByteArrayContent(ReportFiles.Text(ReportFiles.Correct));
        using var r2 = await client.PostAsync("/api/check-report?ruleset=999", text);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r2.StatusCode);
        Assert.Contains("RULESET_UNKNOWN", await r2.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormWithoutAFileIs400()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var response = await client.PostAsync("/api/check-report", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RawBodyIsNamedByTheEncodedHeaderAndUtf16IsRefused()
    {
        using var client = factory.CreateClient();
        using var docx = new ByteArrayContent(ReportFiles.Docx(ReportFiles.WrongDenominator()));
        docx.Headers.Add("X-File-Name", Uri.EscapeDataString("báo cáo quý IV.docx"));
        using var r1 = await client.PostAsync("/api/check-report?year=2025", docx);
        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        var json = await r1.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("báo cáo quý IV.docx", json.GetProperty("file").GetString());
        Assert.Equal(1, json.GetProperty("counts").GetProperty("errors").GetInt32());

        using var utf16 = new ByteArrayContent(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(string.Join("\n", ReportFiles.Correct))).ToArray());
        utf16.Headers.Add("X-File-Name", "bao-cao.txt");
        using var r2 = await client.PostAsync("/api/check-report", utf16);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r2.StatusCode);
        Assert.Contains("UTF-16", await r2.Content.ReadAsStringAsync());
    }
}
