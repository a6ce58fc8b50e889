namespace OfficeReview.Service.Features.Campaigns.Storage;

/// <summary>Configuration section "Storage" (+ ConnectionStrings:Postgres, ConnectionStrings:Blob).</summary>
internal sealed class StorageOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default: SQLite + files under <see cref="DataFolder"/>) or "postgres".</summary>
    public string Provider { get; set; } = Sqlite;
    /// <summary>Folder of the SQLite database and the blob files (default ./data).</summary>
    public string DataFolder { get; set; } = "./data";
    /// <summary>Filled from ConnectionStrings:Postgres.</summary>
    public string? PostgresConnectionString { get; set; }
    /// <summary>Storage:Blob — blob bytes in Azure Blob Storage (with Provider=postgres); see <see cref="BlobStorageOptions"/>.</summary>
    public BlobStorageOptions Blob { get; set; } = new();
}
