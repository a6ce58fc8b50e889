using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using OfficeReview.Domain.Model;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Features.Microsoft365;

internal sealed record PulledFile(string File, string ItemId, string? Unit, long? Submission, int? Version, bool? Created, int? Errors, string? Reason);

/// <summary>One folder's pull: what was listed, submitted, left alone (same eTag), refused (with the reason) or failed.</summary>
internal sealed record FolderPull(string Unit, string DriveId, string FolderId, int Listed, int Pages,
    IReadOnlyList<PulledFile> Submitted, IReadOnlyList<PulledFile> Unchanged, IReadOnlyList<PulledFile> Refused, IReadOnlyList<PulledFile> Failed, string? Problem);

internal sealed record GraphPullReport(string Campaign, IReadOnlyList<FolderPull> Folders, int Retries);

internal sealed record SavedFile(string Unit, string Kind, string File, string ItemId, long Size, string? ETag);

internal sealed record GraphPublishReport(string Campaign, IReadOnlyList<SavedFile> Saved, IReadOnlyList<string> Problems);

/// <summary>
/// Microsoft 365 folders of a campaign: pulls subordinate workbooks from each level's folder and submits each as the
/// unit it names (refusing one that names a unit outside the folder's subtree), and saves the consolidated workbook and
/// the approved documents of a level back to its results folder.
/// </summary>
internal sealed class GraphSync(GraphClients graph, GraphLinks links, CampaignService campaigns, TimeProvider clock)
{
    private static readonly string[] s_reportExtensions = [".xlsx", ".xlsm", ".json"];
    private const int MaxChangeRetries = 3;

    // ---- folders ---------------------------------------------------------------------------------------------------

    public Task<GraphFolders> GetFoldersAsync(string campaignId, CancellationToken ct) => GetCheckedAsync(campaignId, ct);

    private async Task<GraphFolders> GetCheckedAsync(string campaignId, CancellationToken ct)
    {
        await campaigns.GetAsync(campaignId, ct);
        return await links.GetFoldersAsync(campaignId, ct);
    }

    public async Task<GraphFolders> SetFoldersAsync(string campaignId, GraphFoldersRequest request, string? user, CancellationToken ct)
    {
        await campaigns.GetAsync(campaignId, ct);
        var units = (await campaigns.Store.GetUnitsAsync(campaignId, ct)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var list = request.Folders ?? [];
        if (list.Count > graph.Options.MaxFolders)
            throw CampaignProblemException.BadRequest($"Có {list.Count} thư mục, vượt giới hạn {graph.Options.MaxFolders} (Graph:MaxFolders).");
        var problems = new List<string>();
        var clean = new List<GraphFolder>();
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            var where = $"folders[{i}]";
            var unit = f.Unit?.Trim() ?? "";
            if (!units.ContainsKey(unit)) problems.Add($"{where}.unit: không có đơn vị \"{Domain.Text.UnitCodes.Visible(unit)}\" trong đợt \"{campaignId}\".");
            else if (clean.Any(c => c.Unit == unit)) problems.Add($"{where}.unit: đơn vị \"{unit}\" được nêu hai lần.");
            var folder = Location(new GraphLocation { DriveId = f.DriveId, ItemId = f.ItemId, Path = f.Path }, null, $"{where}", problems);
            GraphLocation? results = null;
            if (f.Results is not null) results = Location(f.Results, folder?.DriveId, $"{where}.results", problems);
            if (folder is not null)
                clean.Add(new GraphFolder { Unit = unit, DriveId = folder.DriveId!, ItemId = folder.ItemId, Path = folder.Path, Results = results });
        }
        if (problems.Count > 0) throw new CampaignProblemException(422, "Thư mục Microsoft 365 không hợp lệ", string.Join(" ", problems));
        var saved = new GraphFolders(campaignId, clean, clock.GetUtcNow(), user);
        await links.SetFoldersAsync(saved, ct);
        return saved;
    }

