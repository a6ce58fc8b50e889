using OfficeReview.Domain.Formatting;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Quotas of the campaign store (section "Limits"); every bound is named in the message of the problem that it causes.
/// </summary>
public sealed class QuotaOptions
{
    /// <summary>Campaigns the service keeps (Limits:MaxCampaigns).</summary>
    public int MaxCampaigns { get; set; } = 200;
    /// <summary>Versions one unit may submit in one campaign (Limits:MaxVersionsPerUnit).</summary>
    public int MaxVersionsPerUnit { get; set; } = 100;
    /// <summary>Bytes of submitted files stored for one campaign (Limits:MaxCampaignBytes), default 20 GB.</summary>
    public long MaxCampaignBytes { get; set; } = 20L * 1024 * 1024 * 1024;
    /// <summary>Findings kept with a stored submission (Limits:MaxStoredFindings); counts stay exact, the rest is summarized.</summary>
    public int MaxStoredFindings { get; set; } = 500;
    /// <summary>Characters of a campaign name (Limits:MaxNameLength).</summary>
    public int MaxNameLength { get; set; } = 300;
    /// <summary>Characters of a deadline label (Limits:MaxLabelLength).</summary>
    public int MaxLabelLength { get; set; } = 200;
    /// <summary>Characters of a unit name (Limits:MaxUnitNameLength).</summary>
    public int MaxUnitNameLength { get; set; } = 300;
    /// <summary>Characters of a stored file name (Limits:MaxFileNameLength).</summary>
    public int MaxFileNameLength { get; set; } = 200;
    /// <summary>Deadlines of one campaign (Limits:MaxDeadlines).</summary>
    public int MaxDeadlines { get; set; } = 20;
}

/// <summary>The problems a quota causes.</summary>
internal static class QuotaProblems
{
    public static CampaignProblemException TextTooLong(string field, int length, int max, string key) =>
        new(400, "Nội dung quá dài", $"Trường \"{field}\" dài {VietnameseFormat.Count(length)} ký tự, vượt giới hạn {VietnameseFormat.Count(max)} ký tự ({key}).");

    public static CampaignProblemException TooManyCampaigns(int max) =>
        new(409, "Đã đủ số đợt kiểm điểm", $"Dịch vụ đã có {VietnameseFormat.Count(max)} đợt kiểm điểm, bằng giới hạn (Limits:MaxCampaigns); xóa bớt hoặc tăng giới hạn.");

    public static CampaignProblemException TooManyVersions(string unit, int max) =>
        new(409, "Đã đủ số lần nộp", $"Đơn vị {unit} đã nộp {VietnameseFormat.Count(max)} phiên bản, bằng giới hạn (Limits:MaxVersionsPerUnit).");

    public static CampaignProblemException CampaignFull(string campaignId, long used, long max) =>
        new(507, "Hết dung lượng của đợt kiểm điểm",
            $"Đợt kiểm điểm \"{campaignId}\" đã lưu {VietnameseFormat.Count(used)} byte; thêm tệp này sẽ vượt giới hạn {VietnameseFormat.Count(max)} byte (Limits:MaxCampaignBytes).");

    public static CampaignProblemException Closed(string campaignId, string what) =>
        new(409, "Đợt kiểm điểm đã đóng", $"Đợt kiểm điểm \"{campaignId}\" đã đóng; không thể {what} nữa. Số liệu được giữ nguyên như lúc đóng.");

    /// <summary>Throws when <paramref name="text"/> is longer than <paramref name="max"/>.</summary>
    public static string? Bounded(string? text, string field, int max, string key) =>
        text is not null && text.Length > max ? throw TextTooLong(field, text.Length, max, key) : text;
}
