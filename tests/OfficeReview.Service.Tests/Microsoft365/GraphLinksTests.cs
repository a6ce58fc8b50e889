using Microsoft.Extensions.Options;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Microsoft365;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Microsoft365;

/// <summary>The Microsoft 365 rows (folders, last eTags) on both databases.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GraphLinksTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Folders_and_item_states_round_trip_and_are_kept_per_campaign(string provider)
    {
        using var data = new TempFolder();
        var storage = new StorageOptions { Provider = provider, DataFolder = data.Path };
        if (provider == "postgres") storage.PostgresConnectionString = await postgres.CreateDatabaseAsync();
        var links = new GraphLinks(Options.Create(storage));

        Assert.Empty((await links.GetFoldersAsync("c1")).Folders);
        var at = new DateTimeOffset(2025, 12, 5, 2, 0, 0, TimeSpan.Zero);
        GraphFolder[] folders =
        [
            new() { Unit = "DU", DriveId = "b!ổ-đĩa", Path = "Kiểm điểm/Nộp", Results = new GraphLocation { DriveId = "b!ổ-đĩa", ItemId = "01KQ" } },
            new() { Unit = "DU2", DriveId = "b!khác", ItemId = "01NOP" },
        ];
        await links.SetFoldersAsync(new GraphFolders("c1", folders, at, "quan-tri"));
        var read = await links.GetFoldersAsync("c1");
        Assert.Equal(folders, read.Folders);
        Assert.Equal((at, "quan-tri"), (read.UpdatedAt, read.UpdatedBy));
        await links.SetFoldersAsync(new GraphFolders("c1", folders[1..], at.AddHours(1), null));
        Assert.Equal(folders[1..], (await links.GetFoldersAsync("c1")).Folders);
        Assert.Empty((await links.GetFoldersAsync("c2")).Folders);

        var state = new GraphItemState("b!khác", "01A", "\"{01A},1\"", "CB1.xlsx", "submitted", "CB1", 7, new string('a', 64), at);
        await links.SetItemAsync("c1", state);
        await links.SetItemAsync("c1", state with { ItemId = "01B", Outcome = "Tệp không đọc được", Unit = null, Submission = null, Sha256 = null });
        await links.SetItemAsync("c1", state with { ETag = "\"{01A},2\"", Submission = 9 });
        var items = await links.GetItemsAsync("c1", "b!khác");
        Assert.Equal(2, items.Count);
        Assert.Equal(state with { ETag = "\"{01A},2\"", Submission = 9 }, items["01A"]);
        Assert.Null(items["01B"].Submission);
        Assert.Empty(await links.GetItemsAsync("c2", "b!khác"));
        Assert.Empty(await links.GetItemsAsync("c1", "b!ổ-đĩa"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