    private static GraphLocation? Location(GraphLocation l, string? defaultDrive, string where, List<string> problems)
    {
        var drive = string.IsNullOrWhiteSpace(l.DriveId) ? defaultDrive : l.DriveId.Trim();
        var item = string.IsNullOrWhiteSpace(l.ItemId) ? null : l.ItemId.Trim();
        var path = string.IsNullOrWhiteSpace(l.Path) ? null : Domain.Text.VietnameseText.Clean(l.Path).Trim().Trim('/');
        var before = problems.Count;
        if (string.IsNullOrEmpty(drive) || drive.Length > 256 || drive.Any(char.IsControl) || drive.Contains('/'))
            problems.Add($"{where}.driveId: cần mã ổ đĩa (drive id) của SharePoint/OneDrive, tối đa 256 ký tự.");
        if ((item is null) == (path is null))
            problems.Add($"{where}: nêu đúng một trong \"itemId\" (mã thư mục) hoặc \"path\" (đường dẫn từ gốc ổ đĩa).");
        if (item is not null && (item.Length > 256 || item.Any(c => char.IsControl(c) || c is '/' or ':' or '?' or '#')))
            problems.Add($"{where}.itemId: mã thư mục \"{Domain.Text.UnitCodes.Visible(item)}\" không hợp lệ.");
        if (path is not null && (path.Length > 400 || path.Any(c => char.IsControl(c) || c is ':' or '?' or '#' or '\\')
            || path.Split('/').Any(s => s is "" or "." or "..")))
            problems.Add($"{where}.path: đường dẫn \"{Domain.Text.UnitCodes.Visible(path)}\" không hợp lệ (dạng \"Thư mục/Thư mục con\", không có \"..\", \":\", \"?\", \"#\").");
        return problems.Count > before ? null : new GraphLocation { DriveId = drive, ItemId = item, Path = path };
    }

    // ---- pull ------------------------------------------------------------------------------------------------------

    /// <summary>Pulls every folder of the campaign (or only <paramref name="unit"/>'s), one file at a time.</summary>
    public async Task<GraphPullReport> PullAsync(string campaignId, string? unit, Func<string, string?, long?, string, Task>? audit, CancellationToken ct)
    {
        var campaign = await campaigns.GetAsync(campaignId, ct);
        var folders = (await links.GetFoldersAsync(campaignId, ct)).Folders.Where(f => unit is null || f.Unit == unit).ToList();
        if (folders.Count == 0)
            throw new CampaignProblemException(404, "Chưa có thư mục Microsoft 365",
                unit is null ? $"Đợt \"{campaignId}\" chưa nêu thư mục nào (PUT /api/campaigns/{campaignId}/graph-folders)." : $"Đơn vị \"{unit}\" chưa có thư mục Microsoft 365 trong đợt \"{campaignId}\".");
        var client = graph.Client;
        var units = await campaigns.Store.GetUnitsAsync(campaignId, ct);
        var retriesBefore = graph.Retries;
        var reports = new List<FolderPull>();
        foreach (var folder in folders)
            reports.Add(await PullFolderAsync(client, campaign, units, folder, audit, ct));
        return new GraphPullReport(campaignId, reports, graph.Retries - retriesBefore);
    }

