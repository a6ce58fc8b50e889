namespace OfficeReview.Domain.Model;

/// <summary>
/// One unit's review figures for one year: the four subject groups (tổ chức đảng, đảng viên, tập thể lãnh đạo
/// quản lý, cá nhân cán bộ lãnh đạo quản lý). Every block is optional: null means "not reported".
/// </summary>
public sealed record UnitReport
{
    public const string SchemaId = "officereview.unit-report/1";

    public required int Year { get; init; }
    public required UnitInfo Unit { get; init; }
    public OrganizationBlocks? Organizations { get; init; }
    public MemberBlock? Members { get; init; }
    public CountBlock? LeadershipCollectives { get; init; }
    public CountBlock? Leaders { get; init; }
    public IReadOnlyList<MemberEntry>? MemberList { get; init; }
    /// <summary>The unit's own rating (as a collective), when known.</summary>
    public OwnRating? OwnRating { get; init; }
    /// <summary>
    /// The levels of the unit's directly subordinate party organizations (and leadership collectives), one entry
    /// each, when the unit lists them — what the organization-level rules check the unit's own level against.
    /// </summary>
    public IReadOnlyList<OrganizationEntry>? OrganizationList { get; init; }
}

public sealed record UnitInfo
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>Slug of the loại hình (see <see cref="UnitCategories"/>), or null.</summary>
    public string? Category { get; init; }
    /// <summary>Code of the parent unit, or null for the top.</summary>
    public string? Parent { get; init; }
}

public sealed record OwnRating
{
    public RatingLevel? Level { get; init; }
    public decimal? Score { get; init; }
    /// <summary>A subordinate organization or a member of the leadership collective was disciplined in the year (blocks HTXS).</summary>
    public bool HasDisciplinedSubordinate { get; init; }
    /// <summary>Task figures of the collective for the year (366 Điều 11: ≥ 30% exceeded, ≤ 20% late, &lt; 70% done).</summary>
    public TaskFigures? Tasks { get; init; }
    /// <summary>Shortcomings pointed out at the previous review: true = all remedied, false = not all; null = none or not stated.</summary>
    public bool? ShortcomingsFixed { get; init; }
    /// <summary>The competent level weighed the circumstances of a KHTNV case and decided otherwise.</summary>
    public bool CompetentLevelException { get; init; }
}

/// <summary>
/// One directly subordinate party organization (or leadership collective) of the reporting unit, with its level.
/// Leaders in the member list point at these entries (and at the unit itself) by code.
/// </summary>
public sealed record OrganizationEntry
{
    public required string Code { get; init; }
    public string? Name { get; init; }
    public UnitKind? Kind { get; init; }
    /// <summary>This entry is a leadership collective (tập thể lãnh đạo, quản lý), not a party organization.</summary>
    public bool LeadershipCollective { get; init; }
    /// <summary>For a leadership collective: the code of the organization, agency or unit it leads (HD 21: not rated above it).</summary>
    public string? CollectiveOf { get; init; }
    public decimal? Score { get; init; }
    public RatingLevel? ProposedLevel { get; init; }
    public RatingLevel? DecidedLevel { get; init; }
    /// <summary>The organization itself was disciplined in the year.</summary>
    public bool Disciplined { get; init; }
    /// <summary>A subordinate organization or a member of its leadership collective was disciplined in the year.</summary>
    public bool HasDisciplinedSubordinate { get; init; }
    /// <summary>The organization is newly established (not rated: HD 21 &lt; 6 months).</summary>
    public bool NewlyEstablished { get; init; }
    public TaskFigures? Tasks { get; init; }
    public bool? ShortcomingsFixed { get; init; }
    /// <summary>The competent level weighed the circumstances of a KHTNV case and decided otherwise.</summary>
    public bool CompetentLevelException { get; init; }

    /// <summary>The level that counts: decided, else proposed.</summary>
    public RatingLevel? FinalLevel => DecidedLevel ?? ProposedLevel;
}

