using Microsoft.Extensions.DependencyInjection.Extensions;
using OfficeReview.Service.Features.Campaigns.Storage;

namespace OfficeReview.Service.Features.Campaigns;

internal static class CampaignRegistration
{
    /// <summary>Storage (by Storage:Provider, schema migrated at start), the campaign and merge services, the clock.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(o =>
        {
            configuration.GetSection("Storage").Bind(o);
            o.PostgresConnectionString ??= configuration.GetConnectionString("Postgres");
            o.Blob.ConnectionString ??= configuration.GetConnectionString("Blob");
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICampaignStore>(sp => CreateStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value));
        // Schema migrations of the stores run at start, before the server takes requests (and are logged).
        services.AddHostedService<Storage.Migrations.SchemaStartup>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<MergeService>();
        services.AddSingleton<CampaignForms>();
        services.AddSingleton<Profiles.ProfileService>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<Documents.CampaignDocuments>();
        services.AddSingleton<Documents.CampaignArchive>();
        return services;
    }

    public static ICampaignStore CreateStore(StorageOptions options)
    {
        var provider = (options.Provider ?? StorageOptions.Sqlite).Trim().ToLowerInvariant();
        return provider switch
        {
            StorageOptions.Sqlite when options.Blob.Configured => throw new InvalidOperationException(
                "Storage:Blob (Azure Blob Storage) chỉ dùng với Storage:Provider=postgres; với sqlite tệp nằm trong thư mục dữ liệu."),
            StorageOptions.Sqlite => new SqliteCampaignStore(options.DataFolder),
            StorageOptions.Postgres or "postgresql" or "npgsql" => new PostgresCampaignStore(
                string.IsNullOrWhiteSpace(options.PostgresConnectionString)
                    ? throw new InvalidOperationException("Storage:Provider=postgres cần chuỗi kết nối ConnectionStrings:Postgres (biến môi trường ConnectionStrings__Postgres).")
                    : options.PostgresConnectionString,
                options.Blob.Configured ? AzureBlobContent.Create(options.Blob) : null),
            _ => throw new InvalidOperationException($"Storage:Provider \"{options.Provider}\" không hợp lệ; dùng \"sqlite\" hoặc \"postgres\"."),
        };
    }
}
