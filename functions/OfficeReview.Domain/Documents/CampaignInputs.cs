namespace OfficeReview.Domain.Documents;

/// <summary>One milestone of the campaign: which level does what by when (REVIEW-DOMAIN §5).</summary>
public sealed record CampaignDeadline(string Level, string Task, DateOnly Deadline);

/// <summary>The data of a Kế hoạch or Công văn: the year and the deadlines per level.</summary>
public sealed record CampaignSchedule
{
    public required int Year { get; init; }
    public required IReadOnlyList<CampaignDeadline> Deadlines { get; init; }
    /// <summary>Where reports go: "Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng Đảng ủy)"; null: from the issuer's profile.</summary>
    public string? ReportTo { get; init; }
}

public enum SubmissionStatus { Missing, Invalid, Late }

public static class SubmissionStatuses
{
    public static string VietnameseName(this SubmissionStatus s) => s switch
    {
        SubmissionStatus.Missing => "Chưa gửi",
        SubmissionStatus.Invalid => "Chưa hợp lệ",
        SubmissionStatus.Late => "Gửi muộn",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static SubmissionStatus? Parse(string? key) => key switch
    {
        "missing" => SubmissionStatus.Missing,
        "invalid" => SubmissionStatus.Invalid,
        "late" => SubmissionStatus.Late,
        _ => null,
    };
}

/// <summary>A subordinate unit still missing or invalid at a deadline, with what must be fixed.</summary>
public sealed record UnitSubmission(string Name, SubmissionStatus Status, IReadOnlyList<string> Problems)
{
    public string? Code { get; init; }
}

/// <summary>The data of a Công văn đôn đốc: the deadline passed, the new one, the units listed.</summary>
public sealed record ReminderInput
{
    public required int Year { get; init; }
    public required DateOnly Deadline { get; init; }
    public required DateOnly NewDeadline { get; init; }
    public required IReadOnlyList<UnitSubmission> Units { get; init; }
    /// <summary>The text that set the deadline: "Kế hoạch số 72-KH/ĐU, ngày 20/11/2025 của Ban Thường vụ Đảng ủy".</summary>
    public string? BasisText { get; init; }
    /// <summary>Where reports go; null: from the issuer's profile (<see cref="IssuerProfile.ReportTo"/>).</summary>
    public string? ReportTo { get; init; }
}
