using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #14: a campaign's own form (a tagged workbook) is stored with its check, on every store.</summary>
public abstract partial class CampaignStoreContract
{
    private static CampaignForm Form(string campaign, string file) => new()
    {
        CampaignId = campaign, FileName = file, UploadedAt = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)), UploadedBy = "admin", CheckJson = "{\"tagged\":[]}",
    };

    [Fact]
    public async Task A_campaign_form_is_stored_replaced_and_its_old_bytes_removed()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        Assert.Null(await Store.GetFormAsync("c1"));
        Assert.False(await Store.SetFormAsync(Form("nope", "f.xlsx"), Bytes("PK form 0")));

        Assert.True(await Store.SetFormAsync(Form("c1", "bieu-tinh.xlsx"), Bytes("PK form 1")));
        var first = await Store.GetFormAsync("c1");
        Assert.NotNull(first);
        Assert.Equal(BlobFiles.Hash(Bytes("PK form 1")), first!.Sha256);
        Assert.Equal(("bieu-tinh.xlsx", 9L, "admin", "{\"tagged\":[]}"), (first.FileName, first.Size, first.UploadedBy, first.CheckJson));
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero), first.UploadedAt.ToUniversalTime());
        Assert.Equal(Bytes("PK form 1"), await Store.ReadBlobAsync(first.Sha256));
        var integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(1, integrity.Blobs);

        // Replaced: the old bytes go (nothing else names them), the new ones are read back.
        Assert.True(await Store.SetFormAsync(Form("c1", "bieu-tinh-2.xlsx"), Bytes("PK form 2")));
        Assert.Null(await Store.ReadBlobAsync(first.Sha256));
        Assert.Equal("bieu-tinh-2.xlsx", (await Store.GetFormAsync("c1"))!.FileName);
        integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(1, integrity.Blobs);
    }

    [Fact]
    public async Task A_form_shared_by_two_campaigns_keeps_its_bytes_until_neither_names_them()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        await Store.CreateCampaignAsync(NewCampaign("c2"));
        var shared = BlobFiles.Hash(Bytes("PK shared form"));
        Assert.True(await Store.SetFormAsync(Form("c1", "chung.xlsx"), Bytes("PK shared form")));
        Assert.True(await Store.SetFormAsync(Form("c2", "chung.xlsx"), Bytes("PK shared form")));
        Assert.Equal(1, (await Store.CheckIntegrityAsync()).Blobs);

        // c1 moves to its own form: c2 still names the shared bytes.
        Assert.True(await Store.SetFormAsync(Form("c1", "rieng.xlsx"), Bytes("PK own form")));
        Assert.Equal(Bytes("PK shared form"), await Store.ReadBlobAsync(shared));
        var integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(2, integrity.Blobs);

        // c2 too: now nothing names them.
        Assert.True(await Store.SetFormAsync(Form("c2", "rieng-2.xlsx"), Bytes("PK own form 2")));
        Assert.Null(await Store.ReadBlobAsync(shared));
        integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent);
        Assert.Equal(2, integrity.Blobs);
    }
}
