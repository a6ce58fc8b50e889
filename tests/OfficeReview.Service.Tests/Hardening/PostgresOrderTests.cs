using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>Versions in arrival order and the closed state on the PostgreSQL store, through the whole service.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresOrderTests(PostgresServer postgres)
{
    [Fact]
    public async Task Concurrent_submissions_get_versions_in_arrival_order_and_a_close_stops_them()
    {
        using var app = new CampaignApp(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = await postgres.CreateDatabaseAsync(),
        });
        var p = CampaignTestData.Province(units: 12, members: 150);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c1", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        app.Clock.Step = TimeSpan.FromMilliseconds(3);
        var leaf = p.Units.First(u => u.MemberList is not null);
        var json = CampaignTestData.Json(leaf);
        var sends = Enumerable.Range(1, 20).Select(i =>
            app.Client.PostAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions", CampaignTestData.File([.. json, .. Enumerable.Repeat((byte)' ', i)], $"v{i}.json"))).ToList();
        foreach (var r in await Task.WhenAll(sends)) Assert.Equal(HttpStatusCode.Created, r.StatusCode);

        var versions = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions")).RootElement.EnumerateArray()
            .Select(v => (Version: v.GetProperty("version").GetInt32(), At: v.GetProperty("receivedAt").GetDateTimeOffset()))
            .OrderBy(v => v.Version).ToList();
        Assert.Equal(Enumerable.Range(1, 20), versions.Select(v => v.Version));
        for (var i = 1; i < versions.Count; i++) Assert.True(versions[i].At > versions[i - 1].At, $"version {versions[i].Version} is not the later arrival");

        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/campaigns/c1/close", null)).StatusCode);
        var refused = await app.Client.PostAsync($"/api/campaigns/c1/units/{leaf.Unit.Code}/submissions", CampaignTestData.File([.. json, (byte)'\n'], "sau.json"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }
}
