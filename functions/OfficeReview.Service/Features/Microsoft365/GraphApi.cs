using OfficeReview.Service.Features.Audit;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Microsoft365;

/// <summary>Routes of the Microsoft 365 link (docs/api.md): a campaign's folders, pull, and save back.</summary>
internal static class GraphApi
{
    public static IServiceCollection AddMicrosoft365(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection("Graph"));
        services.AddSingleton(sp => new GraphClients(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<Azure.Core.TokenCredential>()));
        services.AddSingleton<GraphLinks>();
        services.AddSingleton<GraphSync>();
        return services;
    }

    public static void MapMicrosoft365Api(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Microsoft 365");

        api.MapGet("/campaigns/{id}/graph-folders", async (string id, GraphSync sync, CancellationToken ct) =>
            Results.Json(await sync.GetFoldersAsync(id, ct), CampaignApi.Json))
            .Doc("GetGraphFolders", "Các thư mục SharePoint/OneDrive của đợt").Json<GraphFolders>().ProblemsOf(404);
        api.MapPut("/campaigns/{id}/graph-folders", async (string id, HttpRequest r, GraphSync sync, CancellationToken ct) =>
        {
            var body = await Hosting.JsonBodies.ReadAsync<GraphFoldersRequest>(r, CampaignApi.Json, ct);
            return Results.Json(await sync.SetFoldersAsync(id, body, CallerAccess.Of(r.HttpContext)?.Caller.Name, ct), CampaignApi.Json);
        }).Doc("SetGraphFolders", "Đặt các thư mục SharePoint/OneDrive của đợt").Json<GraphFolders>().ProblemsOf(400, 404, 415);
        api.MapPost("/campaigns/{id}/graph-pull", async (string id, string? unit, HttpContext http, GraphSync sync, CancellationToken ct) =>
        {
            var log = http.RequestServices.GetService<AuditLog>();
            Func<string, string?, long?, string, Task>? audit = log is null ? null
                : (action, u, submission, detail) => log.RecordAsync(http, action, id, u,
                    submission?.ToString(System.Globalization.CultureInfo.InvariantCulture), detail.Length > 1000 ? detail[..1000] + "…" : detail);
            return Results.Json(await sync.PullAsync(id, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), audit, ct), CampaignApi.Json);
        }).Doc("PullFromGraph", "Lấy các tệp báo cáo mới từ thư mục Microsoft 365 và nộp thay đơn vị").Json<GraphPullReport>().ProblemsOf(400, 404, 409);
        api.MapPost("/campaigns/{id}/graph-publish", async (string id, string? unit, GraphSync sync, CancellationToken ct) =>
            Results.Json(await sync.PublishAsync(id, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), ct), CampaignApi.Json))
            .Doc("PublishToGraph", "Lưu kết quả tổng hợp và văn bản đã duyệt vào thư mục Microsoft 365").Json<GraphPublishReport>().ProblemsOf(400, 404, 409);
    }
}
