using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using static OfficeReview.Domain.Tests.Reports;

namespace OfficeReview.Domain.Tests;

/// <summary>The rules of issue #12, each with cases on both sides of its condition (citations: docs/rules.md).</summary>
public class TextRuleTests
{
    private static UnitReport Cell(int year, RatingLevel? own, params MemberEntry[] members) => new()
    {
        Year = year,
        Unit = new UnitInfo { Code = "CB01", Name = "Chi bộ thôn 1", Kind = UnitKind.SubordinateCell, Parent = "DB01" },
        OwnRating = own is null ? null : new OwnRating { Level = own },
        MemberList = members,
    };

    private static List<MemberEntry> Goods(int n, string prefix = "Đảng viên") =>
        Enumerable.Range(1, n).Select(i => Member($"{prefix} {i}", RatingLevel.Good)).ToList();

    private static IReadOnlyList<Finding> Codes(UnitReport r, string code) => r.Validate().Where(f => f.Code == code).ToList();

    [Theory]
    [InlineData(UnitKind.SubordinateCell, null, Severity.Info)]                 // a part of its TCCS: information
    [InlineData(UnitKind.PartialCommittee, null, Severity.Info)]
    [InlineData(UnitKind.BaseCell, null, Severity.Error)]                       // a chi bộ cơ sở is the TCCS
    [InlineData(UnitKind.BaseCommittee, null, Severity.Error)]
    [InlineData(UnitKind.UpperCommittee, null, Severity.Error)]                 // a sum over the cap means some TCCS is over it
    [InlineData(UnitKind.SubordinateCell, QuotaGrouping.Cell, Severity.Error)]  // the campaign counts per chi bộ
    public void AChiBoTrucThuocsOwnShareIsInformationUnlessTheCampaignCountsPerChiBo(UnitKind kind, QuotaGrouping? grouping, Severity severity)
    {
        var report = Cell(2025, null, [Member("A", RatingLevel.Excellent), .. Goods(3)]) with { Members = Members(1, 3, 0, 0) };
        report = report with { Unit = report.Unit with { Kind = kind } };
        var p = Rulesets.ForYear(2025, new RulesetOverrides { MemberQuotaGrouping = grouping }).Parameters;
        var findings = new ExcellentQuotaRule().Run(report, p);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(severity, f.Severity));
        Assert.Empty(new ExcellentQuotaRule().Run(report with { MemberList = [Member("A", RatingLevel.Excellent), .. Goods(5)], Members = Members(1, 5, 0, 0) }, p));
    }

    // ---- exempt groups per generation (item 4) ------------------------------------------------------------------------

    [Theory]
    [InlineData(2018, ExemptReason.Suspended, true)]
    [InlineData(2018, ExemptReason.NewlyAdmitted, true)]
    [InlineData(2018, ExemptReason.Excused, false)]
    [InlineData(2019, ExemptReason.Suspended, false)]
    [InlineData(2023, ExemptReason.NewlyAdmitted, false)]
    [InlineData(2025, ExemptReason.Suspended, false)]
    public void ExemptGroupsAreThoseOfTheGeneration(int year, ExemptReason reason, bool flagged)
    {
        var report = Cell(year, null, Member("A", null) with { ExemptReason = reason }) with { Members = Members(0, 0, 0, 0, excused: reason == ExemptReason.Excused ? 1 : 0, suspended: reason == ExemptReason.Suspended ? 1 : 0, newly: reason == ExemptReason.NewlyAdmitted ? 1 : 0) };
        var findings = Codes(report, MemberStatusRule.ExemptGroupNotInRuleset);
        Assert.Equal(flagged ? 2 : 0, findings.Count); // the list entry and the summary count
        if (flagged) Assert.Contains("16-HD/BTCTW", findings[0].Message);
    }

    [Fact]
    public void The2018GenerationIsReadFromTheParameters()
    {
        var ruleset = Rulesets.ForYear(2018);
        Assert.Equal("132", ruleset.Id);
        Assert.Equal("132-QĐ/TW + 16-HD/BTCTW", ruleset.ParametersFor(2018).Label);
        Assert.Equal("132-QĐ/TW + 21-HD/BTCTW", ruleset.ParametersFor(2019).Label);
        Assert.Equal([ExemptReason.Excused], ruleset.ParametersFor(2018).ExemptGroups);
        Assert.Equal(ExemptReasons.All, ruleset.ParametersFor(2022).ExemptGroups);
    }

    // ---- admission date, temporary activity, leave, staff rating, probationary (item 6) -------------------------------

    [Theory]
    [InlineData("2026-01-02", null, MemberStatusRule.AdmissionAfterYear)]
    [InlineData("2025-05-31", ExemptReason.NewlyAdmitted, MemberStatusRule.NewlyAdmittedDate)]
    [InlineData("2025-06-01", ExemptReason.NewlyAdmitted, null)]
    [InlineData("2025-07-01", null, MemberStatusRule.NewlyAdmittedRated)]
    [InlineData("2025-06-30", null, null)]
    public void AdmissionDate(string date, ExemptReason? reason, string? code)
    {
        var m = Member("A", reason is null ? RatingLevel.Good : null) with { AdmissionDate = DateOnly.Parse(date), ExemptReason = reason };
        var findings = new MemberStatusRule().Run(Cell(2025, null, m));
        if (code is null) Assert.Empty(findings);
        else Assert.Equal(code, Assert.Single(findings).Code);
    }

    [Fact]
    public void TemporaryMembersAreRatedAtTheOfficialChiBo()
    {
        var hosted = Member("Khách", RatingLevel.Good) with { TemporaryActivity = TemporaryActivity.Hosted };
        var away = Member("Đi vắng", RatingLevel.Good) with { TemporaryActivity = TemporaryActivity.Away };
        Assert.Equal(MemberStatusRule.TemporaryRatedHere, Assert.Single(new MemberStatusRule().Run(Cell(2025, null, hosted))).Code);
        Assert.Empty(new MemberStatusRule().Run(Cell(2025, null, away)));
        // The hosted member is not on this chi bộ's roll: the summary counts only the away member.
        var report = Cell(2025, null, away, hosted with { DecidedLevel = null }) with { Members = Members(0, 1, 0, 0) };
        Assert.Empty(new MemberListSummaryRule().Run(report));
    }

    [Theory]
    [InlineData(2021, LeaveKind.SickLeave, RatingLevel.Good, true)]
    [InlineData(2021, LeaveKind.SickLeave, RatingLevel.Complete, false)]
    [InlineData(2021, LeaveKind.Maternity, RatingLevel.Good, false)]
    [InlineData(2025, LeaveKind.SickLeave, RatingLevel.Excellent, false)]
    public void SickLeaveCapOnlyUnderHd21(int year, LeaveKind leave, RatingLevel level, bool flagged)
    {
        var findings = new MemberStatusRule().Run(Cell(year, null, Member("A", level) with { Leave = leave }));
        Assert.Equal(flagged, findings.Any(f => f.Code == MemberStatusRule.SickLeaveLevel));
    }

    [Fact]
    public void StaffRating()
    {
        var staffFailed = Member("A", RatingLevel.Complete) with { StaffRating = RatingLevel.NotComplete };
        var f = Assert.Single(new MemberStatusRule().Run(Cell(2021, null, staffFailed)));
        Assert.Equal((MemberStatusRule.StaffNotComplete, Severity.Error), (f.Code, f.Severity));
        Assert.Empty(new MemberStatusRule().Run(Cell(2021, null, staffFailed with { DecidedLevel = RatingLevel.NotComplete })));
        var info = Assert.Single(new MemberStatusRule().Run(Cell(2025, null, staffFailed)));
        Assert.Equal((MemberStatusRule.StaffRatingBelow, Severity.Info), (info.Code, info.Severity));
        Assert.Empty(new MemberStatusRule().Run(Cell(2025, null, staffFailed with { StaffRating = RatingLevel.Good })));
    }

    [Theory]
    [InlineData(MembershipStatus.Probationary, DisciplineForm.Dismissal, true)]
    [InlineData(MembershipStatus.Probationary, DisciplineForm.Expulsion, true)]
    [InlineData(MembershipStatus.Probationary, DisciplineForm.Warning, false)]
    [InlineData(MembershipStatus.Official, DisciplineForm.Dismissal, false)]
    public void ProbationaryMembersOnlyGetReprimandOrWarning(MembershipStatus status, DisciplineForm form, bool flagged)
    {
        var m = Member("A", RatingLevel.NotComplete) with { Membership = status, DisciplineForm = form, DisciplineDutyRelated = true };
        Assert.Equal(flagged, new MemberStatusRule().Run(Cell(2025, null, m)).Any(f => f.Code == MemberStatusRule.ProbationaryDisciplineForm));
    }

    [Fact]
    public void PercentagesWithinZeroToHundred()
    {
        Assert.Equal(2, new MemberStatusRule().Run(Cell(2025, null, Member("A", RatingLevel.Good) with { VotePercent = 120, LowConfidencePercent = -1 })).Count);
        Assert.Empty(new MemberStatusRule().Run(Cell(2025, null, Member("A", RatingLevel.Good) with { VotePercent = 80, LowConfidencePercent = 0 })));
    }

    // ---- discipline (item 3) ---------------------------------------------------------------------------------------

    [Theory]
    // 366: every form from khiển trách counts, but only for a violation tied to the member's duties, not at a previous unit.
    [InlineData(2025, DisciplineForm.Reprimand, true, false, false, false, MemberDisqualificationRule.Disciplined)]
    [InlineData(2025, DisciplineForm.Expulsion, true, false, false, false, MemberDisqualificationRule.Disciplined)]
    [InlineData(2025, DisciplineForm.Warning, false, false, false, false, MemberDisqualificationRule.DisciplineNotCounted)]
    [InlineData(2025, DisciplineForm.Warning, true, true, false, false, MemberDisqualificationRule.DisciplineNotCounted)]
    [InlineData(2025, DisciplineForm.Warning, null, false, false, false, MemberDisqualificationRule.DisciplineBasisMissing)]
    // HD 21: any discipline in the year, one violation counted once; self-detection does not matter.
    [InlineData(2021, DisciplineForm.Reprimand, false, false, false, false, MemberDisqualificationRule.Disciplined)]
    [InlineData(2021, DisciplineForm.Reprimand, false, false, true, false, MemberDisqualificationRule.DisciplineNotCounted)]
    [InlineData(2021, DisciplineForm.Reprimand, false, false, false, true, MemberDisqualificationRule.Disciplined)]
    // 124: any discipline in the year unless self-detected and consequences fixed.
    [InlineData(2023, DisciplineForm.Reprimand, false, false, false, false, MemberDisqualificationRule.Disciplined)]
    [InlineData(2023, DisciplineForm.Reprimand, false, false, false, true, MemberDisqualificationRule.DisciplineNotCounted)]
    public void DisciplineAsEachGenerationWritesIt(int year, DisciplineForm form, bool? duty, bool previousUnit, bool countedBefore, bool selfDetected, string code)
    {
        var m = Member("Lê Văn C", RatingLevel.Complete) with
        {
            DisciplineForm = form,
            DisciplineDutyRelated = duty,
            DisciplinePreviousUnit = previousUnit,
            DisciplineCountedBefore = countedBefore,
            DisciplineSelfDetected = selfDetected,
            DisciplineBasis = "Quyết định số 05-QĐ/UBKT",
        };
        var f = Assert.Single(new MemberDisqualificationRule().Run(Cell(year, null, m)));
        Assert.Equal(code, f.Code);
        // KHTNV is always consistent with a discipline.
        Assert.Empty(new MemberDisqualificationRule().Run(Cell(year, null, m with { DecidedLevel = RatingLevel.NotComplete })));
    }

    // ---- organization level vs members and sub-units (item 2) --------------------------------------------------------

    [Fact]
    public void AChiBoHtxsWithAKhtnvMemberUnderHd21IsAnError()
    {
        // Hidden case of the review: a 2021 chi bộ rated HTXS with one KHTNV member.
        var members = Goods(9).Append(Member("Lê Văn C", RatingLevel.NotComplete)).ToArray();
        var f = Assert.Single(Codes(Cell(2021, RatingLevel.Excellent, members), OrganizationLevelRule.MembersBelowLevel));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("ownRating.level", f.Path);
        Assert.Contains("1.3", f.Message);
        // Same chi bộ rated HTNV: clean.
        Assert.Empty(Codes(Cell(2021, RatingLevel.Complete, members), OrganizationLevelRule.MembersBelowLevel));
        // 366 sets no member share: the same case is a warning for the competent level.
        var w = Assert.Single(Codes(Cell(2025, RatingLevel.Excellent, members), OrganizationLevelRule.MembersBelowLevel));
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Empty(Codes(Cell(2025, RatingLevel.Excellent, [.. Goods(10)]), OrganizationLevelRule.MembersBelowLevel));
    }

    [Theory]
    [InlineData(RatingLevel.Excellent, 8, 2, null)]                 // 80% HTT or above: HTXS holds
    [InlineData(RatingLevel.Excellent, 7, 3, Severity.Error)]       // 70%
    [InlineData(RatingLevel.Good, 5, 5, null)]                      // 50%: HTT holds
    [InlineData(RatingLevel.Good, 4, 6, Severity.Warning)]          // 40% (HTT share is a secondary source: warning)
    public void Hd21SharesOfHttOrAbove(RatingLevel own, int good, int complete, Severity? severity)
    {
        var members = Goods(good).Concat(Enumerable.Range(1, complete).Select(i => Member($"HTNV {i}", RatingLevel.Complete))).ToArray();
        var findings = Codes(Cell(2020, own, members), OrganizationLevelRule.MembersBelowLevel);
        Assert.Equal(severity, findings.SingleOrDefault()?.Severity);
        // Without a member list the members summary carries the same counts.
        var summaryOnly = Cell(2020, own) with { MemberList = null, Members = Members(0, good, complete, 0) };
        Assert.Equal(severity, Codes(summaryOnly, OrganizationLevelRule.MembersBelowLevel).SingleOrDefault()?.Severity);
    }

    [Fact]
    public void ADangBoAgainstItsSubordinateOrganizations()
    {
        var dangBo = new UnitReport
        {
            Year = 2021,
            Unit = new UnitInfo { Code = "DB01", Name = "Đảng bộ Trường THPT", Kind = UnitKind.BaseCommittee, Parent = "X" },
            OwnRating = new OwnRating { Level = RatingLevel.Excellent },
        };
        var withBlock = dangBo.WithCells(Org(1, 8, 0, 1));
        Assert.Equal(Severity.Error, Assert.Single(Codes(withBlock, OrganizationLevelRule.SubunitsBelowLevel)).Severity);
        Assert.Empty(Codes(dangBo.WithCells(Org(1, 8, 1, 0)), OrganizationLevelRule.SubunitsBelowLevel));
        var withList = dangBo with
        {
            OrganizationList =
            [
                new OrganizationEntry { Code = "B1", Name = "Chi bộ 1", DecidedLevel = RatingLevel.Good },
                new OrganizationEntry { Code = "B2", Name = "Chi bộ 2", DecidedLevel = RatingLevel.NotComplete },
            ],
        };
        Assert.Single(Codes(withList, OrganizationLevelRule.SubunitsBelowLevel));
    }

    [Fact]
    public void DisciplinedLeadershipMemberBlocksHtxsAndADutyViolationMakesTheCollectiveKhtnv()
    {
        var secretary = Member("Bí thư", RatingLevel.NotComplete) with { Heads = ["CB01"], DisciplineForm = DisciplineForm.Reprimand, DisciplineDutyRelated = false };
        var report = Cell(2025, RatingLevel.Excellent, [.. Goods(10), secretary]);
        Assert.Single(Codes(report, MemberDisqualificationRule.CollectiveExcellentBlocked));
        Assert.Empty(Codes(report, OrganizationLevelRule.CollectiveNotCompleteCase));
        var good = report with { OwnRating = new OwnRating { Level = RatingLevel.Good } };
        Assert.Empty(Codes(good, MemberDisqualificationRule.CollectiveExcellentBlocked));

        var duty = good with { MemberList = [.. Goods(10), secretary with { DisciplineDutyRelated = true }] };
        Assert.Single(Codes(duty, OrganizationLevelRule.CollectiveNotCompleteCase));
        Assert.Empty(Codes(duty with { OwnRating = new OwnRating { Level = RatingLevel.Good, CompetentLevelException = true } }, OrganizationLevelRule.CollectiveNotCompleteCase));
        // A member who does not lead the chi bộ does not bear on the collective's level.
        Assert.Empty(Codes(duty with { MemberList = [.. Goods(10), secretary with { Heads = null, DisciplineDutyRelated = true }] }, OrganizationLevelRule.CollectiveNotCompleteCase));
    }

    [Theory]
    [InlineData(1, RatingLevel.Complete, null)]
    [InlineData(1, RatingLevel.Good, MemberDisqualificationRule.CollectiveExcellentBlocked)] // 124: HTT blocked too
    [InlineData(2, RatingLevel.Complete, OrganizationLevelRule.CollectiveNotCompleteCase)]  // 2 of 5 = 40% > 20%
    public void Under124MoreThanTwentyPercentDisciplinedSubunitsMakeTheCollectiveKhtnv(int disciplined, RatingLevel own, string? code)
    {
        var report = new UnitReport
        {
            Year = 2024,
            Unit = new UnitInfo { Code = "DB01", Name = "Đảng bộ xã A", Kind = UnitKind.UpperCommittee, Parent = "T" },
            OwnRating = new OwnRating { Level = own },
            OrganizationList = Enumerable.Range(1, 5).Select(i => new OrganizationEntry
            {
                Code = $"C{i}", Name = $"Chi bộ {i}", DecidedLevel = i <= disciplined ? RatingLevel.NotComplete : RatingLevel.Good, Disciplined = i <= disciplined,
            }).ToList(),
        };
        var codes = new OrganizationLevelRule().Run(report).Where(f => f.Severity == Severity.Error).Select(f => f.Code).ToList();
        if (code is null) Assert.Empty(codes); else Assert.Contains(code, codes);
    }

    [Fact]
    public void Hd21LeadershipCollectiveNotAboveItsOrganization()
    {
        OrganizationEntry Collective(RatingLevel level) => new() { Code = "BTV", Name = "Ban Thường vụ Đảng ủy", LeadershipCollective = true, CollectiveOf = "DB01", DecidedLevel = level };
        var report = new UnitReport
        {
            Year = 2021,
            Unit = new UnitInfo { Code = "DB01", Name = "Đảng bộ xã A", Kind = UnitKind.UpperCommittee, Parent = "T" },
            OwnRating = new OwnRating { Level = RatingLevel.Good },
            OrganizationList = [Collective(RatingLevel.Excellent)],
        };
        Assert.Single(Codes(report, OrganizationLevelRule.LeadershipAboveOrganization));
        Assert.Empty(Codes(report with { OrganizationList = [Collective(RatingLevel.Good)] }, OrganizationLevelRule.LeadershipAboveOrganization));
        Assert.Empty(Codes(report with { Year = 2025 }, OrganizationLevelRule.LeadershipAboveOrganization));
    }

    // ---- leaders (item 2) -------------------------------------------------------------------------------------------

    private static UnitReport Leading(int year, RatingLevel leaderLevel, MemberEntry leader, params RatingLevel[] units) => new()
    {
        Year = year,
        Unit = new UnitInfo { Code = "DB01", Name = "Đảng bộ xã A", Kind = UnitKind.UpperCommittee, Parent = "T" },
        OrganizationList = units.Select((l, i) => new OrganizationEntry { Code = $"C{i + 1}", Name = $"Chi bộ {i + 1}", DecidedLevel = l }).ToList(),
        MemberList = [leader with { DecidedLevel = leaderLevel, Leads = units.Select((_, i) => $"C{i + 1}").ToList() }],
    };

    [Theory]
    [InlineData(new[] { RatingLevel.NotComplete, RatingLevel.NotComplete, RatingLevel.Good }, true)]  // 2 of 3
    [InlineData(new[] { RatingLevel.NotComplete, RatingLevel.Good, RatingLevel.Good }, false)]        // 1 of 3
    [InlineData(new[] { RatingLevel.NotComplete, RatingLevel.Good }, false)]                          // exactly half
    public void A366LeaderIsKhtnvWhenMoreThanHalfOfTheUnitsTheyLeadAre(RatingLevel[] units, bool flagged)
    {
        var report = Leading(2025, RatingLevel.Good, Member("Trưởng", null), units);
        Assert.Equal(flagged, new LeaderRule().Run(report).Any(f => f.Code == LeaderRule.LedUnitsNotComplete));
        Assert.DoesNotContain(new LeaderRule().Run(report with { Year = 2021 }), f => f.Code == LeaderRule.LedUnitsNotComplete);
    }

    [Theory]
    [InlineData(51, true)]
    [InlineData(50, false)]
    public void A366LeaderWithMoreThanHalfLowConfidenceVotesIsKhtnv(decimal low, bool flagged)
    {
        var report = Cell(2025, null, Member("Trưởng", RatingLevel.Good) with { LowConfidencePercent = low });
        Assert.Equal(flagged, new LeaderRule().Run(report).Any(f => f.Code == LeaderRule.LowConfidence));
        Assert.Empty(new LeaderRule().Run(report with { MemberList = [report.MemberList![0] with { CompetentLevelException = true }] }));
    }

    [Fact]
    public void Hd21HeadNotAboveTheCollectiveIsAWarningASettingCanSwitchOff()
    {
        var report = Cell(2021, RatingLevel.Good, Member("Bí thư", RatingLevel.Excellent) with { Heads = ["CB01"] });
        var f = Assert.Single(new LeaderRule().Run(report));
        Assert.Equal((LeaderRule.HeadAboveCollective, Severity.Warning), (f.Code, f.Severity));
        Assert.Empty(new LeaderRule().Run(report with { OwnRating = new OwnRating { Level = RatingLevel.Excellent } }));
        Assert.Empty(new LeaderRule().Run(report, Rulesets.ForYear(2021, new RulesetOverrides { LeaderNotAboveCollective = false }).Parameters));
        Assert.Empty(new LeaderRule().Run(report with { Year = 2025 }));
    }

    // ---- 366 numeric conditions (item 5) ---------------------------------------------------------------------------

    private static IReadOnlyList<Finding> Tasks(RatingLevel level, long assigned, long? exceeded, long? late, long? undone, bool? fixedAll = null, int year = 2025) =>
        new TaskConditionsRule().Run(Cell(year, null, Member("A", level) with
        {
            Tasks = new TaskFigures { Assigned = assigned, Exceeded = exceeded, Late = late, Undone = undone },
            ShortcomingsFixed = fixedAll,
        }));

    [Theory]
    [InlineData(RatingLevel.Excellent, 3, 0, 0, null)]                                     // 30% exceeded
    [InlineData(RatingLevel.Excellent, 2, 0, 0, TaskConditionsRule.LevelCondition)]        // 20% exceeded → at most HTT
    [InlineData(RatingLevel.Good, 0, 0, 0, null)]
    [InlineData(RatingLevel.Good, 0, 1, 0, TaskConditionsRule.LevelCondition)]             // one late → at most HTNV
    [InlineData(RatingLevel.Complete, 0, 2, 0, null)]                                      // 20% late
    [InlineData(RatingLevel.Complete, 0, 3, 0, TaskConditionsRule.NoLevelFits)]            // 30% late: no level, competent level decides
    [InlineData(RatingLevel.Good, 0, 0, 5, TaskConditionsRule.NoLevelFits)]                // half undone: not yet KHTNV
    [InlineData(RatingLevel.Complete, 0, 0, 6, TaskConditionsRule.ForcedNotComplete)]      // more than half undone
    [InlineData(RatingLevel.NotComplete, 0, 0, 6, null)]
    public void IndividualConditions(RatingLevel level, long exceeded, long late, long undone, string? code)
    {
        var findings = Tasks(level, 10, exceeded, late, undone);
        if (code is null) Assert.Empty(findings); else Assert.Equal(code, Assert.Single(findings).Code);
        Assert.Empty(Tasks(level, 10, exceeded, late, undone, year: 2021)); // only 366 has them
    }

    [Theory]
    [InlineData(4, TaskConditionsRule.ForcedNotComplete)]   // 60% done
    [InlineData(3, TaskConditionsRule.NoLevelFits)]         // 70% done: not KHTNV, but no level's conditions hold
    [InlineData(0, null)]
    public void CollectiveBelowSeventyPercentIsKhtnv(long undone, string? code)
    {
        var report = Cell(2025, null) with { OwnRating = new OwnRating { Level = RatingLevel.Complete, Tasks = new TaskFigures { Assigned = 10, Undone = undone } } };
        var findings = new TaskConditionsRule().Run(report);
        if (code is null) Assert.Empty(findings); else Assert.Equal(code, Assert.Single(findings).Code);
    }

    [Fact]
    public void HtxsNeedsTheEarlierShortcomingsFixed()
    {
        Assert.Equal(TaskConditionsRule.ShortcomingsNotFixed, Assert.Single(Tasks(RatingLevel.Excellent, 10, 5, 0, 0, fixedAll: false)).Code);
        Assert.Empty(Tasks(RatingLevel.Excellent, 10, 5, 0, 0, fixedAll: true));
        Assert.Empty(Tasks(RatingLevel.Good, 10, 0, 0, 0, fixedAll: false));
    }

    [Fact]
    public void InconsistentTaskFiguresAreErrorsNotGuesses()
    {
        Assert.Equal(TaskConditionsRule.Inconsistent, Assert.Single(Tasks(RatingLevel.Good, 10, 0, 0, 11)).Code);
        Assert.Equal(TaskConditionsRule.Inconsistent, Assert.Single(Tasks(RatingLevel.Good, 10, 0, 6, 5)).Code);
    }
}
