using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>Which count the HTXS quota is measured against (REVIEW-DOMAIN §1.4, UNCERTAIN → a setting).</summary>
public enum QuotaDenominator
{
    /// <summary>The literal text: the number rated "Hoàn thành tốt nhiệm vụ".</summary>
    Good,
    /// <summary>Common practice: "hoàn thành tốt nhiệm vụ trở lên" (HTT + HTXS).</summary>
    GoodAndExcellent,
}

/// <summary>
/// The comparable group the members' HTXS cap is counted in (HD 21: "trong từng tổ chức cơ sở đảng"; 124/366: groups of
/// similar position and role, set by the competent level). A campaign setting.
/// </summary>
public enum QuotaGrouping
{
    /// <summary>The whole member list of the reporting unit (the tổ chức cơ sở đảng); each chi bộ's share is information. The default.</summary>
    Organization,
    /// <summary>Each chi bộ of the member list is its own group (a province that sets groups per chi bộ).</summary>
    Cell,
    /// <summary>Each self-review form (2A leaders, 2B non-leaders, 2C outside the political system) — similar position and role.</summary>
    Form,
}

/// <summary>How a member's discipline in the rating period bears on the level, per generation.</summary>
public enum DisciplineBasis
{
    /// <summary>HD 16 / HD 21: disciplined in the year → KHTNV; "một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại".</summary>
    InYearCountedOnce,
    /// <summary>124 Điều 12: disciplined in the year → KHTNV, unless self-detected and consequences fixed.</summary>
    InYearUnlessSelfDetected,
    /// <summary>366 Điều 11 khoản 4: disciplined from khiển trách up for a violation tied to duties (not at a previous unit) → KHTNV.</summary>
    DutyRelated,
}

/// <summary>
/// HD 21 §1.3: an organization rated <see cref="Level"/> needs 100% of its members (chi bộ) or subordinate
/// organizations (đảng bộ) rated HTNV or above, of which at least <see cref="MinGoodOrAbovePercent"/> HTT or above.
/// </summary>
public sealed record OrganizationThreshold(RatingLevel Level, decimal MinGoodOrAbovePercent, Severity Severity);

/// <summary>A score band of 366-QĐ/TW: a level and the lowest total score (out of 100) that reaches it.</summary>
public sealed record ScoreBand(RatingLevel Level, decimal MinScore);

