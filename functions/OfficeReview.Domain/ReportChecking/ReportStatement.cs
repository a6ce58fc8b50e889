using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.ReportChecking;

/// <summary>The subject blocks of a narrative report (REVIEW-DOMAIN §7.2, part III), each counted separately.</summary>
public enum ReportSubject
{
    BaseOrganizations,
    PartialCommittees,
    SubordinateCells,
    UpperCommittees,
    LeadershipCollectives,
    Leaders,
    Members,
}

/// <summary>A level or a customary group of levels a figure may be about.</summary>
public enum LevelGroup
{
    Excellent,
    Good,
    Complete,
    NotComplete,
    /// <summary>"hoàn thành tốt nhiệm vụ trở lên" = HTXS + HTT.</summary>
    GoodOrBetter,
    /// <summary>"hoàn thành nhiệm vụ trở lên" = HTXS + HTT + HTNV.</summary>
    CompleteOrBetter,
    /// <summary>Before 2018: "trong sạch vững mạnh tiêu biểu" — a part of the top level ("trong sạch vững mạnh"), not a level of its own.</summary>
    Exemplary,
}

/// <summary>What a percentage is stated against.</summary>
public enum PercentBasis
{
    /// <summary>No "so với …": by custom the number rated ("chiếm 19,0%").</summary>
    Unstated,
    /// <summary>"so với tổng số … được đánh giá, xếp loại" / "tham gia đánh giá".</summary>
    Rated,
    /// <summary>"so với tổng số …" without saying which: the total or the number rated are both accepted.</summary>
    TotalOrRated,
    /// <summary>"so với số … thuộc diện đánh giá" (members: total − exempt).</summary>
    SubjectToRating,
    /// <summary>"so với số … hoàn thành tốt nhiệm vụ".</summary>
    Good,
    /// <summary>"so với số … hoàn thành tốt nhiệm vụ trở lên".</summary>
    GoodOrBetter,
    /// <summary>A share nested under a group just named ("… hoàn thành tốt nhiệm vụ, trong đó có 22,4% xếp loại HTXS"): of the group or of the number rated.</summary>
    Parent,
}

/// <summary>Why a figure was read but not checked as a result.</summary>
public enum NonResultReason
{
    /// <summary>"phấn đấu …", "chỉ tiêu …", "mục tiêu …", "so với Nghị quyết …".</summary>
    Target,
    /// <summary>"dự ước …", "dự kiến …", "ước đạt …".</summary>
    Estimate,
    /// <summary>"tăng 1,71% so với năm 2022", "giảm 03 tổ chức".</summary>
    Change,
    /// <summary>A figure of another year ("năm 2022: 12,5%").</summary>
    OtherYear,
}

/// <summary>How a percentage is qualified: "trên 80%", "gần 60%", "khoảng 15%".</summary>
public enum PercentQualifier
{
    /// <summary>"trên", "hơn", "đạt trên", "ít nhất": the true share is at least the figure.</summary>
    AtLeast,
    /// <summary>"dưới", "chưa đến", "không đến": at most the figure.</summary>
    AtMost,
    /// <summary>"gần", "xấp xỉ": just under (or at) the figure.</summary>
    Nearly,
    /// <summary>"khoảng", "chừng": near the figure either way.</summary>
    About,
}

/// <summary>What a figure statement says.</summary>
public enum StatementKind
{
    /// <summary>"Tổng số tổ chức cơ sở đảng: 42".</summary>
    Total,
    /// <summary>"số được đánh giá, xếp loại: 40" (or the 40 of "40/42").</summary>
    Rated,
    /// <summary>"chưa đánh giá 02".</summary>
    NotRated,
    /// <summary>"đảng viên thuộc diện không đánh giá: 65".</summary>
    Exempt,
    /// <summary>"miễn công tác và sinh hoạt đảng 52".</summary>
    ExemptExcused,
    /// <summary>"đình chỉ sinh hoạt đảng 01".</summary>
    ExemptSuspended,
    /// <summary>"mới kết nạp chưa đủ 6 tháng 12".</summary>
    ExemptNewlyAdmitted,
    /// <summary>"Hoàn thành xuất sắc nhiệm vụ 08 tổ chức".</summary>
    LevelCount,
    /// <summary>"chiếm 19,0%", "bằng 25,8% so với …", "23,8% HTXS", "[tỷ lệ 99,2%]" — of a level (or of the number rated).</summary>
    Percent,
    /// <summary>"40/42".</summary>
    Fraction,
    /// <summary>"(gồm 02 đảng bộ và 10 chi bộ)": the parts of a level's count; <see cref="ReportStatement.Count"/> is their sum, <see cref="ReportStatement.Whole"/> the count broken down.</summary>
    Breakdown,
    /// <summary>A target, estimate, change or another year's figure: read, shown, never checked as a result.</summary>
    NotAResult,
}

