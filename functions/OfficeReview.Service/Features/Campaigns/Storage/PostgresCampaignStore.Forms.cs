using Npgsql;
using NpgsqlTypes;

namespace OfficeReview.Service.Features.Campaigns.Storage;

public sealed partial class PostgresCampaignStore
{
    // ---- the campaign's form ----------------------------------------------------------------------------------------

    public async Task<bool> SetFormAsync(CampaignForm form, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using (var exists = Command(c, "SELECT 1 FROM campaigns WHERE id=@c FOR UPDATE", ("c", form.CampaignId)))
            if (await exists.ExecuteScalarAsync(ct) is null) return false;
        string? old;
        await using (var q = Command(c, "SELECT sha256 FROM forms WHERE campaign_id=@c", ("c", form.CampaignId)))
            old = await q.ExecuteScalarAsync(ct) as string;
        await using (var blob = Command(c, "INSERT INTO blobs(sha256, size, content) VALUES(@sha, @size, @content) ON CONFLICT (sha256) DO NOTHING",
            ("sha", sha), ("size", (long)content.Length)))
        {
            blob.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = content });
            await blob.ExecuteNonQueryAsync(ct);
        }
        await using (var up = Command(c, """
            INSERT INTO forms(campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json) VALUES(@c,@s,@f,@n,@at,@by,@j)
            ON CONFLICT(campaign_id) DO UPDATE SET sha256=excluded.sha256, file_name=excluded.file_name, size=excluded.size,
              uploaded_at=excluded.uploaded_at, uploaded_by=excluded.uploaded_by, check_json=excluded.check_json
            """, ("c", form.CampaignId), ("s", sha), ("f", form.FileName), ("n", (long)content.Length), ("at", Utc(form.UploadedAt)),
            ("by", form.UploadedBy), ("j", form.CheckJson)))
            await up.ExecuteNonQueryAsync(ct);
        if (old is not null && old != sha)
            await using (var d = Command(c, """
                DELETE FROM blobs b WHERE b.sha256=@old
                  AND NOT EXISTS (SELECT 1 FROM submissions WHERE sha256=@old OR parsed_sha256=@old)
                  AND NOT EXISTS (SELECT 1 FROM results WHERE json_sha256=@old OR workbook_sha256=@old)
                  AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256=@old OR approved_sha256=@old)
                  AND NOT EXISTS (SELECT 1 FROM forms WHERE sha256=@old)
                """, ("old", old)))
                await d.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<CampaignForm?> GetFormAsync(string campaignId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var q = Command(c, "SELECT campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json FROM forms WHERE campaign_id=@c", ("c", campaignId));
        await using var r = await q.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new CampaignForm
        {
            CampaignId = r.GetString(0), Sha256 = r.GetString(1), FileName = r.GetString(2), Size = r.GetInt64(3),
            UploadedAt = Time(r, 4), UploadedBy = r.IsDBNull(5) ? null : r.GetString(5), CheckJson = r.GetString(6),
        };
    }
}
