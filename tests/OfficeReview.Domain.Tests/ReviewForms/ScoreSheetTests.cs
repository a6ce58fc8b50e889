using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests.ReviewForms;

/// <summary>The 366 conditions on a score row, each on both sides of its threshold.</summary>
public class ScoreSheetTests
{
    private static readonly ScoringFramework s_framework = ScoringFramework.Default366;

    /// <summary>A 2B row worth <paramref name="total"/> points (general 30 at most, the rest in tasks).</summary>
    private static ScoreRow Row(decimal total, int? assigned = null, int? done = null, int? exceeded = null, int? late = null,
        ShortcomingsState shortcomings = ShortcomingsState.NonePointedOut, RatingLevel? proposed = null, bool disqualified = false)
    {
        var general = Math.Min(30, total);
        var tasks = total - general;
        var points = new Dictionary<string, decimal>
        {
            ["G1"] = Math.Min(15, general), ["G2"] = Math.Min(10, Math.Max(0, general - 15)), ["G3"] = Math.Max(0, general - 25),
            ["T1"] = Math.Min(30, tasks), ["T2"] = Math.Min(20, Math.Max(0, tasks - 30)), ["T3"] = Math.Max(0, tasks - 50),
        };
        return new ScoreRow
        {
            Name = "Nguyễn Thị Hoa", Form = ReviewFormKind.Mau02B, Points = points, TasksAssigned = assigned, TasksDone = done,
            TasksExceeded = exceeded, TasksLate = late, Shortcomings = shortcomings, ProposedLevel = proposed, Disqualified = disqualified,
        };
    }

    private static ScoreResult Eval(ScoreRow row) => ScoreSheet.Evaluate(row, 0, s_framework);

    [Theory]
    [InlineData(90, RatingLevel.Excellent)]
    [InlineData(89.5, RatingLevel.Good)]
    [InlineData(70, RatingLevel.Good)]
    [InlineData(69, RatingLevel.Complete)]
    [InlineData(50, RatingLevel.Complete)]
    [InlineData(49.5, RatingLevel.NotComplete)]
    public void Bands_are_90_70_50(decimal total, RatingLevel band)
    {
        var r = Eval(Row(total));
        Assert.Equal(total, r.Total);
        Assert.Equal(band, r.Band);
        Assert.Equal(band, r.Highest); // no task counts: the band alone
    }

    [Theory]
    [InlineData(3, RatingLevel.Excellent)] // 30% exceeded
    [InlineData(2, RatingLevel.Good)]      // 20%: below 30%
    public void Excellent_needs_at_least_30_percent_exceeded(int exceeded, RatingLevel highest)
    {
        var r = Eval(Row(95, assigned: 10, done: 10, exceeded: exceeded, late: 0));
        Assert.Equal(highest, r.Highest);
    }

    [Theory]
    [InlineData(ShortcomingsState.AllRemedied, RatingLevel.Excellent)]
    [InlineData(ShortcomingsState.NonePointedOut, RatingLevel.Excellent)]
    [InlineData(ShortcomingsState.NotAllRemedied, RatingLevel.Good)]
    public void Excellent_needs_earlier_shortcomings_remedied(ShortcomingsState state, RatingLevel highest) =>
        Assert.Equal(highest, Eval(Row(95, assigned: 10, done: 10, exceeded: 5, late: 0, shortcomings: state)).Highest);

    [Theory]
    [InlineData(0, RatingLevel.Good)]
    [InlineData(1, RatingLevel.Complete)]  // a late task: no longer "on time"
    [InlineData(2, RatingLevel.Complete)]  // 20%: still within HTNV
    public void Late_tasks_lower_the_level(int late, RatingLevel highest) =>
        Assert.Equal(highest, Eval(Row(85, assigned: 10, done: 10, exceeded: 0, late: late)).Highest);