/// <summary>The four organization blocks, kept separate and never summed together (REVIEW-DOMAIN §4.3).</summary>
public sealed record OrganizationBlocks
{
    /// <summary>(I) Tổ chức cơ sở đảng: đảng bộ cơ sở + chi bộ cơ sở.</summary>
    public OrganizationBlock? BaseOrganizations { get; init; }
    /// <summary>(II) Đảng bộ bộ phận.</summary>
    public OrganizationBlock? PartialCommittees { get; init; }
    /// <summary>(III) Chi bộ trực thuộc.</summary>
    public OrganizationBlock? SubordinateCells { get; init; }
    /// <summary>(IV) Đảng bộ cấp trên trực tiếp cơ sở.</summary>
    public OrganizationBlock? UpperCommittees { get; init; }

    public IEnumerable<(OrganizationBlockKind Kind, OrganizationBlock Block)> Present()
    {
        if (BaseOrganizations is not null) yield return (OrganizationBlockKind.BaseOrganizations, BaseOrganizations);
        if (PartialCommittees is not null) yield return (OrganizationBlockKind.PartialCommittees, PartialCommittees);
        if (SubordinateCells is not null) yield return (OrganizationBlockKind.SubordinateCells, SubordinateCells);
        if (UpperCommittees is not null) yield return (OrganizationBlockKind.UpperCommittees, UpperCommittees);
    }

    public OrganizationBlock? Get(OrganizationBlockKind kind) => kind switch
    {
        OrganizationBlockKind.BaseOrganizations => BaseOrganizations,
        OrganizationBlockKind.PartialCommittees => PartialCommittees,
        OrganizationBlockKind.SubordinateCells => SubordinateCells,
        OrganizationBlockKind.UpperCommittees => UpperCommittees,
        _ => null,
    };
}

public enum OrganizationBlockKind { BaseOrganizations, PartialCommittees, SubordinateCells, UpperCommittees }

public static class OrganizationBlockKinds
{
    public static readonly IReadOnlyList<OrganizationBlockKind> All = Enum.GetValues<OrganizationBlockKind>();

