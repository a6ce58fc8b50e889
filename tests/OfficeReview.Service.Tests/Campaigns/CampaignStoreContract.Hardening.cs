using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Closed campaigns, the stored "late" flag and the usage counts behind the quotas — the same on every store.</summary>
public abstract partial class CampaignStoreContract
{
    [Fact]
    public async Task A_closed_campaign_refuses_new_submissions_and_keeps_the_old_ones()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var before = await Store.AddSubmissionAsync(NewSubmission("c1", "X1"), Bytes("{\"v\":1}"));
        Assert.Null((await Store.GetCampaignAsync("c1"))!.ClosedAt);

        var closedAt = new DateTimeOffset(2025, 12, 20, 17, 0, 0, TimeSpan.FromHours(7));
        var closed = await Store.CloseCampaignAsync("c1", closedAt);
        Assert.Equal(closedAt, closed!.ClosedAt);
        Assert.Equal("closed", closed.State);
        // Closing again keeps the first time.
        Assert.Equal(closedAt, (await Store.CloseCampaignAsync("c1", closedAt.AddDays(1)))!.ClosedAt);
        Assert.Null(await Store.CloseCampaignAsync("nope", closedAt));

        var refused = await Assert.ThrowsAsync<CampaignProblemException>(() => Store.AddSubmissionAsync(NewSubmission("c1", "X1"), Bytes("{\"v\":2}")));
        Assert.Equal(409, refused.Status);
        Assert.Contains("đã đóng", refused.Detail);
        var kept = Assert.Single(await Store.ListSubmissionsAsync("c1"));
        Assert.Equal(before.Submission.Id, kept.Id);
        // An update of the name does not reopen it.
        Assert.True(await Store.UpdateCampaignAsync(closed with { Name = "Đổi tên" }));
        Assert.Equal(closedAt, (await Store.GetCampaignAsync("c1"))!.ClosedAt);
    }

    [Fact]
    public async Task Late_is_stored_with_the_submission_and_usage_counts_versions_and_bytes()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        Assert.Equal((0, 0L), await Store.UsageAsync("c1", "X1"));
        var onTime = await Store.AddSubmissionAsync(NewSubmission("c1", "X1"), Bytes("{\"v\":1}"));
        var late = await Store.AddSubmissionAsync(NewSubmission("c1", "X1") with { Late = true }, Bytes("{\"v\":22}"));
        await Store.AddSubmissionAsync(NewSubmission("c1", "X2"), Bytes("{\"v\":333}"));
        Assert.False((await Store.GetSubmissionAsync("c1", onTime.Submission.Id))!.Late);
        Assert.True((await Store.GetSubmissionAsync("c1", late.Submission.Id))!.Late);
        Assert.Equal([false, true], (await Store.ListSubmissionsAsync("c1", "X1")).Select(s => s.Late));

        var (versions, bytes) = await Store.UsageAsync("c1", "X1");
        Assert.Equal(2, versions);
        // Every file's bytes plus the validation JSON kept with it.
        var json = NewSubmission("c1", "X1").ValidationJson.Length;
        Assert.Equal(7 + 8 + 9 + 3L * json, bytes);
        Assert.Equal(1, (await Store.UsageAsync("c1", "X2")).UnitVersions);
    }

    [Fact]
    public async Task Submissions_racing_a_close_are_either_stored_and_listed_or_refused_with_409()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        using var start = new SemaphoreSlim(0);
        var adds = Enumerable.Range(1, 24).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            try { return (i, (await Store.AddSubmissionAsync(NewSubmission("c1", $"X{i}"), Bytes($"{{\"v\":{i}}}"))).Submission.Id as long?); }
            catch (CampaignProblemException e) when (e.Status == 409) { return (i, null); }
        })).ToList();
        var close = Task.Run(async () =>
        {
            await start.WaitAsync();
            return await Store.CloseCampaignAsync("c1", NewCampaign().CreatedAt.AddDays(1));
        });
        start.Release(25);
        var results = await Task.WhenAll(adds);
        Assert.Equal("closed", (await close)!.State);
        var stored = results.Where(r => r.Item2 is not null).Select(r => r.Item2!.Value).Order().ToList();
        Assert.Equal(stored, (await Store.ListSubmissionsAsync("c1")).Select(s => s.Id).Order());
        // After the close nothing more gets in.
        await Assert.ThrowsAsync<CampaignProblemException>(() => Store.AddSubmissionAsync(NewSubmission("c1", "Y"), Bytes("{\"late\":1}")));
        Assert.Equal(stored.Count, (await Store.ListSubmissionsAsync("c1")).Count);
    }
}