    /// <summary>The units below <paramref name="root"/> (children, their children …), not the root itself.</summary>
    private static HashSet<string> Below(IReadOnlyList<UnitInfo> units, string root)
    {
        var children = units.Where(u => u.Parent is not null).ToLookup(u => u.Parent!, u => u.Code, StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([root]);
        while (queue.Count > 0)
            foreach (var c in children[queue.Dequeue()])
                if (set.Add(c)) queue.Enqueue(c);
        return set;
    }

    private async Task<FolderPull> PullFolderAsync(GraphServiceClient client, Campaign campaign, IReadOnlyList<UnitInfo> units, GraphFolder folder,
        Func<string, string?, long?, string, Task>? audit, CancellationToken ct)
    {
        var submitted = new List<PulledFile>();
        var unchanged = new List<PulledFile>();
        var refused = new List<PulledFile>();
        var failed = new List<PulledFile>();
        var folderId = folder.ItemId ?? "";
        var listed = 0;
        var pages = 0;
        FolderPull Report(string? problem) => new(folder.Unit, folder.DriveId, folderId, listed, pages, submitted, unchanged, refused, failed, problem);

        var below = Below(units, folder.Unit);
        var top = units.FirstOrDefault(u => u.Code == folder.Unit);
        if (top is null) return Report($"Đơn vị \"{folder.Unit}\" không còn trong cây đơn vị của đợt.");
        var drive = client.Drives[folder.DriveId];
        List<DriveItem> files;
        try
        {
            folderId = folder.ItemId ?? (await drive.Root.ItemWithPath(folder.Path!).GetAsync(r => r.QueryParameters.Select = ["id", "name", "folder"], ct))?.Id ?? "";
            (files, pages, var over) = await ListAsync(drive, folderId, ct);
            listed = files.Count;
            if (over) failed.Add(new PulledFile("", "", null, null, null, null, null,
                $"Thư mục có hơn {graph.Options.MaxFilesPerFolder} tệp hoặc quá nhiều trang danh sách (Graph:MaxFilesPerFolder); chỉ {files.Count} tệp đầu được đọc."));
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            return Report($"Không đọc được thư mục {Where(folder)}: {Describe(e)}");
        }

        var known = await links.GetItemsAsync(campaign.Id, folder.DriveId, ct);
        foreach (var item in files)
        {
            ct.ThrowIfCancellationRequested();
            var name = Domain.Text.SafeText.FileName(item.Name ?? "", "bao-cao");
            var id = item.Id ?? "";
            if (!s_reportExtensions.Any(x => name.EndsWith(x, StringComparison.OrdinalIgnoreCase))) continue; // not a report file
            var etag = item.ETag ?? item.CTag ?? "";
            if (etag.Length > 0 && known.TryGetValue(id, out var seen) && seen.ETag == etag)
            {
                unchanged.Add(new PulledFile(name, id, seen.Unit, seen.Submission, null, null, null, seen.Outcome == "submitted" ? null : seen.Outcome));
                continue;
            }
            var limit = campaigns.Validation.Limits.MaxInputBytes;
            if (item.Size > limit)
            {
                var reason = $"Tệp {name} có {item.Size} byte, vượt giới hạn {limit} byte (Limits:MaxInputBytes); không tải về.";
                refused.Add(new PulledFile(name, id, null, null, null, null, null, reason));
                await Remember(new GraphItemState(folder.DriveId, id, etag, name, reason, null, null, null, clock.GetUtcNow()));
                if (audit is not null) await audit("submission.refused", null, null, $"Microsoft 365: {Where(folder)}/{name}; {reason}");
                continue;
            }
            byte[] bytes;
            try
            {
                (bytes, etag) = await DownloadStableAsync(drive, id, etag, limit, ct);
            }
            catch (Exception e) when (IsGraphFailure(e) || e is InvalidDataException)
            {
                failed.Add(new PulledFile(name, id, null, null, null, null, null, e is InvalidDataException ? e.Message : $"Không tải được tệp {name}: {Describe(e)}"));
                continue; // not remembered: tried again next pull
            }

            var outcome = campaigns.Validation.Validate(bytes, name, campaign.RulesetId, campaign.Settings.ToOverrides());
            if (!outcome.Readable || outcome.Report is null)
            {
                var first = outcome.Findings.FirstOrDefault(f => f.Severity == Domain.Rules.Severity.Error)?.Message ?? "không đọc được";
                var reason = $"Tệp {name} không đọc được, không nộp: {first}";
                refused.Add(new PulledFile(name, id, null, null, null, null, outcome.Errors, reason));
                await Remember(new GraphItemState(folder.DriveId, id, etag, name, reason, null, null, Campaigns.Storage.BlobFiles.Hash(bytes), clock.GetUtcNow()));
                if (audit is not null) await audit("submission.refused", null, null, $"Microsoft 365: {Where(folder)}/{name}; {reason}");
                continue;
            }
            var claimed = outcome.Report.Unit.Code.Trim();
            if (!below.Contains(claimed))
            {
                var reason = $"Tệp {name} ghi là của đơn vị \"{Domain.Text.UnitCodes.Visible(claimed)}\" ({outcome.Report.Unit.Name}), không phải đơn vị cấp dưới của {top.Name} ({top.Code}) mà thư mục này thu nhận; không nộp.";
                refused.Add(new PulledFile(name, id, claimed, null, null, null, null, reason));
                await Remember(new GraphItemState(folder.DriveId, id, etag, name, reason, claimed, null, Campaigns.Storage.BlobFiles.Hash(bytes), clock.GetUtcNow()));
                if (audit is not null) await audit("submission.refused", claimed, null, $"Microsoft 365: {Where(folder)}/{name}; {reason}");
                continue;
            }
            try
            {
                var view = await campaigns.SubmitAsync(campaign.Id, claimed, name, bytes, ct: ct);
                submitted.Add(new PulledFile(name, id, claimed, view.Id, view.Version, view.Created, view.Errors, null));
                await Remember(new GraphItemState(folder.DriveId, id, etag, name, "submitted", claimed, view.Id, view.Sha256, clock.GetUtcNow()));
                if (audit is not null)
                    await audit(view.Created == false ? "submission.duplicate" : view.Version == 1 ? "submission.create" : "submission.replace", claimed, view.Id,
                        $"lần {view.Version}; tệp {name} qua Microsoft 365 ({Where(folder)}, mục {id}); {view.Size} byte; sha256 {view.Sha256}; {view.Errors} lỗi, {view.Warnings} cảnh báo");
            }
            catch (CampaignProblemException p)
            {
                var reason = $"Tệp {name} không nộp được: {p.Detail}";
                refused.Add(new PulledFile(name, id, claimed, null, null, null, null, reason));
                // A closed campaign or a full quota may change: not remembered, so the next pull tries again.
                if (p.Status == 422) await Remember(new GraphItemState(folder.DriveId, id, etag, name, reason, claimed, null, null, clock.GetUtcNow()));
                if (audit is not null) await audit("submission.refused", claimed, null, $"Microsoft 365: {Where(folder)}/{name}; {reason}");
            }
        }
        return Report(null);

        Task Remember(GraphItemState state) => state.ETag.Length == 0 ? Task.CompletedTask : links.SetItemAsync(campaign.Id, state, ct);
    }

    private async Task<(List<DriveItem> Files, int Pages, bool Over)> ListAsync(Microsoft.Graph.Drives.Item.DriveItemRequestBuilder drive, string folderId, CancellationToken ct)
    {
        var files = new List<DriveItem>();
        var children = drive.Items[folderId].Children;
        var page = await children.GetAsync(r =>
        {
            r.QueryParameters.Top = Math.Clamp(graph.Options.PageSize, 1, 999);
            r.QueryParameters.Select = ["id", "name", "eTag", "cTag", "size", "file", "folder", "lastModifiedDateTime"];
        }, ct);
        var pages = 0;
        while (page is not null)
        {
            pages++;
            foreach (var item in page.Value ?? [])
            {
                if (item.File is null) continue; // sub-folders are not walked
                if (files.Count >= graph.Options.MaxFilesPerFolder) return (files, pages, true);
                files.Add(item);
            }
            if (string.IsNullOrEmpty(page.OdataNextLink)) break;
            // A listing that never ends (empty pages, each with a next link) is cut like an over-full one.
            if (pages >= graph.Options.MaxFilesPerFolder / Math.Clamp(graph.Options.PageSize, 1, 999) + 50) return (files, pages, true);
            page = await children.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
        return (files, pages, false);
    }

    /// <summary>
    /// The file's bytes as of one eTag: downloaded, then the item read again; when its eTag moved meanwhile (someone
    /// saved the file during the pull) it is downloaded again, up to three times.
    /// </summary>
    private static async Task<(byte[] Bytes, string ETag)> DownloadStableAsync(Microsoft.Graph.Drives.Item.DriveItemRequestBuilder drive, string id, string etag, long limit, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            byte[] bytes;
            await using (var stream = await drive.Items[id].Content.GetAsync(cancellationToken: ct) ?? Stream.Null)
                bytes = await ReadBoundedAsync(stream, limit, ct);
            var now = await drive.Items[id].GetAsync(r => r.QueryParameters.Select = ["id", "eTag", "cTag", "size"], ct);
            var current = now?.ETag ?? now?.CTag ?? "";
            if (current == etag || etag.Length == 0) return (bytes, current);
            if (attempt + 1 >= MaxChangeRetries)
                throw new InvalidDataException($"Tệp đang được sửa trong lúc tải về ({MaxChangeRetries} lần liền); để lần lấy sau.");
            etag = current;
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > limit) throw new InvalidDataException($"Tệp vượt giới hạn {limit} byte (Limits:MaxInputBytes); không nộp.");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    // ---- publish ---------------------------------------------------------------------------------------------------

    /// <summary>Saves each level's latest consolidated workbook and its approved documents into its results folder.</summary>
    public async Task<GraphPublishReport> PublishAsync(string campaignId, string? unit, CancellationToken ct)
    {
        await campaigns.GetAsync(campaignId, ct);
        var folders = (await links.GetFoldersAsync(campaignId, ct)).Folders.Where(f => f.Results is not null && (unit is null || f.Unit == unit)).ToList();
        if (folders.Count == 0)
            throw new CampaignProblemException(404, "Chưa có thư mục kết quả", $"Đợt \"{campaignId}\" chưa nêu thư mục kết quả (\"results\") cho {(unit is null ? "đơn vị nào" : $"đơn vị \"{unit}\"")}.");
        var client = graph.Client;
        var store = campaigns.Store;
        var results = await store.ListResultsAsync(campaignId, ct);
        var documents = await store.ListDocumentsAsync(campaignId, ct);
        var saved = new List<SavedFile>();
        var problems = new List<string>();
        foreach (var folder in folders)
        {
            var target = folder.Results!;
            var files = new List<(string Kind, string Name, string Sha)>();
            if (results.Where(r => r.UnitCode == folder.Unit && r.WorkbookSha256 is not null).MaxBy(r => r.Id) is { } latest)
                files.Add(("workbook", Domain.Text.SafeText.FileName($"tong-hop-{folder.Unit}.xlsx", "tong-hop.xlsx"), latest.WorkbookSha256!));
            foreach (var d in documents.Where(d => d.UnitCode == folder.Unit && d.ApprovedSha256 is not null))
                files.Add(("document", Domain.Text.SafeText.FileName(d.FileName, $"van-ban-{d.Id}.docx"), d.ApprovedSha256!));
            if (files.Count == 0)
            {
                problems.Add($"Đơn vị \"{folder.Unit}\" chưa có bảng tổng hợp hay văn bản đã duyệt để lưu.");
                continue;
            }
            var drive = client.Drives[target.DriveId];
            string parent;
            try
            {
                parent = target.ItemId ?? (await drive.Root.ItemWithPath(target.Path!).GetAsync(r => r.QueryParameters.Select = ["id"], ct))?.Id ?? "";
            }
            catch (Exception e) when (IsGraphFailure(e))
            {
                problems.Add($"Không mở được thư mục kết quả {target.DriveId}/{target.ItemId ?? target.Path} của đơn vị \"{folder.Unit}\": {Describe(e)}");
                continue;
            }
            foreach (var (kind, name, sha) in files)
            {
                var bytes = await store.ReadBlobAsync(sha, ct);
                if (bytes is null) { problems.Add($"Thiếu nội dung của {name} (sha256 {sha})."); continue; }
                try
                {
                    var item = await UploadAsync(client, drive, parent, name, bytes, ct);
                    saved.Add(new SavedFile(folder.Unit, kind, name, item?.Id ?? "", item?.Size ?? bytes.Length, item?.ETag));
                }
                catch (Exception e) when (IsGraphFailure(e))
                {
                    problems.Add($"Không lưu được {name} vào thư mục kết quả của đơn vị \"{folder.Unit}\": {Describe(e)}");
                }
            }
        }
        return new GraphPublishReport(campaignId, saved, problems);
    }

    /// <summary>PUT …/{parent}:/{name}:/content up to Graph:SimpleUploadMaxBytes, else an upload session in slices.</summary>
    private async Task<DriveItem?> UploadAsync(GraphServiceClient client, Microsoft.Graph.Drives.Item.DriveItemRequestBuilder drive, string parent, string name, byte[] bytes, CancellationToken ct)
    {
        var byPath = drive.Items[$"{parent}:/{name}:"];
        if (bytes.Length <= graph.Options.SimpleUploadMaxBytes)
        {
            using var small = new MemoryStream(bytes, writable: false);
            return await byPath.Content.PutAsync(small, cancellationToken: ct);
        }
        var session = await byPath.CreateUploadSession.PostAsync(new Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        }, cancellationToken: ct) ?? throw new InvalidOperationException("Graph không trả về phiên tải lên.");
        var slice = Math.Max(320 * 1024, graph.Options.UploadSliceBytes / (320 * 1024) * (320 * 1024));
        using var stream = new MemoryStream(bytes, writable: false);
        var upload = new LargeFileUploadTask<DriveItem>(session, stream, slice, client.RequestAdapter);
        var result = await upload.UploadAsync(cancellationToken: ct);
        if (!result.UploadSucceeded) throw new InvalidOperationException($"Phiên tải lên {name} không hoàn tất.");
        return result.ItemResponse;
    }

    // ---- errors ----------------------------------------------------------------------------------------------------

    private static bool IsGraphFailure(Exception e) => e is ApiException or HttpRequestException or ServiceException or TaskCanceledException { InnerException: TimeoutException } or InvalidOperationException;

    private static string Describe(Exception e) => e switch
    {
        ODataError o => $"Graph trả lời {o.ResponseStatusCode} {o.Error?.Code}: {o.Error?.Message}",
        ApiException a => $"Graph trả lời {a.ResponseStatusCode}",
        _ => e.Message,
    };

    private static string Where(GraphFolder f) => $"{f.DriveId}/{f.ItemId ?? f.Path}";
}
