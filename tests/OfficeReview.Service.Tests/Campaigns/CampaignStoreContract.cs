using System.Text;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>The behaviour every <see cref="ICampaignStore"/> must have; run against SQLite and PostgreSQL.</summary>
public abstract partial class CampaignStoreContract : IAsyncLifetime
{
    protected ICampaignStore Store { get; private set; } = null!;
    protected abstract Task<ICampaignStore> CreateStoreAsync();
    public async Task InitializeAsync() => Store = await CreateStoreAsync();
    public virtual Task DisposeAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    private static readonly DateTimeOffset s_t0 = new(2025, 12, 5, 9, 30, 0, TimeSpan.FromHours(7));

    protected static Campaign NewCampaign(string id = "c1") => new()
    {
        Id = id,
        Name = "Kiểm điểm năm 2025 — Đảng bộ tỉnh",
        Year = 2025,
        RulesetId = "366",
        Settings = new CampaignSettings { PercentPrecision = 1, QuotaDenominator = QuotaDenominator.GoodAndExcellent },
        Deadlines = [new Deadline { UnitKind = "chi-bo-truc-thuoc", Due = new DateTimeOffset(2025, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), Label = "Chi bộ nộp đảng ủy" }],
        CreatedAt = s_t0,
    };

    protected static NewSubmission NewSubmission(string campaign, string unit, string file = "bao-cao.json", int errors = 0) => new()
    {
        CampaignId = campaign, UnitCode = unit, FileName = file, ReceivedAt = s_t0.AddMinutes(5), Readable = true,
        Errors = errors, Warnings = 1, RulesetId = "366", ClaimedUnit = unit, ClaimedYear = 2025, ValidationJson = "{\"findings\":[]}",
    };

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Campaign_round_trips_with_settings_and_deadlines()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var read = await Store.GetCampaignAsync("c1");
        Assert.NotNull(read);
        Assert.Equal("Kiểm điểm năm 2025 — Đảng bộ tỉnh", read!.Name);
        Assert.Equal(2025, read.Year);
        Assert.Equal(1, read.Settings.PercentPrecision);
        Assert.Equal(QuotaDenominator.GoodAndExcellent, read.Settings.QuotaDenominator);
        var deadline = Assert.Single(read.Deadlines);
        Assert.Equal(new DateTimeOffset(2025, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), deadline.Due);
        Assert.Equal(s_t0, read.CreatedAt);
        Assert.Null(await Store.GetCampaignAsync("nope"));

        Assert.True(await Store.UpdateCampaignAsync(read with { Name = "Đổi tên", Deadlines = [] }));
        Assert.Equal("Đổi tên", (await Store.GetCampaignAsync("c1"))!.Name);
        Assert.Empty((await Store.GetCampaignAsync("c1"))!.Deadlines);
        Assert.False(await Store.UpdateCampaignAsync(read with { Id = "nope" }));
        await Store.CreateCampaignAsync(NewCampaign("c2"));
        Assert.Equal(["c1", "c2"], (await Store.ListCampaignsAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task Units_are_replaced_whole_and_kept_in_order()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        UnitInfo[] units =
        [
            UnitInfos.Create("T", "Đảng bộ tỉnh", UnitKind.ProvincialCommittee),
            UnitInfos.Create("X2", "Đảng bộ xã Hòa Bình", UnitKind.UpperCommittee, "xa", "T"),
            UnitInfos.Create("X1", "Đảng bộ phường Ánh Dương", UnitKind.UpperCommittee, "phuong", "T"),
        ];
        await Store.ReplaceUnitsAsync("c1", units);
        Assert.Equal(units, await Store.GetUnitsAsync("c1"));
        await Store.ReplaceUnitsAsync("c1", units[..2]);
        Assert.Equal(units[..2], await Store.GetUnitsAsync("c1"));
    }

    [Fact]
    public async Task Same_bytes_twice_is_one_submission_and_new_bytes_supersede_keeping_every_version()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var first = await Store.AddSubmissionAsync(NewSubmission("c1", "X1", "v1.json"), Bytes("{\"v\":1}"));
        Assert.True(first.Created);
        Assert.Equal(1, first.Submission.Version);
        var again = await Store.AddSubmissionAsync(NewSubmission("c1", "X1", "renamed.json"), Bytes("{\"v\":1}"));
        Assert.False(again.Created);
        Assert.Equal(first.Submission.Id, again.Submission.Id);
        Assert.Equal("v1.json", again.Submission.FileName);

        var second = await Store.AddSubmissionAsync(NewSubmission("c1", "X1", "v2.json", errors: 3), Bytes("{\"v\":2}"));
        Assert.True(second.Created);
        Assert.Equal(2, second.Submission.Version);
        Assert.Equal(3, second.Submission.Errors);

        var versions = await Store.ListSubmissionsAsync("c1", "X1");
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        var latest = Assert.Single(await Store.LatestSubmissionsAsync("c1"));
        Assert.Equal(second.Submission.Id, latest.Id);
        Assert.Equal(Bytes("{\"v\":1}"), await Store.ReadBlobAsync(first.Submission.Sha256));
        Assert.Equal(Bytes("{\"v\":2}"), await Store.ReadBlobAsync(latest.Sha256));
        Assert.Equal(second.Submission, await Store.GetSubmissionAsync("c1", second.Submission.Id));
        Assert.Equal(7, latest.Size);
        Assert.Equal("366", latest.RulesetId);
        Assert.Equal(s_t0.AddMinutes(5), latest.ReceivedAt);
    }

