using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.ReviewForms;

/// <summary>Whether the shortcomings pointed out at the previous review were remedied (366 Điều 11 khoản 1.4).</summary>
public enum ShortcomingsState { NonePointedOut, AllRemedied, NotAllRemedied }

/// <summary>
/// One member's row of the scoring workbook ("bảng điểm"): the form, the points per criterion (codes G1…, T1… of the
/// member's annex), the task counts behind the 366 conditions, and the chi bộ's proposal.
/// </summary>
public sealed record ScoreRow
{
    public required string Name { get; init; }
    public string? Cell { get; init; }
    public string? Position { get; init; }
    /// <summary>2A, 2B or 2C; null when the row does not say (then <see cref="MemberForms"/> decides from the position).</summary>
    public ReviewFormKind? Form { get; init; }
    /// <summary>Points by criterion code; a code absent is "not scored yet".</summary>
    public IReadOnlyDictionary<string, decimal> Points { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Tasks assigned in the year (for a leader: the tasks of the units led).</summary>
    public int? TasksAssigned { get; init; }
    /// <summary>Of those, completed (on time or late).</summary>
    public int? TasksDone { get; init; }
    /// <summary>Of those completed, exceeded the requirement.</summary>
    public int? TasksExceeded { get; init; }
    /// <summary>Of those completed, behind schedule.</summary>
    public int? TasksLate { get; init; }
    public ShortcomingsState Shortcomings { get; init; } = ShortcomingsState.NonePointedOut;
    /// <summary>One of the cases of 366 Điều 11 khoản 4 applies (discipline tied to duties, degradation…).</summary>
    public bool Disqualified { get; init; }
    public RatingLevel? SelfLevel { get; init; }
    public RatingLevel? ProposedLevel { get; init; }
}

/// <summary>What the scores and the 366 conditions give for one row.</summary>
public sealed record ScoreResult
{
    public required ReviewFormKind Form { get; init; }
    public decimal? General { get; init; }
    public decimal? Tasks { get; init; }
    public decimal? Total { get; init; }
    /// <summary>The level of the total's band (90 / 70 / 50).</summary>
    public RatingLevel? Band { get; init; }
    /// <summary>The highest level whose task conditions hold (null when the counts are not given).</summary>
    public RatingLevel? ConditionsAllow { get; init; }
    /// <summary>The highest level the row can be proposed at: the lower of band and conditions; KHTNV when a case of khoản 4 applies.</summary>
    public RatingLevel? Highest { get; init; }
    /// <summary>Neither HTNV or above nor a KHTNV case holds: the text leaves it to the competent level.</summary>
    public bool NeedsCompetentLevel { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
}

/// <summary>
/// Scores one row against the framework and the numeric conditions of 366-QĐ/TW Điều 11 (HD43-RULES-AND-SCORING §1.1,
/// §1.2 c): HTXS needs all tasks done, at least 30% exceeded and the earlier shortcomings remedied; HTT all tasks done on
/// time; HTNV all done with at most 20% late; more than half undone is KHTNV. Paths of findings are
/// <c>scores[i].{field}</c> with field = criterion code, tasksAssigned…, proposedLevel, so a reader maps them to cells.
/// </summary>
public static class ScoreSheet
{
    public const string PointsOutOfRange = FindingCatalogue.ScorePointsOutOfRange;
    public const string PointsNotInForm = FindingCatalogue.ScorePointsNotInForm;
    public const string TaskCountsInconsistent = FindingCatalogue.ScoreTaskCounts;
    public const string ProposalAboveAllowed = FindingCatalogue.ScoreProposalAbove;
    public const string ProposalBelowAllowed = FindingCatalogue.ScoreProposalBelow;
    public const string CompetentLevelDecides = FindingCatalogue.ScoreCompetentLevel;
    public const string Incomplete = FindingCatalogue.ScoreIncomplete;

    public const decimal ExceededShare = 30m, LateShare = 20m, UndoneShare = 50m;

