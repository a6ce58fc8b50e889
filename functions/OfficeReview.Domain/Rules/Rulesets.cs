using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// The three regulations, chosen by the year reviewed, and their guidance generations: 132 + HD 16 (2018), 132 + HD 21
/// (2019–2022), 124 + HD 25 (2023–2024), 366 + HD 43 (2025 →). Citations of every parameter: docs/rules.md.
/// </summary>
public static class Rulesets
{
    private static readonly IReadOnlyList<IRule> s_commonRules =
    [
        new UnitInfoRule(),
        new CountsNonNegativeRule(),
        new CountsPlausibleRule(),
        new BlockSumsRule(),
        new CategoryBreakdownRule(),
        new StatedPercentRule(),
        new ExcellentQuotaRule(),
        new ScoreBandRule(),
        new MemberDisqualificationRule(),
        new MemberListSummaryRule(),
        new MemberStatusRule(),
        new OrganizationLevelRule(),
        new LeaderRule(),
        new TaskConditionsRule(),
    ];

    /// <summary>
    /// 132-QĐ/TW as guided by 16-HD/BTCTW (24/9/2018), for the 2018 review: only "miễn công tác và sinh hoạt đảng" is
    /// exempt (suspended members are rated), discipline in the year → KHTNV, one violation counted once.
    /// </summary>
    public static readonly RulesetParameters Parameters132Hd16 = new()
    {
        Id = "132",
        Label = "132-QĐ/TW + 16-HD/BTCTW",
        Regulation = "Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị",
        Guidance = "Hướng dẫn số 16-HD/BTCTW, ngày 24/9/2018 của Ban Tổ chức Trung ương",
        GuidanceShort = "HD 16",
        FirstYear = 2018,
        LastYear = 2018,
        QuotaCapPercent = 20m,
        QuotaExceptionCapPercent = null,
        CompetentLevelExceptionAllowed = false,
        ExemptGroups = [ExemptReason.Excused],
        DisciplineBasis = DisciplineBasis.InYearCountedOnce,
        StaffNotCompleteForcesNotComplete = true,
    };

    public static readonly RulesetParameters Parameters132 = new()
    {
        Id = "132",
        Label = "132-QĐ/TW + 21-HD/BTCTW",
        Regulation = "Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị",
        Guidance = "Hướng dẫn số 21-HD/BTCTW, ngày 18/10/2019 của Ban Tổ chức Trung ương",
        GuidanceShort = "HD 21",
        FirstYear = 2019,
        LastYear = 2022,
        QuotaCapPercent = 20m,
        QuotaExceptionCapPercent = null,
        // 21-HD/BTCTW: a member disciplined in the year is rated KHTNV (one violation counted once); no softening.
        CompetentLevelExceptionAllowed = false,
        DisciplineBasis = DisciplineBasis.InYearCountedOnce,
        SickLeaveMaxLevel = RatingLevel.Complete,
        StaffNotCompleteForcesNotComplete = true,
        OrganizationThresholds =
        [
            new OrganizationThreshold(RatingLevel.Excellent, 80m, Severity.Error),
            new OrganizationThreshold(RatingLevel.Good, 50m, Severity.Warning),
        ],
        LeaderNotAboveCollective = true,
    };

    public static readonly RulesetParameters Parameters124 = new()
    {
        Id = "124",
        Label = "124-QĐ/TW + 25-HD/BTCTW",
        Regulation = "Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị",
        Guidance = "Hướng dẫn số 25-HD/BTCTW, ngày 10/11/2023 của Ban Tổ chức Trung ương",
        GuidanceShort = "HD 25",
        DisciplineBasis = DisciplineBasis.InYearUnlessSelfDetected,
        DisciplinedSubordinateMaxLevel = RatingLevel.Complete,
        DisciplinedSubunitsNotCompletePercent = 20m,
        FirstYear = 2023,
        LastYear = 2024,
        QuotaCapPercent = 20m,
        QuotaExceptionCapPercent = null,
        // 124: disciplined in the year → KHTNV unless self-detected and consequences fixed.
        CompetentLevelExceptionAllowed = true,
    };

    public static readonly RulesetParameters Parameters366 = new()
    {
        Id = "366",
        Label = "366-QĐ/TW + 43-HD/BTCTW",
        Regulation = "Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị",
        Guidance = "Hướng dẫn số 43-HD/BTCTW, ngày 31/10/2025 của Ban Tổ chức Trung ương",
        GuidanceShort = "HD 43",
        DisciplineBasis = DisciplineBasis.DutyRelated,
        LeaderAndCollectiveCases366 = true,
        TaskConditions = true,
        FirstYear = 2025,
        LastYear = null,
        QuotaCapPercent = 20m,
        QuotaExceptionCapPercent = 25m,
        ScoreBands =
        [
            new ScoreBand(RatingLevel.Excellent, 90m),
            new ScoreBand(RatingLevel.Good, 70m),
            new ScoreBand(RatingLevel.Complete, 50m),
            new ScoreBand(RatingLevel.NotComplete, 0m),
        ],
        CompetentLevelExceptionAllowed = true,
    };

    public static readonly IReadOnlyList<Ruleset> All =
    [
        new(Parameters132, s_commonRules, [Parameters132Hd16]),
        new(Parameters124, s_commonRules),
        new(Parameters366, s_commonRules),
    ];

    public static IReadOnlyList<string> Ids => All.Select(r => r.Id).ToList();

    /// <summary>132 for years up to 2022 (HD 16 parameters for 2018, HD 21 from 2019), 124 for 2023–2024, 366 from 2025.</summary>
    public static Ruleset ForYear(int year, RulesetOverrides? overrides = null)
    {
        var id = year <= 2022 ? "132" : year <= 2024 ? "124" : "366";
        return ById(id)!.WithOverrides(overrides);
    }

    public static Ruleset? ById(string? id, RulesetOverrides? overrides = null) =>
        All.FirstOrDefault(r => r.Id == id?.Trim())?.WithOverrides(overrides);
}
