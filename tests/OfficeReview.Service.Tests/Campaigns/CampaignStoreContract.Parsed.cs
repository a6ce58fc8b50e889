using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10 item 5 (parse once): a submission's parsed form is stored next to its bytes, on every store.</summary>
public abstract partial class CampaignStoreContract
{
    [Fact]
    public async Task A_submission_has_no_parsed_form_until_one_is_set_then_every_read_returns_it()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var saved = (await Store.AddSubmissionAsync(NewSubmission("c1", "X1"), Bytes("{\"a\":1}"))).Submission;
        Assert.Null(saved.ParsedSha256);
        Assert.Null((await Store.GetSubmissionAsync("c1", saved.Id))!.ParsedSha256);

        Assert.True(await Store.SetParsedAsync("c1", saved.Id, Bytes("{\"parsed\":1}")));
        var sha = BlobFiles.Hash(Bytes("{\"parsed\":1}"));
        Assert.Equal(sha, (await Store.GetSubmissionAsync("c1", saved.Id))!.ParsedSha256);
        Assert.Equal(sha, Assert.Single(await Store.LatestSubmissionsAsync("c1")).ParsedSha256);
        Assert.Equal(sha, Assert.Single(await Store.ListSubmissionsAsync("c1", "X1")).ParsedSha256);
        Assert.Equal(Bytes("{\"parsed\":1}"), await Store.ReadBlobAsync(sha));
        // The parsed form is a referenced blob: present, right hash, not an orphan.
        var integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(2, integrity.Blobs);

        // Another campaign's id, or no such submission: nothing is set.
        Assert.False(await Store.SetParsedAsync("c2", saved.Id, Bytes("{\"parsed\":2}")));
        Assert.False(await Store.SetParsedAsync("c1", saved.Id + 1000, Bytes("{\"parsed\":2}")));
        Assert.Null(await Store.ReadBlobAsync(BlobFiles.Hash(Bytes("{\"parsed\":2}"))));
        Assert.True((await Store.CheckIntegrityAsync()).IsConsistent);
    }

    [Fact]
    public async Task A_replaced_parsed_form_is_removed_unless_another_submission_still_names_it()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var a = (await Store.AddSubmissionAsync(NewSubmission("c1", "X1"), Bytes("{\"a\":1}"))).Submission;
        var b = (await Store.AddSubmissionAsync(NewSubmission("c1", "X2"), Bytes("{\"a\":1}"))).Submission;
        var shared = BlobFiles.Hash(Bytes("{\"parsed\":\"shared\"}"));
        Assert.True(await Store.SetParsedAsync("c1", a.Id, Bytes("{\"parsed\":\"shared\"}")));
        Assert.True(await Store.SetParsedAsync("c1", b.Id, Bytes("{\"parsed\":\"shared\"}")));

        // a moves on: the shared form stays, b still names it.
        Assert.True(await Store.SetParsedAsync("c1", a.Id, Bytes("{\"parsed\":\"a2\"}")));
        Assert.Equal(Bytes("{\"parsed\":\"shared\"}"), await Store.ReadBlobAsync(shared));
        Assert.True((await Store.CheckIntegrityAsync()).IsConsistent);

        // b moves on too: nothing names it, it is gone, and no orphan is left.
        Assert.True(await Store.SetParsedAsync("c1", b.Id, Bytes("{\"parsed\":\"b2\"}")));
        Assert.Null(await Store.ReadBlobAsync(shared));
        var integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(3, integrity.Blobs);

        // Setting the same form again changes nothing; the submission's own bytes are never removed.
        Assert.True(await Store.SetParsedAsync("c1", b.Id, Bytes("{\"parsed\":\"b2\"}")));
        Assert.Equal(Bytes("{\"a\":1}"), await Store.ReadBlobAsync(a.Sha256));
        Assert.Equal(BlobFiles.Hash(Bytes("{\"parsed\":\"b2\"}")), (await Store.GetSubmissionAsync("c1", b.Id))!.ParsedSha256);
    }
}