    [Fact]
    public async Task Same_bytes_for_another_unit_or_campaign_are_separate_submissions()
    {
        await Store.CreateCampaignAsync(NewCampaign("c1"));
        await Store.CreateCampaignAsync(NewCampaign("c2"));
        var a = await Store.AddSubmissionAsync(NewSubmission("c1", "A"), Bytes("cùng nội dung"));
        var b = await Store.AddSubmissionAsync(NewSubmission("c1", "B"), Bytes("cùng nội dung"));
        var c = await Store.AddSubmissionAsync(NewSubmission("c2", "A"), Bytes("cùng nội dung"));
        Assert.True(a.Created && b.Created && c.Created);
        Assert.Equal(a.Submission.Sha256, b.Submission.Sha256);
        Assert.Equal(2, (await Store.ListSubmissionsAsync("c1")).Count);
        Assert.Single(await Store.ListSubmissionsAsync("c2"));
        Assert.Null(await Store.GetSubmissionAsync("c2", a.Submission.Id));
        Assert.Null(await Store.ReadBlobAsync(new string('0', 64)));
    }

    [Fact]
    public async Task Concurrent_submissions_are_all_stored_with_distinct_versions()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var units = Enumerable.Range(0, 40).Select(i => $"U{i:000}").ToList();
        var tasks = units.Select(u => Task.Run(() => Store.AddSubmissionAsync(NewSubmission("c1", u), Bytes($"{{\"unit\":\"{u}\"}}"))))
            .Concat(Enumerable.Range(0, 10).Select(i => Task.Run(() => Store.AddSubmissionAsync(NewSubmission("c1", "SAME"), Bytes($"{{\"version\":{i}}}")))))
            .ToList();
        var saved = await Task.WhenAll(tasks);
        Assert.All(saved, s => Assert.True(s.Created));
        Assert.Equal(50, (await Store.ListSubmissionsAsync("c1")).Count);
        Assert.Equal(Enumerable.Range(1, 10), (await Store.ListSubmissionsAsync("c1", "SAME")).Select(s => s.Version).Order());
        Assert.Equal(41, (await Store.LatestSubmissionsAsync("c1")).Count);
        var integrity = await Store.CheckIntegrityAsync();
        Assert.True(integrity.IsConsistent, string.Join(", ", integrity.MissingBlobs.Concat(integrity.OrphanBlobs)));
        Assert.Equal(50, integrity.Submissions);
    }

    [Fact]
    public async Task Results_store_json_and_workbook()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var stored = await Store.AddResultAsync(new NewResult { CampaignId = "c1", UnitCode = "T", CreatedAt = s_t0, SummaryJson = "{\"units\":3}" },
            Bytes("{\"report\":{}}"), Bytes("PK-workbook"));
        var read = await Store.GetResultAsync("c1", stored.Id);
        Assert.Equal(stored, read);
        Assert.Equal(Bytes("PK-workbook"), await Store.ReadBlobAsync(read!.WorkbookSha256!));
        Assert.Equal(Bytes("{\"report\":{}}"), await Store.ReadBlobAsync(read.JsonSha256));
        Assert.Single(await Store.ListResultsAsync("c1"));
        Assert.Null(await Store.GetResultAsync("c2", stored.Id));
        Assert.True((await Store.CheckIntegrityAsync()).IsConsistent);
    }
}