    public static string JsonKey(this OrganizationBlockKind kind) => kind switch
    {
        OrganizationBlockKind.BaseOrganizations => "baseOrganizations",
        OrganizationBlockKind.PartialCommittees => "partialCommittees",
        OrganizationBlockKind.SubordinateCells => "subordinateCells",
        OrganizationBlockKind.UpperCommittees => "upperCommittees",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string VietnameseName(this OrganizationBlockKind kind) => kind switch
    {
        OrganizationBlockKind.BaseOrganizations => "Tổ chức cơ sở đảng",
        OrganizationBlockKind.PartialCommittees => "Đảng bộ bộ phận",
        OrganizationBlockKind.SubordinateCells => "Chi bộ trực thuộc",
        OrganizationBlockKind.UpperCommittees => "Đảng bộ cấp trên trực tiếp cơ sở",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>Percentages as the source document typed them (19.0 means 19,0%), one per level.</summary>
public sealed record LevelPercents
{
    public decimal? Excellent { get; init; }
    public decimal? Good { get; init; }
    public decimal? Complete { get; init; }
    public decimal? NotComplete { get; init; }

    public decimal? Get(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => Excellent,
        RatingLevel.Good => Good,
        RatingLevel.Complete => Complete,
        RatingLevel.NotComplete => NotComplete,
        _ => null,
    };

    public static LevelPercents From(Func<RatingLevel, decimal?> value) => new()
    {
        Excellent = value(RatingLevel.Excellent),
        Good = value(RatingLevel.Good),
        Complete = value(RatingLevel.Complete),
        NotComplete = value(RatingLevel.NotComplete),
    };
}

/// <summary>
/// Counts for one group of rated subjects: total, not rated, the four levels. <see cref="Rated"/> is the figure
/// the source stated ("số được đánh giá, xếp loại"); when absent it is derived as the sum of the levels.
/// </summary>
public record CountBlock
{
    public long? Total { get; init; }
    public long? NotRated { get; init; }
    public long? Rated { get; init; }
    public long? Excellent { get; init; }
    public long? Good { get; init; }
    public long? Complete { get; init; }
    public long? NotComplete { get; init; }
    public LevelPercents? StatedPercents { get; init; }
    /// <summary>The competent level approved the 25% HTXS cap for this group (366-QĐ/TW only).</summary>
    public bool QuotaExceptionApproved { get; init; }

    public long? Get(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => Excellent,
        RatingLevel.Good => Good,
        RatingLevel.Complete => Complete,
        RatingLevel.NotComplete => NotComplete,
        _ => null,
    };

    /// <summary>Sum of the four levels, or null when none is reported.</summary>
    public long? LevelSum =>
        Excellent is null && Good is null && Complete is null && NotComplete is null
            ? null
            : CountBlockMath.Add(CountBlockMath.Add(Excellent ?? 0, Good ?? 0), CountBlockMath.Add(Complete ?? 0, NotComplete ?? 0));

    /// <summary>The number rated: the stated figure, else the sum of the levels.</summary>
    public long? EffectiveRated => Rated ?? LevelSum;
}

/// <summary>One row of an organization block by loại hình.</summary>
public sealed record CategoryRow : CountBlock
{
    public required string Category { get; init; }
}

public sealed record OrganizationBlock : CountBlock
{
    public IReadOnlyList<CategoryRow>? ByCategory { get; init; }
}

/// <summary>The three groups of members not subject to rating (HD 43 mục 1).</summary>
public sealed record ExemptCounts
{
    /// <summary>Miễn công tác và sinh hoạt đảng.</summary>
    public long? Excused { get; init; }
    /// <summary>Đình chỉ sinh hoạt đảng.</summary>
    public long? Suspended { get; init; }
    /// <summary>Mới kết nạp chưa đủ 6 tháng.</summary>
    public long? NewlyAdmitted { get; init; }

    public long Sum => CountBlockMath.Add(CountBlockMath.Add(Excused ?? 0, Suspended ?? 0), NewlyAdmitted ?? 0);

    public long? Get(ExemptReason reason) => reason switch
    {
        ExemptReason.Excused => Excused,
        ExemptReason.Suspended => Suspended,
        ExemptReason.NewlyAdmitted => NewlyAdmitted,
        _ => null,
    };
}

public enum ExemptReason { Excused, Suspended, NewlyAdmitted }

public static class ExemptReasons
{
    public static readonly IReadOnlyList<ExemptReason> All = Enum.GetValues<ExemptReason>();

    public static string JsonKey(this ExemptReason reason) => reason switch
    {
        ExemptReason.Excused => "excused",
        ExemptReason.Suspended => "suspended",
        ExemptReason.NewlyAdmitted => "newlyAdmitted",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string VietnameseName(this ExemptReason reason) => reason switch
    {
        ExemptReason.Excused => "Miễn công tác và sinh hoạt đảng",
        ExemptReason.Suspended => "Đình chỉ sinh hoạt đảng",
        ExemptReason.NewlyAdmitted => "Mới kết nạp chưa đủ 6 tháng",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static ExemptReason? FromJsonKey(string? key) =>
        All.Cast<ExemptReason?>().FirstOrDefault(r => r!.Value.JsonKey() == key);
}

public sealed record MemberBlock : CountBlock
{
    public ExemptCounts? Exempt { get; init; }
    /// <summary>Members rated this year who were disciplined in the year (optional detail).</summary>
    public long? DisciplinedInYear { get; init; }
}

/// <summary>One row of the member list (danh sách đảng viên kèm mức xếp loại).</summary>
public sealed record MemberEntry
{
    public required string Name { get; init; }
    public int? BirthYear { get; init; }
    public string? Position { get; init; }
    /// <summary>The chi bộ the member belongs to (the comparable group for the quota).</summary>
    public string? Cell { get; init; }
    /// <summary>Self-review form: 2A (leaders), 2B (non-leaders), 2C (outside the political system).</summary>
    public string? Form { get; init; }
    /// <summary>Nhóm tiêu chí chung, out of 30 (366-QĐ/TW).</summary>
    public decimal? GeneralScore { get; init; }
    /// <summary>Nhóm tiêu chí kết quả thực hiện nhiệm vụ, out of 70 (366-QĐ/TW).</summary>
    public decimal? TaskScore { get; init; }
    public RatingLevel? SelfLevel { get; init; }
    public RatingLevel? ProposedLevel { get; init; }
    public RatingLevel? DecidedLevel { get; init; }
    public ExemptReason? ExemptReason { get; init; }
    public bool DisciplinedInYear { get; init; }
    /// <summary>One of the "Không hoàn thành nhiệm vụ" cases applies regardless of score (366 Điều 11 khoản 4).</summary>
    public bool Disqualified { get; init; }
    /// <summary>The competent level weighed the circumstances and decided otherwise (cấp có thẩm quyền xem xét).</summary>
    public bool CompetentLevelException { get; init; }
    /// <summary>The member's level of the previous year (prefilled into the review forms).</summary>
    public RatingLevel? PreviousLevel { get; init; }
    public string? Note { get; init; }

    // ---- status of the member (HD 43 mục 1, 7.5, 7.6; 366 Điều 3 khoản 4) ----------------------------------------
    /// <summary>Ngày vào Đảng (kết nạp).</summary>
    public DateOnly? AdmissionDate { get; init; }
    /// <summary>Đảng viên chính thức / dự bị.</summary>
    public MembershipStatus? Membership { get; init; }
    /// <summary>Kết quả xếp loại cán bộ, công chức, viên chức of the year (the basis of the party rating, 366 Điều 3 khoản 4).</summary>
    public RatingLevel? StaffRating { get; init; }
    public TemporaryActivity? TemporaryActivity { get; init; }
    /// <summary>Nghỉ ốm từ 03 tháng trở lên trong năm / nghỉ thai sản.</summary>
    public LeaveKind? Leave { get; init; }
    /// <summary>Kết quả biểu quyết: the share (percent) of the chi bộ's votes for the proposed level.</summary>
    public decimal? VotePercent { get; init; }

    // ---- discipline (366 Điều 11 khoản 4; HD 21 mục II.B 2.3; 124 Điều 12) ----------------------------------------
    /// <summary>Hình thức kỷ luật decided in the rating period; null when none (or only the old yes/no flag is known).</summary>
    public DisciplineForm? DisciplineForm { get; init; }
    /// <summary>
    /// The violation concerns the member's duties ("liên quan đến chức trách, nhiệm vụ trong thực thi công vụ" / "hoạt
    /// động công vụ"): true, false, or null when not stated.
    /// </summary>
    public bool? DisciplineDutyRelated { get; init; }
    /// <summary>Căn cứ: the decision (số, ngày, cơ quan) and the violation, as text.</summary>
    public string? DisciplineBasis { get; init; }
    /// <summary>Self-detected and consequences fixed (124 Điều 12; 366 softening).</summary>
    public bool DisciplineSelfDetected { get; init; }
    /// <summary>The violation happened at the member's previous unit (366: counts in the old unit's rating).</summary>
    public bool DisciplinePreviousUnit { get; init; }
    /// <summary>The same violation was already counted in an earlier year's rating ("một vi phạm chỉ tính một lần", HD 16/21).</summary>
    public bool DisciplineCountedBefore { get; init; }

    // ---- leaders (366 Điều 11 khoản 4.2; HD 21 tiết 3) --------------------------------------------------------------
    /// <summary>Codes of the units the member is the head of (người đứng đầu, bí thư).</summary>
    public IReadOnlyList<string>? Heads { get; init; }
    /// <summary>Codes of the units whose leadership collective (cấp ủy, chi ủy, tập thể lãnh đạo) the member belongs to or directly leads.</summary>
    public IReadOnlyList<string>? Leads { get; init; }
    /// <summary>Share (percent) of low-confidence votes at the year's vote of confidence, if one was held.</summary>
    public decimal? LowConfidencePercent { get; init; }

    // ---- 366 numeric conditions ----------------------------------------------------------------------------------
    public TaskFigures? Tasks { get; init; }
    /// <summary>Shortcomings pointed out at the previous review: true = all remedied, false = not all; null = none or not stated.</summary>
    public bool? ShortcomingsFixed { get; init; }

    /// <summary>Disciplined in the rating period: the flag, or a recorded form.</summary>
    public bool IsDisciplined => DisciplinedInYear || DisciplineForm is not null;

    /// <summary>Every unit the member heads or leads, heads first.</summary>
    public IEnumerable<string> LedUnits => (Heads ?? []).Concat(Leads ?? []).Distinct(StringComparer.Ordinal);

    public decimal? TotalScore => GeneralScore is null && TaskScore is null ? null : (GeneralScore ?? 0) + (TaskScore ?? 0);

    /// <summary>The level that counts: decided, else proposed, else self-assessed.</summary>
    public RatingLevel? FinalLevel => DecidedLevel ?? ProposedLevel ?? SelfLevel;
}