/// <summary>
/// One figure read from a narrative report: where (paragraph index, 0-based, and the sentence), about which subject
/// block, and what it says. Only the properties that matter for its <see cref="Kind"/> are set.
/// </summary>
public sealed record ReportStatement(int Paragraph, string Sentence, ReportSubject Subject, StatementKind Kind)
{
    /// <summary>Which block instance of the subject it belongs to (0 = the first; a report restating other figures starts another).</summary>
    public int Block { get; init; }
    public LevelGroup? Level { get; init; }
    public long? Count { get; init; }
    /// <summary>The percentage as written (scale = decimals written): "19,0%" → 19.0.</summary>
    public decimal? Percent { get; init; }
    public PercentBasis? Basis { get; init; }
    /// <summary>For a fraction x/y: x.</summary>
    public long? Part { get; init; }
    /// <summary>For a fraction x/y: y.</summary>
    public long? Whole { get; init; }
    /// <summary>The words the figure was read from ("chiếm 20,0% so với tổng số tổ chức được đánh giá").</summary>
    public string Snippet { get; init; } = "";
    /// <summary>The level as written ("xếp loại A", "trong sạch vững mạnh", "HTXS"), when it differs in scheme or meaning from the level name.</summary>
    public string? LevelText { get; init; }
    /// <summary>"trên 80%", "gần 60%": the figure is a bound, not a value.</summary>
    public PercentQualifier? Qualifier { get; init; }
    /// <summary>A percentage written without "%" ("đạt 13,2").</summary>
    public bool MissingPercentSign { get; init; }
    /// <summary>For a nested figure ("trong đó …"): the group it is part of.</summary>
    public LevelGroup? Parent { get; init; }
    /// <summary>For <see cref="StatementKind.NotAResult"/>: why.</summary>
    public NonResultReason? Reason { get; init; }
    /// <summary>A count given by naming the units ("Ban A, Ban B và Ban C được xếp loại …").</summary>
    public IReadOnlyList<string>? Names { get; init; }
    /// <summary>Set by the checker: the base a percentage was found to match ("rated", "total", "goodOrBetter" …), or null when none.</summary>
    public string? MatchedBase { get; init; }
}

public static class ReportSubjects
{
    public static readonly IReadOnlyList<ReportSubject> All = Enum.GetValues<ReportSubject>();

    public static string JsonKey(this ReportSubject s) => s switch
    {
        ReportSubject.BaseOrganizations => OrganizationBlockKind.BaseOrganizations.JsonKey(),
        ReportSubject.PartialCommittees => OrganizationBlockKind.PartialCommittees.JsonKey(),
        ReportSubject.SubordinateCells => OrganizationBlockKind.SubordinateCells.JsonKey(),
        ReportSubject.UpperCommittees => OrganizationBlockKind.UpperCommittees.JsonKey(),
        ReportSubject.LeadershipCollectives => "leadershipCollectives",
        ReportSubject.Leaders => "leaders",
        _ => "members",
    };

    public static string VietnameseName(this ReportSubject s) => s switch
    {
        ReportSubject.BaseOrganizations => OrganizationBlockKind.BaseOrganizations.VietnameseName(),
        ReportSubject.PartialCommittees => OrganizationBlockKind.PartialCommittees.VietnameseName(),
        ReportSubject.SubordinateCells => OrganizationBlockKind.SubordinateCells.VietnameseName(),
        ReportSubject.UpperCommittees => OrganizationBlockKind.UpperCommittees.VietnameseName(),
        ReportSubject.LeadershipCollectives => Rules.CountGroups.LeadershipCollectivesLabel,
        ReportSubject.Leaders => Rules.CountGroups.LeadersLabel,
        _ => Rules.CountGroups.MembersLabel,
    };

    /// <summary>Subjects counted in persons (members, leaders) rather than collectives.</summary>
    public static bool IsIndividual(this ReportSubject s) => s is ReportSubject.Members or ReportSubject.Leaders;
}

public static class LevelGroups
{
    public static string JsonKey(this LevelGroup g) => g switch
    {
        LevelGroup.GoodOrBetter => "goodOrBetter",
        LevelGroup.CompleteOrBetter => "completeOrBetter",
        LevelGroup.Exemplary => "exemplary",
        _ => ((RatingLevel)g).JsonKey(),
    };

    public static string VietnameseName(this LevelGroup g) => g switch
    {
        LevelGroup.GoodOrBetter => "Hoàn thành tốt nhiệm vụ trở lên",
        LevelGroup.CompleteOrBetter => "Hoàn thành nhiệm vụ trở lên",
        LevelGroup.Exemplary => "Trong sạch vững mạnh tiêu biểu",
        _ => ((RatingLevel)g).VietnameseName(),
    };

    public static LevelGroup From(RatingLevel level) => (LevelGroup)(int)level;
}

public static class PercentBases
{
    public static string JsonKey(this PercentBasis b) => b switch
    {
        PercentBasis.Unstated => "unstated",
        PercentBasis.Rated => "rated",
        PercentBasis.TotalOrRated => "total",
        PercentBasis.SubjectToRating => "subjectToRating",
        PercentBasis.Good => "good",
        PercentBasis.Parent => "parent",
        _ => "goodOrBetter",
    };

    public static string JsonKey(this NonResultReason r) => r switch
    {
        NonResultReason.Target => "target",
        NonResultReason.Estimate => "estimate",
        NonResultReason.Change => "change",
        _ => "otherYear",
    };

    public static string JsonKey(this PercentQualifier q) => q switch
    {
        PercentQualifier.AtLeast => "atLeast",
        PercentQualifier.AtMost => "atMost",
        PercentQualifier.Nearly => "nearly",
        _ => "about",
    };
}

public static class StatementKinds
{
    public static string JsonKey(this StatementKind k) => k switch
    {
        StatementKind.Total => "total",
        StatementKind.Rated => "rated",
        StatementKind.NotRated => "notRated",
        StatementKind.Exempt => "exempt",
        StatementKind.ExemptExcused => "exempt.excused",
        StatementKind.ExemptSuspended => "exempt.suspended",
        StatementKind.ExemptNewlyAdmitted => "exempt.newlyAdmitted",
        StatementKind.LevelCount => "levelCount",
        StatementKind.Percent => "percent",
        StatementKind.Breakdown => "breakdown",
        StatementKind.NotAResult => "notAResult",
        _ => "fraction",
    };
}
