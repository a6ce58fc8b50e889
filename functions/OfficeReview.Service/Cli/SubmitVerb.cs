using System.CommandLine;
using System.Text.Json;
using OfficeReview.Domain.Formatting;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Cli;

/// <summary>
/// submit --campaign ID --unit CODE FILE [--server URL | --data DIR]: a unit submits its report. With --server the file
/// goes to a running service over HTTP (POST /api/campaigns/{id}/units/{unit}/submissions); otherwise it is stored
/// directly in the local data folder (--data, else Storage:DataFolder / ./data — or PostgreSQL when
/// Storage__Provider=postgres). Exit 0 stored without errors, 1 stored with errors, 2 not stored (an unreadable file is
/// refused, never stored).
/// </summary>
internal static class SubmitVerb
{
    /// <summary>Environment variable with the bearer token for --server.</summary>
    public const string TokenVariable = "OFFICEREVIEW_TOKEN";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Báo cáo của đơn vị (UnitReport JSON hoặc bảng tính .xlsx)." };
        var campaign = new Option<string>("--campaign", "-c") { Description = "Mã đợt kiểm điểm.", Required = true };
        var unit = new Option<string>("--unit", "-u") { Description = "Mã đơn vị nộp.", Required = true };
        var server = new Option<string?>("--server") { Description = "Địa chỉ dịch vụ, ví dụ http://localhost:7071 (nộp qua HTTP)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Thư mục dữ liệu cục bộ (mặc định ./data)." };
        var token = new Option<string?>("--token") { Description = "Token đăng nhập (Bearer) khi nộp qua --server; mặc định biến môi trường OFFICEREVIEW_TOKEN (xem lệnh dev-token)." };
        var command = new Command("submit", "Nộp báo cáo của một đơn vị vào đợt kiểm điểm.") { file, campaign, unit, server, data, token };
        command.SetOutcome((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(campaign)!, parse.GetValue(unit)!, parse.GetValue(server), parse.GetValue(data), CliOutput.Resolve(), ct,
            parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable)));
        return command;
    }

    public static async Task<CliOutcome> RunAsync(FileInfo file, string campaignId, string unitCode, string? server, DirectoryInfo? data, CliOutput console, CancellationToken ct, string? token = null)
    {
        var validation = new ValidationService();
        var bytes = CliFiles.ReadInput(file, validation.Limits.MaxInputBytes, out var refused);
        if (bytes is null) return refused;

        SubmissionView view;
        if (server is not null)
        {
            var (result, problem) = await SubmitOverHttpAsync(server, campaignId, unitCode, file.Name, bytes, token, console, ct);
            if (result is null) return problem!;
            view = result;
        }
        else
        {
            var options = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var storage = new StorageOptions();
            options.GetSection("Storage").Bind(storage);
            storage.PostgresConnectionString ??= options.GetConnectionString("Postgres");
            if (data is not null) { storage.Provider = StorageOptions.Sqlite; storage.DataFolder = data.FullName; }
            var store = CampaignRegistration.CreateStore(storage);
            try
            {
                var service = new CampaignService(store, validation, TimeProvider.System);
                view = await service.SubmitAsync(campaignId, unitCode, file.Name, bytes, ct: ct);
            }
            catch (CampaignProblemException p)
            {
                foreach (var f in p.Findings ?? []) console.Out.WriteLine($"  [{f.Code}] {f.Message}");
                return CliOutcome.Unreadable($"{p.Title}: {p.Detail}");
            }
            finally { (store as IDisposable)?.Dispose(); }
        }

        var status = view.Late ? "nộp muộn" : view.Errors > 0 || !view.Readable ? "có lỗi" : "hợp lệ";
        console.Out.WriteLine(view.Created == false
            ? $"Tệp {file.Name} đã được nộp trước đó cho {view.UnitName ?? view.Unit} ({view.Unit}) — bản nộp số {view.Id}, lần {view.Version}; không lưu thêm."
            : $"Đã nộp {file.Name} cho {view.UnitName ?? view.Unit} ({view.Unit}): bản nộp số {view.Id}, lần {view.Version}, {status}.");
        console.Out.WriteLine($"Kiểm tra: {VietnameseFormat.Count(view.Errors)} lỗi, {VietnameseFormat.Count(view.Warnings)} cảnh báo.");
        foreach (var f in (view.Findings ?? []).Where(f => f.Severity == "error").Take(20))
            console.Out.WriteLine(CliFindings.Line(f.Severity, f.Code, CliFindings.Where(f.Sheet, f.Cell, f.Path), f.Message));
        return view.Errors > 0 || !view.Readable
            ? CliOutcome.Errors($"Bản nộp {file.Name} có {VietnameseFormat.Count(view.Errors)} lỗi; hãy sửa và nộp lại.")
            : CliOutcome.Clean;
    }

    private static async Task<(SubmissionView? View, CliOutcome? Problem)> SubmitOverHttpAsync(string server, string campaignId, string unitCode, string fileName, byte[] bytes, string? token, CliOutput console, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/campaigns/{Uri.EscapeDataString(campaignId)}/units/{Uri.EscapeDataString(unitCode)}/submissions") { Content = content };
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        if (!string.IsNullOrWhiteSpace(token)) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Trim());
        HttpResponseMessage response;
        try { response = await client.SendAsync(request, ct); }
        catch (HttpRequestException e)
        {
            return (null, CliOutcome.Unreadable($"Không kết nối được {server}: {e.Message}"));
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
                return (await response.Content.ReadFromJsonAsync<SubmissionView>(CampaignApi.Json, ct), null);
            var text = await response.Content.ReadAsStringAsync(ct);
            try
            {
                using var doc = JsonDocument.Parse(text);
                var title = doc.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
                var detail = doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
                if (doc.RootElement.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array)
                    foreach (var f in findings.EnumerateArray().Take(20))
                        if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                            console.Out.WriteLine($"  {m.GetString()}");
                return (null, CliOutcome.Unreadable($"{title ?? $"Lỗi {(int)response.StatusCode}"}: {detail}"));
            }
            catch (JsonException) { return (null, CliOutcome.Unreadable($"Lỗi {(int)response.StatusCode}: {text}")); }
        }
    }
}
