using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// Issue #13 item 4: a campaign merge planned over parts (each đảng bộ cấp trên cơ sở with everything below it merged on
/// its own, then the province) gives what the one-pass merge gives — here with planted errors, a decided level and
/// parts that travelled as JSON, as they do between Durable activities.
/// </summary>
public class PlannedMergeTests
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    // A member listed in two parts is found from fingerprints, whose message names rows rather than the person: the
    // finding is the same (same code, file and row), its wording is not.
    private static string Key(Finding f) => $"{f.Code}|{f.Severity}|{f.File}|{f.Sheet}|{f.Cell}|{f.Path}|{(f.Code == Domain.Aggregation.MemberRegistry.DuplicateAcrossUnits ? "" : f.Message)}";

    [Fact]
    public async Task A_campaign_merge_by_parts_equals_the_one_pass_merge()
    {
        using var app = new CampaignApp();
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 60, members: 900, plantErrors: true, seed: 33);
        SampleWorkbooks.Write(p, folder.Path);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "pl", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        var skipped = 0;
        foreach (var u in p.Units.Where(u => u.Unit.Parent is not null))
        {
            // Every seventh unit sends nothing: missing units inside the parts.
            if (++skipped % 7 == 0) continue;
            var content = File.ReadAllBytes(Path.Combine(folder.Path, SampleWorkbooks.FileName(u)));
            await app.Client.PostAsync($"/api/campaigns/pl/units/{u.Unit.Code}/submissions", CampaignTestData.File(content, $"{u.Unit.Code}.xlsx"));
        }
        var merge = app.Factory.Services.GetRequiredService<MergeService>();
        var store = app.Factory.Services.GetRequiredService<CampaignService>().Store;
        var decided = p.Units.First(u => u.Unit.Parent is not null && u.MemberList is not null).Unit.Code;
        await store.SetDecisionsAsync("pl", [new Decision { UnitCode = decided, Level = "excellent", Reason = "Thẩm định", DecidedBy = "admin", DecidedAt = app.Clock.GetUtcNow() }]);
        var root = p.Root.Unit.Code;

        var (_, onePass, _) = await merge.MergeCampaignAsync("pl", root);
        var plan = await merge.PlanCampaignMergeAsync("pl", root);
        Assert.True(plan.Parts.Count >= 2, $"{plan.Parts.Count} parts");

        // The parts as activities would return them: serialized, then read back (the merged trees stay behind).
        var parts = new List<CampaignPartResult>();
        foreach (var code in plan.Parts)
        {
            var part = await merge.MergeCampaignPartAsync("pl", code);
            parts.Add(JsonSerializer.Deserialize<CampaignPartResult>(JsonSerializer.Serialize(part, s_json), s_json)!);
        }
        Assert.All(parts, part => Assert.Null(part.Result.Node));
        var (stored, planned, _) = await merge.MergeCampaignTopAsync("pl", root, parts);
        var (_, local, _) = await merge.MergeCampaignPlannedAsync("pl", root, threads: 2);

        Assert.NotNull(onePass.Result.Report);
        Assert.Contains(onePass.Findings, f => f.Severity == Severity.Error && f.Cell is not null);
        Assert.NotEmpty(onePass.Result.Missing);
        Assert.Contains(decided, onePass.Decisions!.Decided);
        foreach (var run in new[] { planned, local })
        {
            Assert.Equal(JsonSerializer.Serialize(onePass.Result.Report, s_json), JsonSerializer.Serialize(run.Result.Report, s_json));
            Assert.Equal(JsonSerializer.Serialize(onePass.Result.Provenance.Entries, s_json), JsonSerializer.Serialize(run.Result.Provenance.Entries, s_json));
            Assert.Equal(onePass.Findings.Select(Key).Order(), run.Findings.Select(Key).Order());
            Assert.Equal(onePass.Sources.OrderBy(s => s.File), run.Sources.OrderBy(s => s.File));
            Assert.Equal(onePass.Result.Missing.Select(m => m.Code), run.Result.Missing.Select(m => m.Code));
            Assert.Equal(onePass.Decisions.Decided.Order(), run.Decisions!.Decided.Order());
            Assert.Equal(onePass.Decisions.Proposals.Order(), run.Decisions.Proposals.Order());
        }
        Assert.Contains(await store.ListResultsAsync("pl"), r => r.Id == stored.Id);
    }
}
