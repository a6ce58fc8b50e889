using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10 step 2 over HTTP (real SQLite store): thẩm định → quyết định, the HTXS cap, the merge with decided levels.</summary>
public class DecisionApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A campaign where one parent's organizations of one block rated themselves: the first HTXS, the others HTT.</summary>
    private static async Task<(string Parent, List<string> Children, string Sibling)> SetUpAsync(CampaignApp app)
    {
        var p = CampaignTestData.Province(units: 40, members: 300);
        var group = p.Units.Where(u => u.Unit.Parent is not null && ReportAggregator.BlockFor(u.Unit.Kind) is not null)
            .GroupBy(u => (u.Unit.Parent!, ReportAggregator.BlockFor(u.Unit.Kind)))
            .Where(g => p.Units.Count(u => u.Unit.Parent == g.Key.Item1) == g.Count())
            .OrderByDescending(g => g.Count()).First();
        Assert.True(group.Count() >= 4, "the synthetic province needs a parent with four organizations of one block");
        var children = group.Select(u => u.Unit.Code).ToList();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        foreach (var report in p.Units.Skip(1))
        {
            var r = report;
            var index = children.IndexOf(report.Unit.Code);
            if (index >= 0) r = report with { OwnRating = new OwnRating { Level = index == 0 ? RatingLevel.Excellent : RatingLevel.Good } };
            var sent = await app.Client.PostAsync($"/api/campaigns/c1/units/{r.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(r), "bc.json"));
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        var sibling = p.Units.First(u => u.Unit.Parent is not null && u.Unit.Parent != group.Key.Item1 && u.Unit.Code != group.Key.Item1).Unit.Code;
        return (group.Key.Item1, children, sibling);
    }

    [Fact]
    public async Task A_reviewer_of_the_parent_decides_with_a_reason_and_the_merge_counts_decided_levels()
    {
        using var app = new CampaignApp();
        var (parent, children, sibling) = await SetUpAsync(app);
        using var reviewer = app.ClientAs("rv", "reviewer", parent, "c1");
        using var childReviewer = app.ClientAs("rv-child", "reviewer", children[1], "c1");
        using var clerk = app.ClientAs("clerk", "clerk", children[1], "c1");

        // Lowering the HTXS proposal needs a reason.
        var noReason = await reviewer.PutAsJsonAsync($"/api/campaigns/c1/units/{children[0]}/decision", new { level = "good" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", (await Json(noReason)).GetProperty("detail").GetString());
        var bad = await reviewer.PutAsJsonAsync($"/api/campaigns/c1/units/{children[0]}/decision", new { level = "xuat-sac", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        // Only the parent's reviewer (or an admin) decides: not the unit's own reviewer, not a clerk.
        Assert.Equal(HttpStatusCode.Forbidden, (await childReviewer.PutAsJsonAsync($"/api/campaigns/c1/units/{children[1]}/decision", new { level = "good" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsJsonAsync($"/api/campaigns/c1/units/{children[1]}/decision", new { level = "good" })).StatusCode);
        // The bulk route checks each unit: one outside the reviewer's branch refuses the whole list.
        var mixed = await reviewer.PutAsJsonAsync("/api/campaigns/c1/decisions", new[] { new { unit = children[1], level = "good", reason = "" }, new { unit = sibling, level = "good", reason = "x" } });
        Assert.Equal(HttpStatusCode.Forbidden, mixed.StatusCode);
        Assert.Contains(sibling, (await Json(mixed)).GetProperty("detail").GetString());

        var put = await reviewer.PutAsJsonAsync($"/api/campaigns/c1/units/{children[0]}/decision", new { level = "good", reason = "Chưa có mô hình mới nổi bật" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var answer = await Json(put);
        var made = Assert.Single(answer.GetProperty("decisions").EnumerateArray());
        Assert.Equal("excellent", made.GetProperty("proposed").GetString());
        Assert.Equal("good", made.GetProperty("decided").GetString());
        Assert.Equal("rv", made.GetProperty("decidedBy").GetString());
        Assert.False(made.GetProperty("isProposal").GetBoolean());
        var group = answer.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("parent").GetString() == parent);
        Assert.Equal(0, group.GetProperty("excellent").GetInt64());
        Assert.Equal(children.Count, group.GetProperty("good").GetInt64());
        Assert.False(group.GetProperty("overCap").GetBoolean());

        // The subtree view: one decided, the others still proposals.
        var list = await Json(await reviewer.GetAsync($"/api/campaigns/c1/units/{parent}/decisions"));
        var rows = list.GetProperty("decisions").EnumerateArray().ToDictionary(e => e.GetProperty("unit").GetString()!);
        Assert.Equal("good", rows[children[0]].GetProperty("effective").GetString());
        Assert.Equal("Chưa có mô hình mới nổi bật", rows[children[0]].GetProperty("reason").GetString());
        Assert.True(rows[children[1]].GetProperty("isProposal").GetBoolean());
        Assert.Equal("good", rows[children[1]].GetProperty("proposed").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/campaigns/c1/units/{sibling}/decisions")).StatusCode);

        // The merge at the parent counts the decided level (no HTXS left) and names the proposals.
        var merge = await Json(await reviewer.PostAsync($"/api/campaigns/c1/units/{parent}/merge", null));
        var blocks = merge.GetProperty("report").GetProperty("organizations");
        var block = blocks.EnumerateObject().Single(b => b.Value.GetProperty("total").GetInt64() == children.Count).Value;
        Assert.Equal(0, block.GetProperty("excellent").GetInt64());
        Assert.Equal(children.Count, block.GetProperty("good").GetInt64());
        var decisions = merge.GetProperty("decisions");
        Assert.Equal([children[0]], decisions.GetProperty("decidedUnits").EnumerateArray().Select(e => e.GetString()));
        // Every organization below the parent not decided yet, the other children among them.
        var proposalUnits = decisions.GetProperty("proposalUnits").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.Subset(proposalUnits, children.Skip(1).ToHashSet());
        Assert.DoesNotContain(children[0], proposalUnits);
        Assert.Contains("đề xuất", decisions.GetProperty("summary").GetString());
        var summary = (await Json(await reviewer.GetAsync("/api/campaigns/c1/results"))).EnumerateArray().Last().GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("decided").GetInt32());
        Assert.Equal(proposalUnits.Count, summary.GetProperty("proposals").GetInt32());

        // Audited: who decided what for which unit.
        var audit = (await Json(await app.Client.GetAsync("/api/audit?campaign=c1"))).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "decision").ToList();
        var entry = Assert.Single(audit);
        Assert.Equal(children[0], entry.GetProperty("unit").GetString());
        Assert.Equal("rv", entry.GetProperty("user").GetString());
        Assert.Contains("Chưa có mô hình mới nổi bật", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Over_the_cap_is_a_finding_with_both_denominators_and_a_closed_campaign_refuses()
    {
        using var app = new CampaignApp();
        var (parent, children, _) = await SetUpAsync(app);
        // Everyone HTXS: over the 20% cap whatever the denominator, answered (200) with the finding.
        var bulk = await app.Client.PutAsJsonAsync("/api/campaigns/c1/decisions",
            children.Select(c => new { unit = c, level = "excellent", reason = c == children[0] ? "" : "Nâng theo thẩm định" }).ToList());
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        var answer = await Json(bulk);
        Assert.Equal(children.Count, answer.GetProperty("decisions").GetArrayLength());
        var group = answer.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("parent").GetString() == parent);
        Assert.True(group.GetProperty("overCap").GetBoolean());
        Assert.Equal(children.Count, group.GetProperty("excellent").GetInt64());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("percentOfGood").ValueKind); // no HTT: ÷ HTT undefined
        Assert.Equal(100m, group.GetProperty("percentOfGoodAndExcellent").GetDecimal());
        var finding = Assert.Single(answer.GetProperty("findings").EnumerateArray());
        Assert.Equal("DECISION_QUOTA_EXCEEDED", finding.GetProperty("code").GetString());
        Assert.Contains("HTXS ÷ (HTT + HTXS)", finding.GetProperty("message").GetString());

        // Lowering all but one brings the group back: 1 HTXS of n (÷ HTT = 1/(n-1)).
        var lower = await app.Client.PutAsJsonAsync("/api/campaigns/c1/decisions",
            children.Skip(1).Select(c => new { unit = c, level = "good", reason = "" }).ToList());
        var after = (await Json(lower)).GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("parent").GetString() == parent);
        Assert.Equal(Math.Round(100m / (children.Count - 1), 2), after.GetProperty("percentOfGood").GetDecimal());
        Assert.Equal(Math.Round(100m / children.Count, 2), after.GetProperty("percentOfGoodAndExcellent").GetDecimal());
        Assert.Equal(100m / (children.Count - 1) > 20m, after.GetProperty("overCap").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/campaigns/c1/close", null)).StatusCode);
        var closed = await app.Client.PutAsJsonAsync($"/api/campaigns/c1/units/{children[0]}/decision", new { level = "good", reason = "muộn" });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("excellent", (await Json(await app.Client.GetAsync($"/api/campaigns/c1/units/{parent}/decisions")))
            .GetProperty("decisions").EnumerateArray().Single(e => e.GetProperty("unit").GetString() == children[0]).GetProperty("decided").GetString());
    }
}
