using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Hardening;

/// <summary>The data folder holds members' personal data: private to the service's user on Unix.</summary>
public class DataFolderTests
{
    [Fact]
    public async Task The_data_folder_is_0700_and_its_files_0600()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, (UnixFileMode)0b111_111_111);
        File.WriteAllText(Path.Combine(data, "left-over.txt"), "x");
        File.SetUnixFileMode(Path.Combine(data, "left-over.txt"), (UnixFileMode)0b110_110_110);
        using (var store = new SqliteCampaignStore(data))
        {
            await store.CreateCampaignAsync(new Campaign { Id = "c1", Name = "c", Year = 2025, RulesetId = "366", CreatedAt = DateTimeOffset.UtcNow });
            await store.AddSubmissionAsync(new NewSubmission
            {
                CampaignId = "c1", UnitCode = "X", FileName = "x.json", ReceivedAt = DateTimeOffset.UtcNow, Readable = true, Errors = 0, Warnings = 0, ValidationJson = "{}",
            }, "{\"a\":1}"u8.ToArray());
            Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(data));
            Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(Path.Combine(data, "left-over.txt")));
            Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(Path.Combine(data, "officereview.db")));
            var blob = Directory.EnumerateFiles(Path.Combine(data, "blobs"), "*", SearchOption.AllDirectories).Single();
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(blob) & (UnixFileMode)0b000_111_111);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
