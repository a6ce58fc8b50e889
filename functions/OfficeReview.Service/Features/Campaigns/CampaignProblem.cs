using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// Why a campaign operation cannot be done, as a problem (RFC 9457): HTTP status, a short Vietnamese title, a detail
/// sentence, and the findings when the cause is a file's content. The HTTP error boundary (Hosting/Problems.cs) writes it
/// as application/problem+json; the CLI prints it.
/// </summary>
public sealed class CampaignProblemException(int status, string title, string detail, IReadOnlyList<FindingDto>? findings = null)
    : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
    public IReadOnlyList<FindingDto>? Findings { get; } = findings;

    public static CampaignProblemException CampaignNotFound(string id) =>
        new(404, "Không tìm thấy đợt kiểm điểm", $"Không có đợt kiểm điểm mã \"{id}\".");

    public static CampaignProblemException DocumentNotFound(string campaignId, long id) =>
        new(404, "Không tìm thấy văn bản", $"Không có văn bản số {id} trong đợt kiểm điểm \"{campaignId}\".");

    public static CampaignProblemException UnitNotFound(string campaignId, string code) =>
        new(404, "Không tìm thấy đơn vị", $"Đợt kiểm điểm \"{campaignId}\" không có đơn vị mã \"{code}\" trong cây đơn vị.");

    public static CampaignProblemException SubmissionNotFound(string campaignId, long id) =>
        new(404, "Không tìm thấy bản nộp", $"Đợt kiểm điểm \"{campaignId}\" không có bản nộp số {id}.");

    public static CampaignProblemException ResultNotFound(string campaignId, long id) =>
        new(404, "Không tìm thấy kết quả tổng hợp", $"Đợt kiểm điểm \"{campaignId}\" không có kết quả tổng hợp số {id}.");

    /// <summary>The problem type of a submission refused because its file cannot be read (HTTP 422, CLI exit 2).</summary>
    public const string UnreadableTitle = "Tệp không đọc được, không nộp";

    /// <summary>
    /// A submission whose file cannot be read: nothing is stored, the unit's earlier current version stays current.
    /// The detail names the file and the reader's first reason; every finding of the reader goes with it.
    /// </summary>
    public static CampaignProblemException Unreadable(string fileName, Domain.Model.UnitInfo unit, IReadOnlyList<FindingDto> findings)
    {
        var reason = findings.FirstOrDefault(f => f.Severity == "error")?.Message ?? $"Tệp {fileName} không đọc được.";
        return new(422, UnreadableTitle,
            $"Không nhận tệp {fileName} cho {unit.Name} ({unit.Code}) vì không đọc được: {reason} Tệp không được lưu; bản nộp hiện hành của đơn vị (nếu có) giữ nguyên. Hãy sửa tệp rồi nộp lại.",
            findings);
    }

    public static CampaignProblemException BadRequest(string detail) => new(400, "Yêu cầu không hợp lệ", detail);

    public static CampaignProblemException TooLarge(long limit) =>
        new(413, "Tệp quá lớn", $"Tệp gửi lên vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(limit)} byte (Limits:MaxInputBytes).");
}
