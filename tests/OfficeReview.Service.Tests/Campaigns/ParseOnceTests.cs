using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// Issue #10 item 5 (parse once): the merge and the decisions read each submission's stored parsed form, and what they
/// give is exactly what re-reading every file gives (same merge JSON, same findings, same sources, same proposals).
/// </summary>
public class ParseOnceTests
{
    [Fact]
    public async Task Merge_from_the_parsed_forms_equals_the_merge_that_reads_every_file_again()
    {
        using var app = new CampaignApp();
        using var folder = new TempFolder();
        // Planted errors: some files carry findings (with their sheets and cells), which the merge must repeat word for word.
        var p = CampaignTestData.Province(units: 24, members: 300, plantErrors: true, seed: 21);
        SampleWorkbooks.Write(p, folder.Path);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "po", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);

        // Every unit sends its workbook (leaves the unit form, parents the consolidated one); one leaf sends again as JSON
        // (version 2 counts).
        var sent = 0;
        foreach (var u in p.Units.Where(u => u.Unit.Code != p.Root.Unit.Code))
        {
            var (content, name) = (File.ReadAllBytes(Path.Combine(folder.Path, SampleWorkbooks.FileName(u))), $"{u.Unit.Code}.xlsx");
            var response = await app.Client.PostAsync($"/api/campaigns/po/units/{u.Unit.Code}/submissions", CampaignTestData.File(content, name));
            if (response.StatusCode == HttpStatusCode.Created) sent++;
        }
        var leaf = p.Units.First(u => u.MemberList is not null);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync($"/api/campaigns/po/units/{leaf.Unit.Code}/submissions",
            CampaignTestData.File(CampaignTestData.Json(leaf), $"{leaf.Unit.Code}-lan-2.json"))).StatusCode);
        Assert.True(sent > 10, $"only {sent} submissions were accepted");

        var services = app.Factory.Services;
        var merge = services.GetRequiredService<MergeService>();
        var campaigns = services.GetRequiredService<CampaignService>();
        var decisions = services.GetRequiredService<DecisionService>();
        var store = campaigns.Store;
        // One decision, so that the decided-level path is part of the comparison.
        var decidedUnit = p.Units.First(u => u.Unit.Parent is not null && u.MemberList is not null).Unit.Code;
        await store.SetDecisionsAsync("po", [new Decision { UnitCode = decidedUnit, Level = "good", Reason = "Giữ tỷ lệ", DecidedBy = "admin", DecidedAt = app.Clock.GetUtcNow() }]);

        var root = p.Root.Unit.Code;
        var (_, before, beforeJson) = await merge.MergeCampaignAsync("po", root, reparse: true);
        Assert.All(await store.LatestSubmissionsAsync("po"), s => Assert.Null(s.ParsedSha256));
        Assert.Contains(before.Findings, f => f.Cell is not null);
        Assert.True(before.Errors > 0);

        // First merge through the parsed forms: each file is read once and its form stored.
        var (_, first, firstJson) = await merge.MergeCampaignAsync("po", root);
        var latest = await store.LatestSubmissionsAsync("po");
        Assert.All(latest, s => Assert.NotNull(s.ParsedSha256));
        Assert.True((await store.CheckIntegrityAsync()).IsConsistent);

        // Second merge with the submitted files themselves gone from disk: it can only have read the stored forms.
        var blobs = Path.Combine(app.Data.Path, "blobs");
        var moved = Path.Combine(folder.Path, "moved");
        Directory.CreateDirectory(moved);
        foreach (var s in latest) File.Move(Path.Combine(blobs, s.Sha256[..2], s.Sha256), Path.Combine(moved, s.Sha256));
        var (_, second, secondJson) = await merge.MergeCampaignAsync("po", root);
        var proposals = await decisions.ProposalsAsync(await campaigns.GetAsync("po"), latest.Select(s => s.UnitCode), default);
        foreach (var s in latest) File.Move(Path.Combine(moved, s.Sha256), Path.Combine(blobs, s.Sha256[..2], s.Sha256));

        foreach (var (run, json) in new[] { (first, firstJson), (second, secondJson) })
        {
            Assert.Equal(beforeJson, json);
            Assert.Equal(before.Findings, run.Findings);
            Assert.Equal(before.Sources, run.Sources);
            Assert.Equal(before.Decisions!.Decided, run.Decisions!.Decided);
            Assert.Equal(before.Decisions.Proposals, run.Decisions.Proposals);
        }
        Assert.Contains(decidedUnit, second.Decisions!.Decided);

        // The proposals (decisions grid, documents) equal each file's own rating read from its bytes.
        var validation = services.GetRequiredService<ValidationService>();
        Assert.Equal(latest.Count, proposals.Count);
        foreach (var s in latest)
        {
            var bytes = (await store.ReadBlobAsync(s.Sha256))!;
            Assert.Equal(validation.Validate(bytes, s.FileName, "366").Report?.OwnRating?.Level, proposals[s.UnitCode]);
        }
        Assert.Contains(proposals.Values, l => l is not null);
    }

    [Fact]
    public async Task A_stored_form_made_under_other_parameters_is_read_again_and_replaced()
    {
        using var app = new CampaignApp();
        var p = CampaignTestData.Province(units: 12, members: 120, seed: 22);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "pk", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        foreach (var u in p.Units.Where(u => u.Unit.Code != p.Root.Unit.Code))
            Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync($"/api/campaigns/pk/units/{u.Unit.Code}/submissions",
                CampaignTestData.File(CampaignTestData.Json(u), $"{u.Unit.Code}.json"))).StatusCode);
        var merge = app.Factory.Services.GetRequiredService<MergeService>();
        var store = app.Factory.Services.GetRequiredService<CampaignService>().Store;
        await merge.MergeCampaignAsync("pk", p.Root.Unit.Code);
        var firstForms = (await store.LatestSubmissionsAsync("pk")).ToDictionary(s => s.UnitCode, s => s.ParsedSha256);

        // Other parameters: the forms made under the old ones are not used but made again, and the old blobs go.
        var campaign = (await store.GetCampaignAsync("pk"))!;
        Assert.True(await store.UpdateCampaignAsync(campaign with { Settings = campaign.Settings with { PercentPrecision = 3 } }));
        var (_, run, json) = await merge.MergeCampaignAsync("pk", p.Root.Unit.Code);
        var (_, reread, rereadJson) = await merge.MergeCampaignAsync("pk", p.Root.Unit.Code, reparse: true);
        Assert.Equal(rereadJson, json);
        Assert.Equal(reread.Findings, run.Findings);
        Assert.Equal(3, run.PercentPrecision);
        foreach (var s in await store.LatestSubmissionsAsync("pk"))
        {
            Assert.NotNull(s.ParsedSha256);
            Assert.NotEqual(firstForms[s.UnitCode], s.ParsedSha256);
            Assert.Null(await store.ReadBlobAsync(firstForms[s.UnitCode]!));
        }
        Assert.True((await store.CheckIntegrityAsync()).IsConsistent);
    }

    [Fact]
    public void A_stored_form_that_is_damaged_or_of_another_key_is_not_used()
    {
        var p = CampaignTestData.Province(units: 6, members: 40, seed: 23);
        var unit = p.Units.First(u => u.MemberList is not null);
        var outcome = new ValidationService().Validate(CampaignTestData.Json(unit), "a.json (lần 1)", "366");
        Assert.True(outcome.Readable);
        var key = ParsedSubmissions.Key("a.json (lần 1)", "366", null);
        var form = ParsedSubmissions.Write(key, outcome);
        var read = ParsedSubmissions.Read(form, key);
        Assert.NotNull(read);
        Assert.Equal(outcome.Findings, read!.Findings);
        Assert.Equal(UnitReportJsonText(outcome.Report!), UnitReportJsonText(read.Report!));
        Assert.Null(ParsedSubmissions.Read(form, ParsedSubmissions.Key("a.json (lần 2)", "366", null)));
        Assert.Null(ParsedSubmissions.Read(form[..(form.Length / 2)], key));
        Assert.Null(ParsedSubmissions.Read("{\"format\":\"officereview-parsed/1\"}"u8.ToArray(), key));
        Assert.Null(ParsedSubmissions.Read("[1,2]"u8.ToArray(), key));
    }

    private static string UnitReportJsonText(UnitReport report) => Domain.Contract.UnitReportJson.Write(report);
}
