using System.Globalization;
using OfficeReview.OpenXml.Workbooks.Templates;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Audit;

/// <summary>GET /api/audit[?campaign=&amp;after=&amp;limit=], /api/audit/export.xlsx[?campaign=], /api/audit/verify (admins; docs/api.md).</summary>
internal static class AuditApi
{
    public const int MaxExportRows = 1_000_000;

    // Every field, null or not, so that an entry can be re-hashed from its JSON.
    private static readonly System.Text.Json.JsonSerializerOptions s_json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (string? campaign, long? after, int? limit, AuditLog log, CancellationToken ct) =>
            Results.Json(await log.Store.ListAuditAsync(Empty(campaign), after ?? 0, Math.Clamp(limit ?? 1000, 1, 10_000), ct), s_json))
            .WithTags("Nhật ký").Doc("ListAudit", "Nhật ký kiểm toán (của một đợt hoặc tất cả), theo trang").Json<List<AuditEntry>>();
        app.MapGet("/api/audit/verify", async (AuditLog log, CancellationToken ct) => Results.Json(await log.Store.VerifyAuditAsync(ct), s_json))
            .WithTags("Nhật ký").Doc("VerifyAudit", "Kiểm tra chuỗi băm của nhật ký kiểm toán").Json<AuditVerification>();
        app.MapGet("/api/audit/export.xlsx", async (string? campaign, AuditLog log, CancellationToken ct) =>
            Results.File(await ExportAsync(log, Empty(campaign), ct), Workbooks.WorkbookApi.XlsxContentType, campaign is null ? "nhat-ky.xlsx" : $"nhat-ky-{campaign}.xlsx"))
            .WithTags("Nhật ký").Doc("ExportAudit", "Xuất nhật ký kiểm toán ra bảng tính").FileResult("Nhật ký (.xlsx).", Workbooks.WorkbookApi.XlsxContentType);
    }

    /// <summary>The audit log (of one campaign, or all) as a workbook, with each entry's hashes (also put in the campaign's archive).</summary>
    public static async Task<byte[]> ExportAsync(AuditLog log, string? campaign, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<string?>>();
        long after = 0;
        while (rows.Count < MaxExportRows)
        {
            var page = await log.Store.ListAuditAsync(campaign, after, 10_000, ct);
            if (page.Count == 0) break;
            foreach (var e in page)
                rows.Add([e.Id.ToString(CultureInfo.InvariantCulture), e.At.ToOffset(Campaigns.CampaignService.VietnamOffset).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                    e.User, e.Action, e.Campaign, e.Unit, e.Target, e.Detail, e.RemoteIp, e.PreviousHash, e.Hash]);
            after = page[^1].Id;
        }
        return TableWorkbook.Write("Nhật ký", campaign is null ? "Nhật ký kiểm toán" : $"Nhật ký kiểm toán — đợt {campaign}",
            ["Số", "Thời điểm", "Người dùng", "Hành động", "Đợt", "Đơn vị", "Đối tượng", "Chi tiết", "Địa chỉ IP", "Băm mục trước", "Băm"], rows);
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
