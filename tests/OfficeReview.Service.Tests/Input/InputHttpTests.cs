using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Input;

/// <summary>The HTTP routes on the same input layer: a hostile upload is a 422 naming the file, and the service stays up.</summary>
public class InputHttpTests
{
    private static async Task<string> Refused(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        BadInputs.AssertNoStackTrace(text);
        return text;
    }

    [Fact]
    public async Task Unit_lists_that_used_to_crash_or_explode_are_refused_and_the_service_stays_up()
    {
        using var app = new CampaignApp();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "ds", year = 2025 })).StatusCode);

        var nested = await Refused(await app.Client.PutAsync("/api/campaigns/ds/units", CampaignTestData.File(BadInputs.NestedWorkbookXml(), "long-sau.xlsx")));
        Assert.Contains("long-sau.xlsx", nested);
        Assert.Contains("Limits:Input:MaxXmlDepth", nested);

        var invalidUtf8 = await Refused(await app.Client.PutAsync("/api/campaigns/ds/units",
            CampaignTestData.File([.. "code,name,kind\nT,T"u8.ToArray(), 0xC3, 0x28, .. ",dang-bo-tinh\n"u8.ToArray()], "sai-ma.csv")));
        Assert.Contains("sai-ma.csv", invalidUtf8);
        Assert.Contains("UTF-8", invalidUtf8);

        var nonCharacter = await Refused(await app.Client.PutAsync("/api/campaigns/ds/units",
            CampaignTestData.File(Encoding.UTF8.GetBytes("code,name,kind\nT,T\uFFFE,dang-bo-tinh\n"), "fffe.csv")));
        Assert.Contains("U+FFFE", nonCharacter);

        var surrogate = await Refused(await app.Client.PutAsync("/api/campaigns/ds/units",
            CampaignTestData.File(Encoding.UTF8.GetBytes("[{\"code\":\"T\",\"name\":\"a\\uDC00b\",\"kind\":\"dang-bo-tinh\"}]"), "thay-the.json")));
        Assert.Contains("thay-the.json", surrogate);

        var deepJson = await Refused(await app.Client.PutAsync("/api/campaigns/ds/units",
            CampaignTestData.File(Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "sau.json")));
        Assert.Contains("sau.json", deepJson);

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/campaigns/ds/units")).StatusCode);
    }

    [Fact]
    public async Task Check_report_and_validate_refuse_nested_and_legacy_files_with_422()
    {
        using var app = new CampaignApp();
        var form = new MultipartFormDataContent { { new ByteArrayContent(BadInputs.NestedDocx()), "file", "long-sau.docx" } };
        var report = await Refused(await app.Client.PostAsync("/api/check-report", form));
        Assert.Contains("long-sau.docx", report);
        Assert.Contains("Limits:Input:MaxXmlDepth", report);

        var xls = new MultipartFormDataContent { { new ByteArrayContent(BadInputs.Ole("Workbook")), "file", "cu.xlsx" } };
        var validated = await Refused(await app.Client.PostAsync("/api/validate", xls));
        Assert.Contains("cu.xlsx", validated);
        Assert.Contains("Excel 97–2003", validated);

        var health = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        _ = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
    }
}

public class MacroWorkbookTests
{
    [Fact]
    public void A_macro_enabled_workbook_is_read_but_flagged_as_an_error()
    {
        var book = Workbooks.WorkbookValidationTests.ExampleWorkbook();
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(book));
        using var ms = new MemoryStream();
        using (var output = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var buffer = new MemoryStream();
                s.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (e.FullName == "[Content_Types].xml")
                    bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml").Replace("application/vnd.openxmlformats-officedocument.sheet.macroEnabled", "application/vnd.ms-excel.sheet.macroEnabled"));
                using var o = output.CreateEntry(e.FullName).Open();
                o.Write(bytes);
            }
            using var vba = output.CreateEntry("xl/vbaProject.bin").Open();
            vba.Write([1, 2, 3, 4]);
        }
        var outcome = new OfficeReview.Service.Features.Validation.ValidationService().Validate(ms.ToArray(), "macro.xlsm");
        Assert.True(outcome.Readable);
        var f = Assert.Single(outcome.Findings, x => x.Code == OfficeReview.OpenXml.Input.InputCodes.Macros);
        Assert.Equal(OfficeReview.Domain.Rules.Severity.Error, f.Severity);
        Assert.Contains("macro.xlsm", f.Message);
    }
}
