using OfficeReview.Service.Features.Identity;
using OfficeReview.Service.Features.Identity.Storage;

namespace OfficeReview.Service.Features.Campaigns.Storage.Migrations;

/// <summary>
/// At start, before the server takes requests: migrates the schema of both stores (SQLite: done when the store is made;
/// PostgreSQL: done here rather than at the first request) and logs the scripts each database has. A script that fails
/// stops the start with its message (which names the script).
/// </summary>
internal sealed class SchemaStartup(IServiceProvider services, ILogger<SchemaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var reports = new List<MigrationReport>();
        var campaigns = services.GetService<ICampaignStore>();
        if (campaigns is RelationalCampaignStore campaignStore) reports.Add(await campaignStore.MigrateAsync(ct));
        if (services.GetService<ISecurityStore>() is RelationalSecurityStore securityStore) reports.Add(await securityStore.MigrateAsync(ct));
        foreach (var r in reports)
            Hosting.Observability.ServiceLog.Migrations(logger, r.Store, r.AppliedBefore.Count, r.AppliedNow.Count, string.Join(", ", r.All));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
