using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Workbooks in (submissions, unit tree, stateless merge), the consolidated workbook out.</summary>
public class WorkbookMergeTests
{
    private static MultipartFormDataContent Form(IEnumerable<(byte[] Content, string Name)> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (content, name) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(part, "files", name);
        }
        return form;
    }

    private static UnitReport ReadBack(byte[] xlsx)
    {
        var outcome = new ValidationService().Validate(xlsx, "tong-hop.xlsx");
        Assert.True(outcome.Readable, string.Join("; ", outcome.Findings.Select(f => f.Message)));
        return outcome.Report!;
    }

    [Fact]
    public async Task Campaign_of_workbooks_tree_from_the_files_submissions_and_consolidated_workbook()
    {
        using var app = new CampaignApp();
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 30, members: 400, seed: 12);
        SampleWorkbooks.Write(p, folder.Path);
        var files = p.Units.ToDictionary(u => u.Unit.Code, u => File.ReadAllBytes(Path.Combine(folder.Path, SampleWorkbooks.FileName(u))));

        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "xl", year = 2025 })).StatusCode);
        var import = await app.Client.PutAsync("/api/campaigns/xl/units", Form(files.Select(f => (f.Value, f.Key + ".xlsx"))));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var units = await app.Client.GetFromJsonAsync<JsonElement[]>("/api/campaigns/xl/units");
        Assert.Equal(p.Units.Count, units!.Length);
        Assert.Equal(p.Units.Select(u => u.Unit.Parent).Order(), units.Select(u => u.TryGetProperty("parent", out var x) ? x.GetString() : null).Order());

        var leaves = p.Units.Where(u => u.MemberList is not null).ToList();
        foreach (var leaf in leaves)
        {
            var response = await app.Client.PostAsync($"/api/campaigns/xl/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(files[leaf.Unit.Code], $"{leaf.Unit.Code}.xlsx"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(view.GetProperty("readable").GetBoolean());
            Assert.Equal(0, view.GetProperty("errors").GetInt32());
        }

        var merge = await app.Client.PostAsync($"/api/campaigns/xl/units/{p.Root.Unit.Code}/merge", null);
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var id = merge.Headers.GetValues("X-Result-Id").Single();
        var workbook = await app.Client.GetAsync($"/api/campaigns/xl/results/{id}/workbook");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        var merged = ReadBack(await workbook.Content.ReadAsByteArrayAsync());
        // The workbook says what the province itself reported: every parent equals the sum of its children.
        Assert.Equal(p.Root.Members!.Total, merged.Members!.Total);
        foreach (var level in RatingLevels.All) Assert.Equal(p.Root.Members.Get(level), merged.Members.Get(level));
        Assert.Equal(p.Root.Organizations!.BaseOrganizations!.Total, merged.Organizations!.BaseOrganizations!.Total);
        Assert.Equal(p.Root.Organizations.UpperCommittees!.Excellent, merged.Organizations.UpperCommittees!.Excellent);
        Assert.Equal(p.Root.Unit.Code, merged.Unit.Code);
    }

    [Fact]
    public async Task Stateless_merge_returns_the_consolidated_workbook_and_the_cli_writes_one()
    {
        using var app = new CampaignApp();
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 40, members: 700, seed: 13);
        SampleWorkbooks.Write(p, folder.Path);
        var parent = p.Units.First(u => u.Unit.Kind == UnitKind.UpperCommittee);
        var children = p.ChildrenOf(parent.Unit.Code).ToList();
        var files = children.Select(c => (File.ReadAllBytes(Path.Combine(folder.Path, SampleWorkbooks.FileName(c))), SampleWorkbooks.FileName(c))).ToList();

        var response = await app.Client.PostAsync("/api/merge?format=xlsx", Form(files));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", response.Headers.GetValues("X-Errors").Single());
        var merged = ReadBack(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(parent.Members!.Total, merged.Members!.Total);
        Assert.Equal(children.Count(c => c.Unit.Kind is UnitKind.BaseCommittee or UnitKind.BaseCell), merged.Organizations!.BaseOrganizations!.Total);

        // CLI: the same children as files in a folder → a workbook.
        var input = Directory.CreateDirectory(Path.Combine(folder.Path, "con")).FullName;
        foreach (var (bytes, name) in files) File.WriteAllBytes(Path.Combine(input, name), bytes);
        var output = Path.Combine(folder.Path, "tong-hop.xlsx");
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["merge", "--out", output, input], stdout, new StringWriter());
        Assert.Equal(CliApp.ExitCodes.Ok, code);
        Assert.Equal(parent.Members.Total, ReadBack(await File.ReadAllBytesAsync(output)).Members!.Total);
    }
}