    public static ScoreResult Evaluate(ScoreRow row, int index, ScoringFramework framework, ReviewFormKind? fallbackForm = null)
    {
        var findings = new List<Finding>();
        var form = row.Form ?? fallbackForm ?? ReviewFormKind.Mau02B;
        var annex = framework.For(form.Annex() ?? CriteriaAnnex.NonLeader);
        var who = $"Đảng viên {row.Name}";
        string P(string field) => $"scores[{index}].{field}";

        var bad = false;
        foreach (var (code, value) in row.Points)
        {
            var criterion = annex.Criteria.FirstOrDefault(c => c.Code == code);
            if (criterion is null)
            {
                findings.Add(Finding.Error(PointsNotInForm, P(code), $"{who}: Mẫu {form.Number()} không có tiêu chí {code} ({annex.Annex.AnnexName()}); để trống ô này."));
                bad = true;
            }
            else if (value < 0 || value > criterion.MaxPoints)
            {
                findings.Add(Finding.Error(PointsOutOfRange, P(code), $"{who}: điểm tiêu chí {code} là {ScoringFramework.D(value)}, ngoài khoảng 0–{ScoringFramework.D(criterion.MaxPoints)}."));
                bad = true;
            }
        }

        decimal? Sum(CriteriaGroup g)
        {
            var codes = annex.In(g).Select(c => c.Code).ToList();
            var given = codes.Where(row.Points.ContainsKey).ToList();
            return given.Count == 0 ? null : given.Sum(c => row.Points[c]);
        }
        var general = Sum(CriteriaGroup.General);
        var tasks = Sum(CriteriaGroup.Tasks);
        var complete = annex.Criteria.All(c => row.Points.ContainsKey(c.Code));
        decimal? total = general is null && tasks is null ? null : (general ?? 0) + (tasks ?? 0);
        if (total is not null && !complete && !bad)
            findings.Add(Finding.Warning(Incomplete, P(annex.Criteria.First(c => !row.Points.ContainsKey(c.Code)).Code),
                $"{who}: còn tiêu chí chưa chấm ({string.Join(", ", annex.Criteria.Where(c => !row.Points.ContainsKey(c.Code)).Select(c => c.Code))})."));
        RatingLevel? band = total is { } t && !bad ? BandOf(t, framework) : null;

        var conditions = Conditions(row, who, P, findings, out var forcedNotComplete);
        RatingLevel? highest = row.Disqualified || forcedNotComplete ? RatingLevel.NotComplete
            : band is null ? null
            : conditions is null ? band
            : Lower(band.Value, conditions.Value);
        var needsCompetent = !row.Disqualified && !forcedNotComplete && conditions is null && row.TasksAssigned is > 0 && row.TasksDone is not null && band is not null
            && findings.All(f => f.Code != TaskCountsInconsistent)
            && band != RatingLevel.NotComplete && AllowedByCounts(row) is null;
        if (needsCompetent)
        {
            findings.Add(Finding.Warning(CompetentLevelDecides, P("tasksDone"),
                $"{who}: chưa hoàn thành hết nhiệm vụ nhưng không quá một nửa — không đủ điều kiện mức Hoàn thành nhiệm vụ trở lên, cũng không thuộc trường hợp không hoàn thành nhiệm vụ; cấp có thẩm quyền xem xét, quyết định."));
            highest = null;
        }

        if (row.ProposedLevel is { } proposed && highest is { } allowed && !bad)
        {
            if (proposed.Rank() > allowed.Rank())
                findings.Add(Finding.Error(ProposalAboveAllowed, P("proposedLevel"),
                    $"{who}: chi bộ đề xuất \"{proposed.VietnameseName()}\" cao hơn mức điểm và điều kiện cho phép (\"{allowed.VietnameseName()}\"{Why(band, conditions, row, forcedNotComplete)})."));
            else if (proposed.Rank() < allowed.Rank())
                findings.Add(Finding.Info(ProposalBelowAllowed, P("proposedLevel"),
                    $"{who}: chi bộ đề xuất \"{proposed.VietnameseName()}\", thấp hơn mức điểm và điều kiện cho phép (\"{allowed.VietnameseName()}\"); ghi rõ lý do (ví dụ giới hạn tỷ lệ)."));
        }

        return new ScoreResult
        {
            Form = form, General = general, Tasks = tasks, Total = total, Band = band,
            ConditionsAllow = conditions, Highest = highest, NeedsCompetentLevel = needsCompetent, Findings = findings,
        };
    }

