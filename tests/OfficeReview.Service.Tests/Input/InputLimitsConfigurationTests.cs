using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.OpenXml.Input;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.Validation;
using OfficeReview.Service.Hosting;
using OfficeReview.Service.Tests.Workbooks;

namespace OfficeReview.Service.Tests.Input;

/// <summary>The input limits come from configuration section Limits:Input; the older Limits:Workbook keys still work.</summary>
public class InputLimitsConfigurationTests
{
    private static async Task<WebApplication> Host(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOfficeReview();
        var app = builder.Build();
        await Task.CompletedTask;
        return app;
    }

    [Fact]
    public async Task Limits_Input_is_bound_and_used_by_the_readers_naming_the_key()
    {
        using var temp = new TempFolder();
        await using var app = await Host(new()
        {
            ["Storage:DataFolder"] = temp.Path,
            ["Limits:Input:MaxXmlDepth"] = "12",
            ["Limits:Input:MaxEntries"] = "4",
        });
        var input = app.Services.GetRequiredService<InputLimits>();
        Assert.Equal(12, input.MaxXmlDepth);
        Assert.Equal(InputLimits.Default.MaxPartBytes, input.MaxPartBytes);

        // check-report: a document nested 20 deep is within the default bound but not within 12.
        var docx = BadInputs.Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                BadInputs.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 10) + "</w:body></w:document>"));
        var check = app.Services.GetRequiredService<ReportCheckService>().Check(docx, "sau.docx");
        Assert.False(check.Readable);
        var finding = Assert.Single(check.Findings);
        Assert.Contains("Limits:Input:MaxXmlDepth", finding.Message);
        Assert.Contains("12", finding.Message);
        Assert.True(new ReportCheckService().Check(docx, "sau.docx").Readable);

        // validate: the workbook reader gets its entry bound from Limits:Input.
        var validation = app.Services.GetRequiredService<ValidationService>();
        var outcome = validation.Validate(WorkbookValidationTests.ExampleWorkbook(), "bieu.xlsx");
        Assert.False(outcome.Readable);
        Assert.Contains("Limits:Input:MaxEntries", Assert.Single(outcome.Findings).Message);
    }

    [Fact]
    public async Task The_older_Limits_Workbook_keys_still_take_effect()
    {
        using var temp = new TempFolder();
        await using var app = await Host(new() { ["Storage:DataFolder"] = temp.Path, ["Limits:Workbook:MaxRows"] = "30", ["Limits:Input:MaxRows"] = "1000" });
        var limits = app.Services.GetRequiredService<ValidationService>().Limits.EffectiveWorkbook;
        Assert.Equal(30, limits.MaxRows);
        Assert.Equal(InputLimits.Default.MaxEntries, limits.MaxEntries);
    }
}
