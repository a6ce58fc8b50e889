using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Documents;

/// <summary>
/// One subordinate unit with its level: the level decided by the competent level (<see cref="Level"/>) and, when known,
/// the level the unit proposed. A unit with only a proposal is reported as a proposal ("đề nghị").
/// </summary>
public sealed record UnitLevel
{
    public string? Code { get; init; }
    public required string Name { get; init; }
    public UnitKind? Kind { get; init; }
    /// <summary>The decided level (quyết định); null while only proposed.</summary>
    public RatingLevel? Level { get; init; }
    /// <summary>The level proposed by the unit (đề nghị, tự xếp loại).</summary>
    public RatingLevel? ProposedLevel { get; init; }
    /// <summary>Why the decided level differs from the proposal (e.g. to keep the HTXS cap).</summary>
    public string? Reason { get; init; }
    /// <summary>Whether the unit held its review (kiểm điểm); null when not said.</summary>
    public bool? Reviewed { get; init; }

    public RatingLevel? FinalLevel => Level ?? ProposedLevel;
    public bool IsProposalOnly => Level is null && ProposedLevel is not null;
}

/// <summary>How many held their review: "336/336 chi bộ … 4.336/4.371 đảng viên (99,2%) đã kiểm điểm".</summary>
public sealed record ReviewCount(long Held, long Total);

public sealed record ReviewHeld
{
    /// <summary>Tổ chức đảng (and their collectives) that held the review, of those that had to.</summary>
    public ReviewCount? Organizations { get; init; }
    /// <summary>The noun for the organizations: "tổ chức đảng" (default), "chi bộ".</summary>
    public string? OrganizationNoun { get; init; }
    public ReviewCount? LeadershipCollectives { get; init; }
    public ReviewCount? Members { get; init; }
}

/// <summary>
/// What a Báo cáo / Thông báo says beyond the figures of the UnitReport: each subordinate unit's level (named HTXS and
/// KHTNV units), how many held their review, the plan that launched the campaign, free text for the general assessment,
/// commendation and shortcomings, and the campaign's ruleset parameters. Every part is optional.
/// </summary>
public sealed record ReportDetails
{
    public IReadOnlyList<UnitLevel> Units { get; init; } = [];
    public ReviewHeld? ReviewHeld { get; init; }
    /// <summary>The plan issued for the campaign: "Kế hoạch số 72-KH/ĐU, ngày 20/11/2025".</summary>
    public string? PlanText { get; init; }
    public IReadOnlyList<string> Strengths { get; init; } = [];
    public IReadOnlyList<string> Shortcomings { get; init; } = [];
    public IReadOnlyList<string> Commendation { get; init; } = [];
    public IReadOnlyList<string> Proposals { get; init; } = [];
    /// <summary>Members rated HTXS proposed for commendation (giấy khen); null when not said.</summary>
    public long? CommendedMembers { get; init; }
    /// <summary>Organizations proposed for commendation; null when not said.</summary>
    public long? CommendedOrganizations { get; init; }
    /// <summary>The campaign's override of the ruleset (denominator of the HTXS share, precision).</summary>
    public Rules.RulesetOverrides? Overrides { get; init; }

    public static readonly ReportDetails None = new();
}

/// <summary>The data of a Quyết định công nhận: the year and each unit with its decided level.</summary>
public sealed record DecisionInput
{
    public required int Year { get; init; }
    public required IReadOnlyList<UnitLevel> Units { get; init; }
    /// <summary>The body that proposed (xét đề nghị của …); null: the issuer's advisory body.</summary>
    public string? ProposedBy { get; init; }
    /// <summary>What is recognized: "tổ chức đảng" (default), "đảng viên".</summary>
    public string? Subject { get; init; }
}