    public static RatingLevel BandOf(decimal total, ScoringFramework framework) =>
        framework.Bands.FirstOrDefault(b => total >= b.MinScore)?.Level ?? RatingLevel.NotComplete;

    /// <summary>The highest level the task counts allow, or null when the counts are missing (or allow nothing).</summary>
    private static RatingLevel? Conditions(ScoreRow row, string who, Func<string, string> path, List<Finding> findings, out bool forcedNotComplete)
    {
        forcedNotComplete = false;
        if (row.TasksAssigned is not { } n) return null;
        var ok = true;
        void Bad(string field, string message) { findings.Add(Finding.Error(TaskCountsInconsistent, path(field), $"{who}: {message}")); ok = false; }
        if (n < 0) Bad("tasksAssigned", $"số nhiệm vụ được giao {n} âm.");
        if (row.TasksDone is { } d && (d < 0 || d > n)) Bad("tasksDone", $"số nhiệm vụ hoàn thành {d} phải trong khoảng 0–{n} (số được giao).");
        var done = row.TasksDone ?? 0;
        if (row.TasksExceeded is { } x && (x < 0 || x > done)) Bad("tasksExceeded", $"số nhiệm vụ vượt mức {x} phải trong khoảng 0–{done} (số hoàn thành).");
        if (row.TasksLate is { } l && (l < 0 || l > done)) Bad("tasksLate", $"số nhiệm vụ chậm tiến độ {l} phải trong khoảng 0–{done} (số hoàn thành).");
        if (!ok || n == 0 || row.TasksDone is null) return null;
        if ((n - done) * 100m > UndoneShare * n)
        {
            forcedNotComplete = true;
            return RatingLevel.NotComplete;
        }
        return AllowedByCounts(row);
    }

    private static RatingLevel? AllowedByCounts(ScoreRow row)
    {
        if (row.TasksAssigned is not { } n || n <= 0 || row.TasksDone is not { } done || done != n) return null;
        var late = row.TasksLate ?? 0;
        var exceeded = row.TasksExceeded ?? 0;
        if (late == 0 && exceeded * 100m >= ExceededShare * n && row.Shortcomings != ShortcomingsState.NotAllRemedied) return RatingLevel.Excellent;
        if (late == 0) return RatingLevel.Good;
        if (late * 100m <= LateShare * n) return RatingLevel.Complete;
        return null;
    }

    private static string Why(RatingLevel? band, RatingLevel? conditions, ScoreRow row, bool forced)
    {
        if (row.Disqualified) return ": thuộc trường hợp không hoàn thành nhiệm vụ";
        if (forced) return ": quá một nửa số nhiệm vụ không hoàn thành";
        if (conditions is { } c && band is { } b && c.Rank() < b.Rank())
            return row.Shortcomings == ShortcomingsState.NotAllRemedied && c == RatingLevel.Good && b == RatingLevel.Excellent
                ? ": chưa khắc phục xong hạn chế, khuyết điểm đã chỉ ra"
                : c == RatingLevel.Good ? ": dưới 30% số nhiệm vụ vượt mức"
                : c == RatingLevel.Complete ? ": có nhiệm vụ chậm tiến độ" : "";
        return band is { } bb ? $": tổng điểm thuộc khung {bb.Abbreviation()}" : "";
    }

    private static RatingLevel Lower(RatingLevel a, RatingLevel b) => a.Rank() <= b.Rank() ? a : b;
}