    [Fact]
    public void More_than_20_percent_late_or_some_undone_is_left_to_the_competent_level()
    {
        var late = Eval(Row(85, assigned: 10, done: 10, late: 3));
        Assert.Null(late.Highest);
        Assert.True(late.NeedsCompetentLevel);
        Assert.Contains(late.Findings, f => f.Code == ScoreSheet.CompetentLevelDecides && f.Severity == Severity.Warning);

        var undone = Eval(Row(85, assigned: 10, done: 5)); // exactly half undone: not "more than half"
        Assert.True(undone.NeedsCompetentLevel);
    }

    [Theory]
    [InlineData(4, RatingLevel.NotComplete)] // 6 of 10 undone: more than half
    [InlineData(5, null)]                     // 5 of 10: not more than half
    public void More_than_half_undone_is_not_complete(int done, RatingLevel? highest)
    {
        var r = Eval(Row(85, assigned: 10, done: done));
        Assert.Equal(highest, r.Highest);
    }

    [Fact]
    public void A_khoan_4_case_is_not_complete_whatever_the_score()
    {
        var r = Eval(Row(98, assigned: 10, done: 10, exceeded: 5, late: 0, disqualified: true, proposed: RatingLevel.Complete));
        Assert.Equal(RatingLevel.NotComplete, r.Highest);
        var f = Assert.Single(r.Findings, x => x.Code == ScoreSheet.ProposalAboveAllowed);
        Assert.Equal("scores[0].proposedLevel", f.Path);
        Assert.Contains("thuộc trường hợp không hoàn thành nhiệm vụ", f.Message);
    }

    [Theory]
    [InlineData(RatingLevel.Good, null)]
    [InlineData(RatingLevel.Excellent, ScoreSheet.ProposalAboveAllowed)]
    [InlineData(RatingLevel.Complete, ScoreSheet.ProposalBelowAllowed)]
    public void The_proposal_is_compared_with_what_score_and_conditions_allow(RatingLevel proposed, string? code)
    {
        var r = Eval(Row(88, assigned: 10, done: 10, exceeded: 4, late: 0, proposed: proposed));
        var proposal = r.Findings.Where(f => f.Path.EndsWith("proposedLevel", StringComparison.Ordinal)).ToList();
        if (code is null) Assert.Empty(proposal);
        else Assert.Equal(code, Assert.Single(proposal).Code);
    }

    [Fact]
    public void Points_are_checked_against_the_criterion_of_the_row_form()
    {
        var row = Row(80) with { Points = new Dictionary<string, decimal>(Row(80).Points) { ["G3"] = 6, ["G4"] = 1 } };
        var r = Eval(row);
        Assert.Contains(r.Findings, f => f.Code == ScoreSheet.PointsOutOfRange && f.Path == "scores[0].G3" && f.Message.Contains("0–5"));
        Assert.Contains(r.Findings, f => f.Code == ScoreSheet.PointsNotInForm && f.Path == "scores[0].G4");
        Assert.Null(r.Band); // a bad row gets no level
        var leader = Eval(row with { Form = ReviewFormKind.Mau02A }); // 2A has G4 (5 points) and G3 up to 8
        Assert.DoesNotContain(leader.Findings, f => f.Code == ScoreSheet.PointsNotInForm);
        Assert.DoesNotContain(leader.Findings, f => f.Path is "scores[0].G3" or "scores[0].G4");
        Assert.Contains(leader.Findings, f => f.Path == "scores[0].G1" && f.Message.Contains("0–6")); // 15 > 6 for 2A
    }

    [Theory]
    [InlineData(10, 11, 0, 0, "tasksDone")]
    [InlineData(10, 8, 9, 0, "tasksExceeded")]
    [InlineData(10, 8, 0, 9, "tasksLate")]
    [InlineData(-1, null, null, null, "tasksAssigned")]
    public void Task_counts_must_fit_inside_each_other(int assigned, int? done, int? exceeded, int? late, string field)
    {
        var r = Eval(Row(80, assigned, done, exceeded, late));
        Assert.Contains(r.Findings, f => f.Code == ScoreSheet.TaskCountsInconsistent && f.Path == $"scores[0].{field}");
        Assert.False(r.NeedsCompetentLevel);
    }

