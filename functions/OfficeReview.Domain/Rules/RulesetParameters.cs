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

    public IReadOnlyList<ExemptReason> ExemptGroups { get; init; } = ExemptReasons.All;

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
}
