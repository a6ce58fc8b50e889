using System.Data.Common;
using System.Text.Json;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Campaigns.Storage.Migrations;

namespace OfficeReview.Service.Features.Microsoft365;

/// <summary>A folder of a SharePoint / OneDrive drive: by item id, or by path from the drive's root.</summary>
internal sealed record GraphLocation
{
    public string? DriveId { get; init; }
    public string? ItemId { get; init; }
    public string? Path { get; init; }
}

/// <summary>
/// The folder a level (<see cref="Unit"/>) collects its subordinates' workbooks from, and optionally the folder its
/// consolidated workbooks and approved documents are saved back to.
/// </summary>
internal sealed record GraphFolder
{
    public string Unit { get; init; } = "";
    public string DriveId { get; init; } = "";
    public string? ItemId { get; init; }
    public string? Path { get; init; }
    public GraphLocation? Results { get; init; }
}

internal sealed record GraphFoldersRequest(IReadOnlyList<GraphFolder>? Folders);

internal sealed record GraphFolders(string Campaign, IReadOnlyList<GraphFolder> Folders, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>What the last pull saw of one drive item (its eTag) and what became of it.</summary>
internal sealed record GraphItemState(string DriveId, string ItemId, string ETag, string Name, string Outcome, string? Unit, long? Submission, string? Sha256, DateTimeOffset At);

/// <summary>
/// The rows of the Microsoft 365 link: each campaign's folders and each pulled item's last eTag. Kept in the campaign
/// database (SQLite file or PostgreSQL, by Storage:Provider) in two tables of their own, made by their own numbered
/// scripts (Microsoft365/Migrations/&lt;dialect&gt;, journal graph_migrations) when the database is first opened here.
/// </summary>
internal sealed class GraphLinks : IDisposable
{
    private readonly StorageOptions _storage;
    private readonly Lazy<MigratedSqlite> _sqlite;
    private readonly Lazy<MigratedPostgres> _postgres;

    public GraphLinks(Microsoft.Extensions.Options.IOptions<StorageOptions> storage)
    {
        _storage = storage.Value;
        _sqlite = new(() => new MigratedSqlite(Path.Combine(Path.GetFullPath(_storage.DataFolder), "officereview.db"), Migrations(sqlite: true)));
        _postgres = new(() => new MigratedPostgres(_storage.PostgresConnectionString!, Migrations(sqlite: false)));
    }

    /// <summary>The link's own schema scripts and journal, beside the campaign store's in the same database.</summary>
    internal static MigrationSet Migrations(bool sqlite) => new()
    {
        Store = sqlite ? "Microsoft 365 (SQLite, officereview.db)" : "Microsoft 365 (PostgreSQL)",
        Journal = "graph_migrations",
        Scripts = MigrationSet.Embedded(sqlite ? "microsoft365/Sqlite" : "microsoft365/Postgres"),
        AdvisoryLock = sqlite ? null : 7270403, // instances starting together: one migrates at a time
    };

    private bool Postgres => (_storage.Provider ?? StorageOptions.Sqlite).Trim().ToLowerInvariant() is StorageOptions.Postgres or "postgresql" or "npgsql";

    private async Task<DbConnection> OpenAsync(CancellationToken ct) => Postgres ? await _postgres.Value.OpenAsync(ct) : _sqlite.Value.Open();

    public void Dispose()
    {
        if (_sqlite.IsValueCreated) _sqlite.Value.Dispose();
        if (_postgres.IsValueCreated) _postgres.Value.Dispose();
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public async Task<GraphFolders> GetFoldersAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Db.Command(c, null, "SELECT folders, updated_at, updated_by FROM graph_folders WHERE campaign_id=@c", ("c", campaignId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return new GraphFolders(campaignId, [], null, null);
        return new GraphFolders(campaignId, JsonSerializer.Deserialize<List<GraphFolder>>(r.GetString(0), s_json) ?? [],
            DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(2) ? null : r.GetString(2));
    }

    public async Task SetFoldersAsync(GraphFolders folders, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Db.Command(c, null, """
            INSERT INTO graph_folders(campaign_id, folders, updated_at, updated_by) VALUES(@c, @f, @at, @by)
            ON CONFLICT(campaign_id) DO UPDATE SET folders=excluded.folders, updated_at=excluded.updated_at, updated_by=excluded.updated_by
            """, ("c", folders.Campaign), ("f", JsonSerializer.Serialize(folders.Folders, s_json)),
            ("at", (folders.UpdatedAt ?? DateTimeOffset.UtcNow).ToString("O", System.Globalization.CultureInfo.InvariantCulture)), ("by", folders.UpdatedBy));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<Dictionary<string, GraphItemState>> GetItemsAsync(string campaignId, string driveId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Db.Command(c, null, "SELECT item_id, etag, name, outcome, unit_code, submission_id, sha256, at FROM graph_items WHERE campaign_id=@c AND drive_id=@d",
            ("c", campaignId), ("d", driveId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var map = new Dictionary<string, GraphItemState>(StringComparer.Ordinal);
        while (await r.ReadAsync(ct))
            map[r.GetString(0)] = new GraphItemState(driveId, r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetString(6),
                DateTimeOffset.Parse(r.GetString(7), System.Globalization.CultureInfo.InvariantCulture));
        return map;
    }

    public async Task SetItemAsync(string campaignId, GraphItemState item, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Db.Command(c, null, """
            INSERT INTO graph_items(campaign_id, drive_id, item_id, etag, name, outcome, unit_code, submission_id, sha256, at)
            VALUES(@c, @d, @i, @e, @n, @o, @u, @s, @h, @at)
            ON CONFLICT(campaign_id, drive_id, item_id) DO UPDATE SET etag=excluded.etag, name=excluded.name, outcome=excluded.outcome,
                unit_code=excluded.unit_code, submission_id=excluded.submission_id, sha256=excluded.sha256, at=excluded.at
            """, ("c", campaignId), ("d", item.DriveId), ("i", item.ItemId), ("e", item.ETag), ("n", item.Name), ("o", item.Outcome),
            ("u", item.Unit), ("s", item.Submission), ("h", item.Sha256), ("at", item.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
