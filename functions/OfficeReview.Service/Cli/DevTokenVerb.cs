using System.CommandLine;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Identity;

namespace OfficeReview.Service.Cli;

/// <summary>
/// dev-token --user NAME --role admin|clerk|reviewer|approver [--unit CODE] [--campaign ID] [--hours N] [--data DIR]:
/// prints (as its last line) a bearer token signed with the data folder's local key, which the service started on the
/// same folder accepts. The role rides in the token. For scripts, tests and demos.
/// </summary>
internal static class DevTokenVerb
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "Tên người dùng.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, clerk, reviewer hoặc approver.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (bắt buộc trừ admin)." };
        var campaign = new Option<string?>("--campaign") { Description = "Mã đợt (bỏ trống = mọi đợt)." };
        var hours = new Option<int>("--hours") { Description = "Thời hạn của token (giờ, mặc định 12).", DefaultValueFactory = _ => 12 };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Thư mục dữ liệu (mặc định Storage:DataFolder, ./data)." };
        var command = new Command("dev-token", "In một token đăng nhập (Bearer) ký bằng khóa cục bộ của thư mục dữ liệu, cho kịch bản, kiểm thử và trình diễn.")
            { user, role, unit, campaign, hours, data };
        command.SetOutcome(parse => Run(parse.GetValue(user)!, parse.GetValue(role)!, parse.GetValue(unit), parse.GetValue(campaign),
            parse.GetValue(hours), parse.GetValue(data), CliOutput.Resolve()));
        return command;
    }

    public static CliOutcome Run(string user, string role, string? unit, string? campaign, int hours, DirectoryInfo? data, CliOutput console)
    {
        role = role.Trim().ToLowerInvariant();
        if (!Roles.IsKnown(role)) return CliOutcome.Usage($"Vai trò \"{role}\" không hợp lệ; dùng admin, clerk, reviewer hoặc approver.");
        if (role != Roles.Admin && string.IsNullOrWhiteSpace(unit)) return CliOutcome.Usage($"Vai trò {role} cần --unit MÃ-ĐƠN-VỊ.");
        if (role == Roles.Admin) unit = null;
        if (hours is < 1 or > 24 * 366) return CliOutcome.Usage("--hours phải từ 1 đến 8784.");
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var storage = new StorageOptions();
        configuration.GetSection("Storage").Bind(storage);
        var keyPath = data is not null ? LocalTokens.DefaultPath(data.FullName)
            : configuration["Auth:SigningKeyPath"] ?? LocalTokens.DefaultPath(storage.DataFolder);
        var tokens = LocalTokens.LoadOrCreate(keyPath);
        var name = AuthApi.NormalizeName(user);
        var token = tokens.Issue(name, name, [new RoleAssignment(role, unit, string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim().ToLowerInvariant())],
            DateTimeOffset.UtcNow, TimeSpan.FromHours(hours));
        console.Error.WriteLine($"Token của \"{name}\" ({role}{(unit is null ? "" : $" đơn vị {unit}")}{(campaign is null ? "" : $", đợt {campaign}")}), hạn {hours} giờ; gửi trong tiêu đề Authorization: Bearer …");
        console.Out.WriteLine(token);
        return CliOutcome.Clean;
    }
}
