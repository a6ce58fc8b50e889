namespace OfficeReview.Service.Features.Campaigns.Storage;

public sealed partial class SqliteCampaignStore
{
    // ---- the campaign's form ----------------------------------------------------------------------------------------

    public async Task<bool> SetFormAsync(CampaignForm form, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var sha = BlobFiles.Hash(content.Span);
        await _write.WaitAsync(ct);
        try
        {
            using var c = Open();
            using (var exists = Command(c, "SELECT COUNT(*) FROM campaigns WHERE id=$c", ("$c", form.CampaignId)))
                if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return false;
            string? old;
            using (var q = Command(c, "SELECT sha256 FROM forms WHERE campaign_id=$c", ("$c", form.CampaignId)))
                old = q.ExecuteScalar() as string;
            // Durable bytes first, then the row that names them.
            _blobs.Write(sha, content.Span);
            using (var up = Command(c, """
                INSERT INTO forms(campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json) VALUES($c,$s,$f,$n,$at,$by,$j)
                ON CONFLICT(campaign_id) DO UPDATE SET sha256=excluded.sha256, file_name=excluded.file_name, size=excluded.size,
                  uploaded_at=excluded.uploaded_at, uploaded_by=excluded.uploaded_by, check_json=excluded.check_json
                """, ("$c", form.CampaignId), ("$s", sha), ("$f", form.FileName), ("$n", (long)content.Length), ("$at", Time(form.UploadedAt)),
                ("$by", form.UploadedBy), ("$j", form.CheckJson)))
                up.ExecuteNonQuery();
            if (old is not null && old != sha && IsSha(old) && !ReferencedBlobs(c).Contains(old)) _blobs.Delete(old);
            return true;
        }
        finally { _write.Release(); }
    }

    public Task<CampaignForm?> GetFormAsync(string campaignId, CancellationToken ct = default)
    {
        using var c = Open();
        using var q = Command(c, "SELECT campaign_id, sha256, file_name, size, uploaded_at, uploaded_by, check_json FROM forms WHERE campaign_id=$c", ("$c", campaignId));
        using var r = q.ExecuteReader();
        if (!r.Read()) return Task.FromResult<CampaignForm?>(null);
        return Task.FromResult<CampaignForm?>(new CampaignForm
        {
            CampaignId = r.GetString(0), Sha256 = r.GetString(1), FileName = r.GetString(2), Size = r.GetInt64(3),
            UploadedAt = Time(r.GetString(4)), UploadedBy = r.IsDBNull(5) ? null : r.GetString(5), CheckJson = r.GetString(6),
        });
    }
}