    [Fact]
    public void The_default_frame_adds_up_and_a_changed_frame_that_does_not_is_reported()
    {
        Assert.Empty(s_framework.Check());
        foreach (var a in s_framework.Annexes) Assert.Equal((30m, 70m), (a.Max(CriteriaGroup.General), a.Max(CriteriaGroup.Tasks)));
        var bad = s_framework.WithPoints(new Dictionary<(CriteriaAnnex, string), decimal> { [(CriteriaAnnex.NonLeader, "T1")] = 25 });
        var f = Assert.Single(bad.Check());
        Assert.Equal(ScoringFramework.BadGroupTotal, f.Code);
        Assert.Contains("65", f.Message);
    }
}

public class MemberFormsTests
{
    [Theory]
    [InlineData("Bí thư chi bộ", null, ReviewFormKind.Mau02A)]
    [InlineData("Phó Giám đốc Trung tâm", null, ReviewFormKind.Mau02A)]
    [InlineData("Trưởng thôn", null, ReviewFormKind.Mau02A)]
    [InlineData("Giáo viên Trường THCS Ia Grai", null, ReviewFormKind.Mau02B)]
    [InlineData("Giáo viên phổ thông", null, ReviewFormKind.Mau02B)]
    [InlineData("Chuyên viên", null, ReviewFormKind.Mau02B)]
    [InlineData(null, null, ReviewFormKind.Mau02B)]
    [InlineData("Hưu trí", null, ReviewFormKind.Mau02C)]
    [InlineData("Sinh viên", null, ReviewFormKind.Mau02C)]
    [InlineData("Hưu trí", "2A", ReviewFormKind.Mau02A)]
    [InlineData("Bí thư chi bộ", "02B", ReviewFormKind.Mau02B)]
    [InlineData("Chuyên viên", "Mẫu 2C-HD KĐ.ĐG 2025", ReviewFormKind.Mau02C)]
    public void The_form_column_wins_else_the_position_decides(string? position, string? form, ReviewFormKind expected) =>
        Assert.Equal(expected, MemberForms.FormOf(new MemberEntry { Name = "A", Position = position, Form = form }, out _));

    [Fact]
    public void Exempt_members_fill_no_form_and_the_prefill_is_cleaned()
    {
        MemberEntry[] list =
        [
            new() { Name = "  Nguyễn   Thị Hoa ", Position = "Chuyên viên", Cell = "Thôn 1", PreviousLevel = RatingLevel.Good },
            new() { Name = "Lê Văn Tư", ExemptReason = ExemptReason.Excused },
        ];
        var p = Assert.Single(MemberForms.Filling(list, ReviewFormKind.Mau05));
        Assert.Equal(("Nguyễn Thị Hoa", ReviewFormKind.Mau02B, RatingLevel.Good), (p.Name, p.Form, p.PreviousLevel!.Value));
        Assert.Equal("Chi bộ Thôn 1", ReviewFormInput.CellName(p.Cell!));
        Assert.Equal("Chi bộ Thôn 1", ReviewFormInput.CellName("chi bộ Thôn 1") is var n && n.StartsWith("chi", StringComparison.Ordinal) ? "Chi bộ Thôn 1" : n);
        Assert.Empty(MemberForms.Filling(list, ReviewFormKind.Mau02A));
    }

    [Theory]
    [InlineData("mau-02a", ReviewFormKind.Mau02A)]
    [InlineData("mau-2b", ReviewFormKind.Mau02B)]
    [InlineData("MAU-05", ReviewFormKind.Mau05)]
    [InlineData("mau-03", null)]
    [InlineData("bao-cao", null)]
    public void Slugs(string slug, ReviewFormKind? kind) => Assert.Equal(kind, ReviewFormKinds.FromSlug(slug));
}
