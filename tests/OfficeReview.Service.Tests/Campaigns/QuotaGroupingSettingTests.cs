using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Domain.Model;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// Issue #12 item 1: the comparable group of the members' HTXS cap is a campaign setting (default the whole tổ chức cơ sở
/// đảng). The same submission is clean under the default and has the per-chi-bộ error where the campaign groups by chi bộ.
/// </summary>
public class QuotaGroupingSettingTests
{
    [Fact]
    public async Task The_member_quota_grouping_is_read_from_the_campaign_settings()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        var p = CampaignTestData.Province(units: 8, members: 120);
        var leaf = p.Units.First(u => u.MemberList is not null && u.Unit.Parent is not null);
        // 1 HTXS of 3 HTT in a small chi bộ, 1 HTXS of 13 HTT over the whole organization.
        var list = new List<MemberEntry> { new() { Name = "Nguyễn Văn An", BirthYear = 1970, Cell = "Chi bộ thôn 1", DecidedLevel = RatingLevel.Excellent } };
        for (var i = 0; i < 3; i++) list.Add(new MemberEntry { Name = $"Trần Văn {i}", BirthYear = 1980 + i, Cell = "Chi bộ thôn 1", DecidedLevel = RatingLevel.Good });
        for (var i = 0; i < 10; i++) list.Add(new MemberEntry { Name = $"Lê Thị {i}", BirthYear = 1980 + i, Cell = "Chi bộ thôn 2", DecidedLevel = RatingLevel.Good });
        var report = leaf with { MemberList = list, Members = null, OwnRating = null };

        async Task<(HttpStatusCode Status, JsonElement Body)> Submit(string campaign, object? settings)
        {
            var created = await client.PostAsJsonAsync("/api/campaigns", new { id = campaign, year = 2025, settings, units = CampaignTestData.UnitsOf(p) });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var response = await client.PostAsync($"/api/campaigns/{campaign}/units/{leaf.Unit.Code}/submissions", CampaignTestData.File(CampaignTestData.Json(report), "ds.json"));
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }

        var byDefault = await Submit("mac-dinh", null);
        Assert.Equal(HttpStatusCode.Created, byDefault.Status);
        Assert.Equal(0, byDefault.Body.GetProperty("errors").GetInt32());

        var perCell = await Submit("theo-chi-bo", new { memberQuotaGrouping = "cell" });
        Assert.Equal(HttpStatusCode.Created, perCell.Status);
        Assert.Equal(1, perCell.Body.GetProperty("errors").GetInt32());

        var campaign = JsonDocument.Parse(await client.GetStringAsync("/api/campaigns/theo-chi-bo")).RootElement;
        Assert.Equal("cell", campaign.GetProperty("settings").GetProperty("memberQuotaGrouping").GetString());

        var bad = await client.PostAsJsonAsync("/api/campaigns", new { id = "sai", year = 2025, settings = new { memberQuotaGrouping = 7 }, units = CampaignTestData.UnitsOf(p) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
