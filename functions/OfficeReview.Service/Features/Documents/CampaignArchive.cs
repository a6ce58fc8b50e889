using System.IO.Compression;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Documents;

/// <summary>
/// The campaign's archive (GET /api/campaigns/{id}/archive): the approved documents and their approval records, the
/// newest consolidated workbook at each unit, the campaign's audit log, and manifest.json listing every file with its
/// SHA-256 and size. An approved document's SHA-256 in the manifest equals the one in its approval record.
/// </summary>
public sealed class CampaignArchive(CampaignService campaigns, AuditLog audit)
{
    public sealed record ArchiveEntry(string Path, string Sha256, long Size, string? Kind = null, string? DocumentNumber = null);

    public async Task<byte[]> BuildAsync(string campaignId, CancellationToken ct = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var store = campaigns.Store;
        var files = new List<(string Path, byte[] Bytes, string? Kind, string? Number)>();
        foreach (var doc in (await store.ListDocumentsAsync(campaignId, ct)).Where(d => d.State == "approved" && d.ApprovedSha256 is not null))
        {
            var bytes = await store.ReadBlobAsync(doc.ApprovedSha256!, ct)
                ?? throw new CampaignProblemException(500, "Thiếu tệp văn bản", $"Không đọc được tệp đã duyệt của văn bản số {doc.Id} ({doc.FileName}).");
            var name = $"van-ban/{doc.Id:D4}-{doc.FileName}";
            files.Add((name, bytes, doc.Kind, doc.DocumentNumber));
            files.Add((name + ".approval.json", Encoding.UTF8.GetBytes(doc.ApprovalJson ?? "{}"), doc.Kind, doc.DocumentNumber));
        }
        foreach (var result in (await store.ListResultsAsync(campaignId, ct)).Where(r => r.WorkbookSha256 is not null).GroupBy(r => r.UnitCode).Select(g => g.MaxBy(r => r.Id)!))
            if (await store.ReadBlobAsync(result.WorkbookSha256!, ct) is { } xlsx)
                files.Add(("tong-hop/" + Domain.Text.SafeText.FileName($"tong-hop-{result.UnitCode}-{result.Id}.xlsx", $"tong-hop-{result.Id}.xlsx"), xlsx, null, null));
        files.Add(($"nhat-ky-{campaign.Id}.xlsx", await AuditApi.ExportAsync(audit, campaign.Id, ct), null, null));

        var manifest = new
        {
            schema = "officereview.archive/1",
            campaign = campaign.Id,
            year = campaign.Year,
            createdAt = campaigns.Clock.GetUtcNow().ToOffset(CampaignService.VietnamOffset),
            files = files.Select(f => new ArchiveEntry(f.Path, DocumentService.Hash(f.Bytes), f.Bytes.Length, f.Kind, f.Number)).ToList(),
        };
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes, _, _) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                await using var s = entry.Open();
                await s.WriteAsync(bytes, ct);
            }
            var m = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
            await using var ms2 = m.Open();
            await JsonSerializer.SerializeAsync(ms2, manifest, CampaignApi.Json, ct);
        }
        return ms.ToArray();
    }
}