/// <summary>
/// Everything about a regulation generation that is data rather than code. A campaign (a province) may override
/// some of it through <see cref="RulesetOverrides"/>.
/// </summary>
public sealed record RulesetParameters
{
    /// <summary>"132", "124" or "366".</summary>
    public required string Id { get; init; }
    /// <summary>"Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị".</summary>
    public required string Regulation { get; init; }
    /// <summary>"Hướng dẫn số 43-HD/BTCTW, ngày 31/10/2025 của Ban Tổ chức Trung ương".</summary>
    public required string Guidance { get; init; }
    /// <summary>Short label: "366-QĐ/TW + 43-HD/BTCTW".</summary>
    public required string Label { get; init; }
    /// <summary>How messages cite the guidance: "HD 43", "HD 21".</summary>
    public string GuidanceShort { get; init; } = "";
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }

    /// <summary>HTXS may be at most this percentage of the quota denominator.</summary>
    public decimal QuotaCapPercent { get; init; } = 20m;
    /// <summary>The raised cap the competent level may approve (25% in 366); null when the ruleset has none.</summary>
    public decimal? QuotaExceptionCapPercent { get; init; }
    public QuotaDenominator QuotaDenominator { get; init; } = QuotaDenominator.Good;
    /// <summary>Decimals of percentages in tables (2 = "100,00"); stated figures are checked at their own precision up to this.</summary>
    public int PercentPrecision { get; init; } = 2;

    /// <summary>366 score bands, highest first; empty for rulesets without a points scale.</summary>
    public IReadOnlyList<ScoreBand> ScoreBands { get; init; } = [];
    public decimal GeneralScoreMax { get; init; } = 30m;
    public decimal TaskScoreMax { get; init; } = 70m;

    /// <summary>The best level a member disciplined in the year may get.</summary>
    public RatingLevel DisciplinedMaxLevel { get; init; } = RatingLevel.NotComplete;
    /// <summary>Whether the competent level may weigh circumstances and rate a disciplined/disqualified member higher.</summary>
    public bool CompetentLevelExceptionAllowed { get; init; } = true;

    /// <summary>The groups of members not rated under this generation (HD 16: only "miễn công tác và sinh hoạt đảng").</summary>
    public IReadOnlyList<ExemptReason> ExemptGroups { get; init; } = ExemptReasons.All;

    /// <summary>The comparable group of the members' HTXS cap in a member list (campaign setting).</summary>
    public QuotaGrouping MemberQuotaGrouping { get; init; } = QuotaGrouping.Organization;

    /// <summary>How a discipline in the period bears on a member's level.</summary>
    public DisciplineBasis DisciplineBasis { get; init; } = DisciplineBasis.DutyRelated;

    /// <summary>HD 21 tiểu mục 6 (SECONDARY): a member on sick leave of 3 months or more cannot be above this; null = rated on actual work.</summary>
    public RatingLevel? SickLeaveMaxLevel { get; init; }

    /// <summary>HD 16 / HD 21: a member who is a cán bộ, công chức, viên chức rated KHTNV in the state rating is KHTNV.</summary>
    public bool StaffNotCompleteForcesNotComplete { get; init; }

    /// <summary>HD 21 §1.3 member / sub-unit shares an organization's level needs; empty when the generation sets none.</summary>
    public IReadOnlyList<OrganizationThreshold> OrganizationThresholds { get; init; } = [];

    /// <summary>The best level of a collective with a disciplined subordinate organization or leadership member (366: HTT — HTXS blocked).</summary>
    public RatingLevel DisciplinedSubordinateMaxLevel { get; init; } = RatingLevel.Good;

    /// <summary>124: a collective with more than this share of subordinate organizations disciplined in the year is KHTNV; null = no such case.</summary>
    public decimal? DisciplinedSubunitsNotCompletePercent { get; init; }

    /// <summary>
    /// 366 Điều 11 khoản 4: a leader is KHTNV when more than half of the units they lead are KHTNV or more than half of
    /// the confidence votes are low; a leadership collective is KHTNV below 70% of tasks done or with a member
    /// disciplined for a duty-related violation.
    /// </summary>
    public bool LeaderAndCollectiveCases366 { get; init; }

    /// <summary>HD 21 tiết 3: a leadership collective (and, UNCERTAIN, the head) is not rated above its organization.</summary>
    public bool LeaderNotAboveCollective { get; init; }

    /// <summary>366 Điều 11 khoản 1–4 numeric conditions on task figures (30% exceeded, 20% late, 50% / 70%).</summary>
    public bool TaskConditions { get; init; }
    public decimal ExcellentExceededMinPercent { get; init; } = 30m;
    public decimal CompleteLateMaxPercent { get; init; } = 20m;
    public decimal IndividualUndoneMaxPercent { get; init; } = 50m;
    public decimal CollectiveDoneMinPercent { get; init; } = 70m;
    public decimal LowConfidenceMaxPercent { get; init; } = 50m;
    public decimal LedUnitsNotCompleteMaxPercent { get; init; } = 50m;

    /// <summary>The default of <see cref="MaxCount"/>: more than the whole party's membership.</summary>
    public const long DefaultMaxCount = 10_000_000;

    /// <summary>
    /// The largest plausible count of one report (members, organizations, leaders of any unit, a province included).
    /// A larger figure is an error (<see cref="CountsPlausibleRule"/>), and sums of figures within it cannot overflow.
    /// </summary>
    public long MaxCount { get; init; } = DefaultMaxCount;

    public bool HasScoreBands => ScoreBands.Count > 0;

    public RulesetParameters With(RulesetOverrides? overrides) => overrides is null ? this : this with
    {
        QuotaDenominator = overrides.QuotaDenominator ?? QuotaDenominator,
        PercentPrecision = overrides.PercentPrecision ?? PercentPrecision,
        QuotaCapPercent = overrides.QuotaCapPercent ?? QuotaCapPercent,
        QuotaExceptionCapPercent = overrides.QuotaExceptionCapPercent ?? QuotaExceptionCapPercent,
        MaxCount = overrides.MaxCount is > 0 and var max ? max : MaxCount,
        MemberQuotaGrouping = overrides.MemberQuotaGrouping ?? MemberQuotaGrouping,
        LeaderNotAboveCollective = overrides.LeaderNotAboveCollective ?? LeaderNotAboveCollective,
    };
}

/// <summary>What a campaign may change in a ruleset's parameters.</summary>
public sealed record RulesetOverrides
{
    public QuotaDenominator? QuotaDenominator { get; init; }
    public int? PercentPrecision { get; init; }
    public decimal? QuotaCapPercent { get; init; }
    public decimal? QuotaExceptionCapPercent { get; init; }
    public long? MaxCount { get; init; }
    /// <summary>The comparable group of the members' HTXS cap (default: the whole tổ chức cơ sở đảng).</summary>
    public QuotaGrouping? MemberQuotaGrouping { get; init; }
    /// <summary>Apply (or not) the HD 21 "not above the collective" check — its reach to heads is UNCERTAIN.</summary>
    public bool? LeaderNotAboveCollective { get; init; }
}