public sealed class SqliteCampaignStoreTests : CampaignStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"officereview-sqlite-{Guid.NewGuid():N}");

    protected override Task<ICampaignStore> CreateStoreAsync() => Task.FromResult<ICampaignStore>(new SqliteCampaignStore(_folder));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Database_is_in_wal_mode_and_blobs_are_files_named_by_their_hash()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var saved = await Store.AddSubmissionAsync(NewSubmission("c1", "A"), Bytes("nội dung"));
        var path = Path.Combine(_folder, "blobs", saved.Submission.Sha256[..2], saved.Submission.Sha256);
        Assert.Equal(Bytes("nội dung"), await File.ReadAllBytesAsync(path));
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "officereview.db")}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
    }

    [Fact]
    public async Task Leftovers_of_a_crash_are_cleaned_on_start_and_damage_is_reported()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var kept = await Store.AddSubmissionAsync(NewSubmission("c1", "A"), Bytes("giữ lại"));
        ((IDisposable)Store).Dispose();
        // A crash between the blob and the row, and one in the middle of writing a blob.
        var orphan = BlobFiles.Hash(Bytes("mồ côi"));
        Directory.CreateDirectory(Path.Combine(_folder, "blobs", orphan[..2]));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "blobs", orphan[..2], orphan), Bytes("mồ côi"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "tmp", "half.tmp"), Bytes("nửa"));

        var reopened = new SqliteCampaignStore(_folder);
        try
        {
            var integrity = await reopened.CheckIntegrityAsync();
            Assert.True(integrity.IsConsistent);
            Assert.Equal(1, integrity.Blobs);
            Assert.Equal(Bytes("giữ lại"), await reopened.ReadBlobAsync(kept.Submission.Sha256));

            // Damage after the fact is reported, not hidden.
            await File.WriteAllBytesAsync(Path.Combine(_folder, "blobs", kept.Submission.Sha256[..2], kept.Submission.Sha256), Bytes("hỏng"));
            Assert.Equal([kept.Submission.Sha256], (await reopened.CheckIntegrityAsync()).CorruptBlobs);
        }
        finally { reopened.Dispose(); }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCampaignStoreTests(PostgresServer server) : CampaignStoreContract
{
    protected override async Task<ICampaignStore> CreateStoreAsync() => new PostgresCampaignStore(await server.CreateDatabaseAsync());
}

/// <summary>The cloud configuration: rows in PostgreSQL, bytes in Azure Blob Storage (Azurite).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBlobCampaignStoreTests(PostgresServer server, AzuriteServer azurite) : CampaignStoreContract
{
    private readonly string _container = AzuriteServer.NewContainer();

    protected override async Task<ICampaignStore> CreateStoreAsync() =>
        new PostgresCampaignStore(await server.CreateDatabaseAsync(), AzureBlobContent.Create(azurite.Options(_container)));

    [Fact]
    public async Task Bytes_are_blobs_named_by_their_hash_and_rows_keep_only_hash_and_size()
    {
        await Store.CreateCampaignAsync(NewCampaign());
        var saved = await Store.AddSubmissionAsync(NewSubmission("c1", "A"), Bytes("nội dung trên Blob"));
        var sha = saved.Submission.Sha256;
        var blob = azurite.Container(_container).GetBlobClient($"{sha[..2]}/{sha}");
        Assert.Equal(Bytes("nội dung trên Blob"), (await blob.DownloadContentAsync()).Value.Content.ToArray());
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(sha, properties.Metadata["sha256"]);
        Assert.Equal(System.Security.Cryptography.MD5.HashData(Bytes("nội dung trên Blob")), properties.ContentHash);
        Assert.Equal(Bytes("nội dung trên Blob"), await Store.ReadBlobAsync(sha));

        // Damage in the container is reported by the integrity check and never served as the file.
        await blob.UploadAsync(BinaryData.FromBytes(Bytes("hỏng")), overwrite: true);
        Assert.Equal([sha], (await Store.CheckIntegrityAsync()).CorruptBlobs);
        await Assert.ThrowsAsync<InvalidDataException>(() => Store.ReadBlobAsync(sha));
        // …and a missing one as missing.
        await blob.DeleteAsync();
        Assert.Equal([sha], (await Store.CheckIntegrityAsync()).MissingBlobs);
    }
}
