using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using static OfficeReview.Domain.Tests.Reports;

namespace OfficeReview.Domain.Tests;

public class BlockSumsRuleTests
{
    private readonly BlockSumsRule _rule = new();

    [Fact]
    public void ConsistentBlocksPass() =>
        Assert.Empty(_rule.Run(Unit().WithBase(Org(5, 17, 3, 0, notRated: 1)) with { Members = Members(10, 50, 5, 1, notRated: 2, excused: 3, suspended: 1, newly: 2) }));

    [Fact]
    public void LevelsThatDoNotAddUpToRated()
    {
        var f = Assert.Single(_rule.Run(Unit().WithBase(Org(60, 200, 60, 8, rated: 336, total: 336))));
        Assert.Equal(BlockSumsRule.RatedSum, f.Code);
        Assert.Equal("organizations.baseOrganizations.rated", f.Path);
        Assert.Equal("Tổ chức cơ sở đảng: tổng 4 mức (328) khác số được đánh giá, xếp loại (336).", f.Message);
    }

    [Fact]
    public void TotalThatIsNotNotRatedPlusRated()
    {
        var f = Assert.Single(_rule.Run(Unit().WithCells(Org(2, 10, 1, 0, notRated: 1, total: 15))));
        Assert.Equal(BlockSumsRule.TotalSum, f.Code);
        Assert.Equal("organizations.subordinateCells.total", f.Path);
        Assert.Contains("(15)", f.Message);
        Assert.Contains("= 14", f.Message);
    }

    [Fact]
    public void MembersTotalCountsTheExemptGroups()
    {
        var ok = Members(100, 400, 30, 2, notRated: 3, excused: 20, suspended: 1, newly: 6);
        Assert.Equal(562, ok.Total);
        Assert.Empty(_rule.Run(Unit() with { Members = ok }));

        var f = Assert.Single(_rule.Run(Unit() with { Members = ok with { Total = 4336 } }));
        Assert.Equal(BlockSumsRule.MembersTotalSum, f.Code);
        Assert.Equal("members.total", f.Path);
        Assert.Contains("4.336", f.Message);
        Assert.Contains("(27)", f.Message);
    }

    [Fact]
    public void LeadershipBlocksAreChecked()
    {
        var r = Unit() with { LeadershipCollectives = new CountBlock { Total = 5, NotRated = 0, Rated = 5, Excellent = 1, Good = 3, Complete = 0, NotComplete = 0 } };
        var f = Assert.Single(_rule.Run(r));
        Assert.Equal("leadershipCollectives.rated", f.Path);
        Assert.StartsWith("Tập thể lãnh đạo, quản lý:", f.Message);
    }

    [Fact]
    public void AbsentFiguresAreNotGuessed() =>
        Assert.Empty(_rule.Run(Unit().WithBase(new OrganizationBlock { Total = 12 })));
}

public class CountsNonNegativeRuleTests
{
    [Fact]
    public void NegativeCountsAreErrors()
    {
        var r = Unit().WithBase(Org(1, 5, 0, 0) with { Complete = -1 }) with { Members = Members(1, 5, 0, 0) with { Exempt = new ExemptCounts { Excused = -2 } } };
        var findings = new CountsNonNegativeRule().Run(r);
        Assert.Equal(["members.exempt.excused", "organizations.baseOrganizations.complete"], findings.Select(f => f.Path).Order());
        Assert.All(findings, f => Assert.Equal(CountsNonNegativeRule.Code, f.Code));
    }

    [Fact]
    public void ZeroIsFine() => Assert.Empty(new CountsNonNegativeRule().Run(Unit().WithBase(Org(0, 0, 0, 0))));
}

public class CategoryBreakdownRuleTests
{
    private static OrganizationBlock WithRows(params CategoryRow[] rows) => Org(3, 12, 2, 0) with { ByCategory = rows };
    private static CategoryRow Row(string slug, long e, long g, long c, long n) =>
        new() { Category = slug, Excellent = e, Good = g, Complete = c, NotComplete = n, NotRated = 0, Rated = e + g + c + n, Total = e + g + c + n };

    [Fact]
    public void RowsThatAddUpPass() =>
        Assert.Empty(new CategoryBreakdownRule().Run(Unit().WithBase(WithRows(Row("xa", 2, 8, 1, 0), Row("co-quan-nha-nuoc", 1, 4, 1, 0)))));

    [Fact]
    public void RowsThatDoNotAddUp()
    {
        var findings = new CategoryBreakdownRule().Run(Unit().WithBase(WithRows(Row("xa", 2, 8, 1, 0), Row("co-quan-nha-nuoc", 1, 3, 1, 0))));
        Assert.Contains(findings, f => f.Code == CategoryBreakdownRule.Sum && f.Path == "organizations.baseOrganizations.good" && f.Message.Contains("11") && f.Message.Contains("12"));
        Assert.All(findings, f => Assert.Equal(CategoryBreakdownRule.Sum, f.Code));
    }

    [Fact]
    public void UnknownDuplicateAndOutdatedCategories()
    {
        var findings = new CategoryBreakdownRule().Run(Unit(2025).WithBase(WithRows(Row("xa", 1, 4, 1, 0), Row("xa", 1, 4, 0, 0), Row("thi-tran", 1, 2, 1, 0), Row("vu-tru", 0, 2, 0, 0))));
        Assert.Contains(findings, f => f.Code == CategoryBreakdownRule.Duplicate && f.Path.EndsWith("[1].category", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == CategoryBreakdownRule.WrongYear && f.Path.EndsWith("[2].category", StringComparison.Ordinal) && f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.Code == CategoryBreakdownRule.Unknown && f.Path.EndsWith("[3].category", StringComparison.Ordinal));
    }

    [Fact]
    public void ThiTranIsFineBefore2025AndDacKhuIsNot()
    {
        var rule = new CategoryBreakdownRule();
        Assert.DoesNotContain(rule.Run(Unit(2024).WithBase(WithRows(Row("thi-tran", 3, 12, 2, 0)))), f => f.Code == CategoryBreakdownRule.WrongYear);
        Assert.Contains(rule.Run(Unit(2024).WithBase(WithRows(Row("dac-khu", 3, 12, 2, 0)))), f => f.Code == CategoryBreakdownRule.WrongYear);
    }
}

public class StatedPercentRuleTests
{
    private static IReadOnlyList<Finding> Check(CountBlock block, int precision = 2)
    {
        var r = block is MemberBlock m ? Unit() with { Members = m } : Unit().WithCells((OrganizationBlock)block);
        return new StatedPercentRule().Run(r, Rulesets.Parameters366 with { PercentPrecision = precision });
    }

    [Theory]
    [InlineData("22.0")]
    [InlineData("22")]
    [InlineData("22.03")]
    [InlineData("22.034")]
    public void RightAtTheWrittenPrecision(string stated) =>
        Assert.Empty(Check(Org(26, 84, 8, 0) with { StatedPercents = new LevelPercents { Excellent = decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) } }));

    [Fact]
    public void WrongFigureSaysWhatItShouldBe()
    {
        var f = Assert.Single(Check(Org(26, 84, 8, 0) with { StatedPercents = new LevelPercents { Good = 70.0m } }));
        Assert.Equal(StatedPercentRule.Mismatch, f.Code);
        Assert.Equal("organizations.subordinateCells.statedPercents.good", f.Path);
        Assert.Contains("ghi 70,0%", f.Message);
        Assert.Contains("đúng phải là 71,2%", f.Message);
    }

    [Fact]
    public void MatchesTheTotalInsteadOfTheRated()
    {
        // 26 of 120 organizations (2 not rated) = 21,7%: the total was used as denominator.
        var f = Assert.Single(Check(Org(26, 84, 8, 0, notRated: 2) with { StatedPercents = new LevelPercents { Excellent = 21.7m } }));
        Assert.Equal(StatedPercentRule.WrongDenominator, f.Code);
        Assert.Contains("26 ÷ 120", f.Message);
        Assert.Contains("so với tổng số", f.Message);
    }

    [Fact]
    public void MatchesHttOnly()
    {
        var f = Assert.Single(Check(Org(26, 84, 8, 0) with { StatedPercents = new LevelPercents { Excellent = 31.0m } }));
        Assert.Equal(StatedPercentRule.WrongDenominator, f.Code);
        Assert.Contains("26 ÷ 84", f.Message);
    }

    [Fact]
    public void MembersMeasuredAgainstTheWholeRoll()
    {
        var members = Members(100, 400, 30, 2, excused: 20, suspended: 1, newly: 6) with { StatedPercents = new LevelPercents { Excellent = 17.9m } };
        var f = Assert.Single(Check(members));
        Assert.Equal(StatedPercentRule.WrongDenominator, f.Code);
        Assert.Contains("100 ÷ 559", f.Message);
    }

    [Fact]
    public void RoundingForcedToMakeOneHundred()
    {
        // 1/3, 1/3, 1/3: correct roundings 33,3 + 33,3 + 33,3 = 99,9; the report forced 33,4 to reach 100.
        var block = Org(1, 1, 1, 0) with { StatedPercents = new LevelPercents { Excellent = 33.4m, Good = 33.3m, Complete = 33.3m, NotComplete = 0.0m } };
        var f = Assert.Single(Check(block));
        Assert.Equal(StatedPercentRule.ForcedTo100, f.Code);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("100%", f.Message);
    }

    [Fact]
    public void NobodyRatedButAPercentage()
    {
        var f = Assert.Single(Check(Org(0, 0, 0, 0) with { StatedPercents = new LevelPercents { Good = 10m } }));
        Assert.Equal(StatedPercentRule.Mismatch, f.Code);
    }

    [Fact]
    public void PrecisionIsASetting()
    {
        var block = Org(26, 84, 8, 0) with { StatedPercents = new LevelPercents { Excellent = 22.034m } };
        Assert.Empty(Check(block, precision: 2));
        Assert.Empty(Check(block, precision: 1));
        var wrongAtTwo = block with { StatedPercents = new LevelPercents { Excellent = 22.04m } };
        Assert.Single(Check(wrongAtTwo, precision: 2));
        Assert.Empty(Check(wrongAtTwo, precision: 1));
    }
}

public class ExcellentQuotaRuleTests
{
    [Theory]
    [InlineData(4, 20, true)]   // exactly 20%
    [InlineData(5, 20, false)]  // 25%
    [InlineData(0, 0, true)]
    [InlineData(1, 0, false)]
    public void CapOfTwentyPercentOfHtt(long e, long g, bool passes)
    {
        var findings = new ExcellentQuotaRule().Run(Unit().WithBase(Org(e, g, 1, 0)));
        Assert.Equal(passes, findings.Count == 0);
        if (!passes) Assert.Equal("organizations.baseOrganizations.excellent", findings.Single().Path);
    }

    [Fact]
    public void ApprovedExceptionRaisesTheCapTo25In366Only()
    {
        var block = Org(5, 20, 1, 0) with { QuotaExceptionApproved = true };
        Assert.Empty(new ExcellentQuotaRule().Run(Unit(2025).WithBase(block)));
        Assert.Single(new ExcellentQuotaRule().Run(Unit(2025).WithBase(block with { Excellent = 6 })));
        Assert.Single(new ExcellentQuotaRule().Run(Unit(2024).WithBase(block)));
        Assert.Single(new ExcellentQuotaRule().Run(Unit(2021).WithBase(block)));
    }

    [Fact]
    public void DenominatorIsASetting()
    {
        // 5 ÷ 22 = 22,7% > 20% with HTT only … 5 ÷ 27 = 18,5% with HTT + HTXS.
        var report = Unit().WithBase(Org(5, 22, 1, 0));
        Assert.Single(report.Validate());
        Assert.Empty(report.Validate(new RulesetOverrides { QuotaDenominator = QuotaDenominator.GoodAndExcellent }));
        var f = report.Validate().Single();
        Assert.Contains("5 ÷ 22 = 22,7%", f.Message);
        Assert.Contains("5 ÷ 27 = 18,5%", f.Message);
    }

    [Fact]
    public void MemberListCapIsCountedOverTheWholeOrganizationAndAChiBoShareIsInformation()
    {
        var list = new List<MemberEntry>();
        for (var i = 0; i < 10; i++) list.Add(Member($"A{i}", i < 1 ? RatingLevel.Excellent : RatingLevel.Good, cell: "Chi bộ 1"));
        for (var i = 0; i < 5; i++) list.Add(Member($"B{i}", i < 2 ? RatingLevel.Excellent : RatingLevel.Good, cell: "Chi bộ 2"));
        // 3 HTXS ÷ 12 HTT = 25% over the whole organization: an error; chi bộ 2 alone (2 ÷ 3) is information.
        var findings = new ExcellentQuotaRule().Run(Unit() with { MemberList = list });
        var error = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("memberList[0].decidedLevel", error.Path);
        Assert.Contains("3 ÷ 12 = 25,0%", error.Message);
        var info = Assert.Single(findings, f => f.Severity == Severity.Info);
        Assert.Equal(ExcellentQuotaRule.CellShare, info.Code);
        Assert.Equal("memberList[10].decidedLevel", info.Path);
        Assert.Contains("Chi bộ 2", info.Message);

        // A province that sets the groups per chi bộ gets the per-chi-bộ error instead (the old behaviour).
        var perCell = Rulesets.ForYear(2025, new RulesetOverrides { MemberQuotaGrouping = QuotaGrouping.Cell }).Validate(Unit() with { MemberList = list })
            .Where(f => f.Code.StartsWith("QUOTA", StringComparison.Ordinal)).ToList();
        var cellError = Assert.Single(perCell);
        Assert.Equal(ExcellentQuotaRule.Code, cellError.Code);
        Assert.Contains("Chi bộ 2", cellError.Message);
    }

    [Fact]
    public void ADangBoWithOneSmallChiBoOverTwentyPercentIsClean()
    {
        // Hidden case of the review: 1 HTXS of 3 HTT in one small chi bộ, 1 HTXS of 13 HTT overall (7,7%).
        var list = new List<MemberEntry> { Member("Nguyễn Văn A", RatingLevel.Excellent, cell: "Chi bộ thôn 1") };
        for (var i = 0; i < 3; i++) list.Add(Member($"Thôn 1 – {i}", RatingLevel.Good, cell: "Chi bộ thôn 1"));
        for (var i = 0; i < 10; i++) list.Add(Member($"Thôn 2 – {i}", RatingLevel.Good, cell: "Chi bộ thôn 2"));
        var report = Unit(2021) with { MemberList = list, Members = Members(1, 13, 0, 0) };
        foreach (var year in new[] { 2018, 2021, 2023, 2025 })
        {
            var findings = (report with { Year = year }).Validate();
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Info);
            Assert.Equal(ExcellentQuotaRule.CellShare, Assert.Single(findings).Code);
        }
        // Grouped by form (similar position and role), the 2A group of one leader with no HTT breaks the cap.
        var byForm = list.Select((m, i) => m with { Form = i == 0 ? "2A" : "2B" }).ToList();
        var formFindings = new ExcellentQuotaRule().Run(report with { MemberList = byForm, Members = null },
            Rulesets.ForYear(2021, new RulesetOverrides { MemberQuotaGrouping = QuotaGrouping.Form }).Parameters);
        Assert.Contains(formFindings, f => f.Code == ExcellentQuotaRule.Code && f.Message.Contains("nhóm mẫu 2A"));
    }
}

public class ScoreBandRuleTests
{
    private static IReadOnlyList<Finding> Check(MemberEntry m, int year = 2025) =>
        new ScoreBandRule().Run(Unit(year) with { MemberList = [m] });

    [Theory]
    [InlineData(27, 63, RatingLevel.Excellent)]
    [InlineData(25, 45, RatingLevel.Good)]
    [InlineData(26, 63.5, RatingLevel.Good)]
    [InlineData(20, 30, RatingLevel.Complete)]
    [InlineData(10, 39.5, RatingLevel.NotComplete)]
    public void LevelMatchesTheBand(decimal general, decimal task, RatingLevel level) =>
        Assert.Empty(Check(Member("Nguyễn Văn A", level, general, task)));

    [Fact]
    public void LevelAboveTheBandIsAnError()
    {
        var f = Assert.Single(Check(Member("Nguyễn Văn A", RatingLevel.Excellent, 25, 60)));
        Assert.Equal(ScoreBandRule.AboveBand, f.Code);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("memberList[0].decidedLevel", f.Path);
        Assert.Contains("85", f.Message);
        Assert.Contains("từ 70 đến dưới 90 điểm", f.Message);
    }

    [Fact]
    public void LevelBelowTheBandIsAWarning()
    {
        var f = Assert.Single(Check(Member("Nguyễn Văn A", RatingLevel.Good, 28, 65)));
        Assert.Equal(ScoreBandRule.BelowBand, f.Code);
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void GroupScoresHaveTheirMaximum()
    {
        var findings = Check(Member("Nguyễn Văn A", RatingLevel.Excellent, 31, 71));
        Assert.Equal(["memberList[0].generalScore", "memberList[0].taskScore"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(ScoreBandRule.OutOfRange, f.Code));
    }

    [Fact]
    public void NoPointsScaleBefore366() =>
        Assert.Empty(Check(Member("Nguyễn Văn A", RatingLevel.Excellent, 10, 10), year: 2024));

    [Fact]
    public void UnitOwnScore()
    {
        var r = Unit() with { OwnRating = new OwnRating { Level = RatingLevel.Excellent, Score = 88 } };
        Assert.Equal(ScoreBandRule.AboveBand, Assert.Single(new ScoreBandRule().Run(r)).Code);
        Assert.Empty(new ScoreBandRule().Run(r with { OwnRating = new OwnRating { Level = RatingLevel.Excellent, Score = 91 } }));
    }
}

public class MemberDisqualificationRuleTests
{
    [Fact]
    public void DisqualifiedMemberMustBeKhtnv()
    {
        var m = Member("Trần Thị B", RatingLevel.Good) with { Disqualified = true };
        var f = Assert.Single(new MemberDisqualificationRule().Run(Unit() with { MemberList = [m] }));
        Assert.Equal(MemberDisqualificationRule.Disqualified, f.Code);
        Assert.Empty(new MemberDisqualificationRule().Run(Unit() with { MemberList = [m with { DecidedLevel = RatingLevel.NotComplete }] }));
    }

    [Fact]
    public void CompetentLevelMayDecideOtherwiseExceptUnder132()
    {
        var m = Member("Trần Thị B", RatingLevel.Complete) with { DisciplinedInYear = true, CompetentLevelException = true };
        Assert.Empty(new MemberDisqualificationRule().Run(Unit(2025) with { MemberList = [m] }));
        Assert.Empty(new MemberDisqualificationRule().Run(Unit(2023) with { MemberList = [m] }));
        var findings = new MemberDisqualificationRule().Run(Unit(2020) with { MemberList = [m] });
        Assert.Contains(findings, f => f.Code == MemberDisqualificationRule.Disciplined);
        Assert.Contains(findings, f => f.Code == MemberDisqualificationRule.ExceptionNotAllowed);
    }

    [Fact]
    public void DisciplinedMemberCannotBeAboveTheAllowedLevel()
    {
        // HD 21 and 124: any discipline in the year; 366: only when the violation concerns the member's duties.
        var m = Member("Lê Văn C", RatingLevel.Good) with { DisciplinedInYear = true };
        foreach (var year in new[] { 2020, 2023 })
        {
            var f = Assert.Single(new MemberDisqualificationRule().Run(Unit(year) with { MemberList = [m] }));
            Assert.Equal(MemberDisqualificationRule.Disciplined, f.Code);
            Assert.Contains("Không hoàn thành nhiệm vụ", f.Message);
        }
        var unknown = Assert.Single(new MemberDisqualificationRule().Run(Unit(2025) with { MemberList = [m] }));
        Assert.Equal(MemberDisqualificationRule.DisciplineBasisMissing, unknown.Code);
        Assert.Equal(Severity.Warning, unknown.Severity);
    }

    [Fact]
    public void CollectiveWithDisciplinedSubordinateCannotBeExcellent()
    {
        var r = Unit() with { OwnRating = new OwnRating { Level = RatingLevel.Excellent, HasDisciplinedSubordinate = true } };
        Assert.Equal(MemberDisqualificationRule.CollectiveExcellentBlocked, Assert.Single(new OrganizationLevelRule().Run(r)).Code);
        Assert.Empty(new OrganizationLevelRule().Run(r with { OwnRating = new OwnRating { Level = RatingLevel.Good, HasDisciplinedSubordinate = true } }));
    }
}

public class MemberListSummaryRuleTests
{
    private static List<MemberEntry> List() =>
    [
        Member("Nguyễn Văn A", RatingLevel.Excellent),
        Member("Trần Thị B", RatingLevel.Good),
        Member("Lê Văn C", RatingLevel.Good),
        Member("Phạm Thị D", null) with { ExemptReason = ExemptReason.Excused },
        Member("Hoàng Văn E", null) with { ExemptReason = ExemptReason.NewlyAdmitted },
        Member("Vũ Văn G", null),
    ];

    [Fact]
    public void AgreeingListAndSummaryPass() =>
        Assert.Empty(new MemberListSummaryRule().Run(Unit() with { MemberList = List(), Members = Members(1, 2, 0, 0, notRated: 1, excused: 1, newly: 1) }));

    [Fact]
    public void DisagreementsAreNamedPerField()
    {
        var findings = new MemberListSummaryRule().Run(Unit() with { MemberList = List(), Members = Members(2, 1, 0, 0, notRated: 1, excused: 0, suspended: 1, newly: 1) });
        Assert.Equal(["members.excellent", "members.exempt.excused", "members.exempt.suspended", "members.good"], findings.Select(f => f.Path).Order());
        Assert.Contains(findings, f => f.Message == "Danh sách đảng viên có 1 người \"Hoàn thành xuất sắc nhiệm vụ\", bảng tổng hợp ghi 2.");
    }

    [Fact]
    public void TotalDiffers()
    {
        var f = Assert.Single(new MemberListSummaryRule().Run(Unit() with { MemberList = List(), Members = new MemberBlock { Total = 7 } }));
        Assert.Equal("members.total", f.Path);
    }

    [Fact]
    public void ExemptMemberWithALevelAndDuplicates()
    {
        var list = List();
        list[3] = list[3] with { DecidedLevel = RatingLevel.Good };
        list.Add(Member("NGUYEN VAN A", RatingLevel.Good));
        var findings = new MemberListSummaryRule().Run(Unit() with { MemberList = list });
        Assert.Contains(findings, f => f.Code == MemberListSummaryRule.ExemptRated && f.Path == "memberList[3].decidedLevel");
        Assert.Contains(findings, f => f.Code == MemberListSummaryRule.Duplicate && f.Path == "memberList[6].name");
    }
}

public class UnitInfoRuleTests
{
    [Fact]
    public void ValidUnitPasses() => Assert.Empty(new UnitInfoRule().Run(Unit()));

    [Fact]
    public void MissingNameUnknownCategoryAndYear()
    {
        var r = Unit(2017) with { Unit = Unit().Unit with { Name = "", Category = "sao-hoa" } };
        var findings = new UnitInfoRule().Run(r, Rulesets.ForYear(2017).Parameters);
        Assert.Equal([UnitInfoRule.MissingField, UnitInfoRule.UnknownCategory, UnitInfoRule.YearOutOfRange], findings.Select(f => f.Code));
    }

    [Fact]
    public void DacKhuBefore2025IsAWarning()
    {
        var r = Unit(2024) with { Unit = Unit().Unit with { Category = "dac-khu" } };
        Assert.Equal(UnitInfoRule.CategoryYear, Assert.Single(new UnitInfoRule().Run(r)).Code);
    }
}

public class RulesetsTests
{
    [Theory]
    [InlineData(2018, "132")]
    [InlineData(2019, "132")]
    [InlineData(2022, "132")]
    [InlineData(2023, "124")]
    [InlineData(2024, "124")]
    [InlineData(2025, "366")]
    [InlineData(2030, "366")]
    public void ChosenByYear(int year, string id) => Assert.Equal(id, Rulesets.ForYear(year).Id);

    [Fact]
    public void ParametersDifferWhereTheRegulationsDiffer()
    {
        Assert.True(Rulesets.ById("366")!.Parameters.HasScoreBands);
        Assert.False(Rulesets.ById("124")!.Parameters.HasScoreBands);
        Assert.False(Rulesets.ById("132")!.Parameters.HasScoreBands);
        Assert.Equal(25m, Rulesets.ById("366")!.Parameters.QuotaExceptionCapPercent);
        Assert.Null(Rulesets.ById("124")!.Parameters.QuotaExceptionCapPercent);
        Assert.False(Rulesets.ById("132")!.Parameters.CompetentLevelExceptionAllowed);
        Assert.All(Rulesets.All, r => Assert.Equal(20m, r.Parameters.QuotaCapPercent));
        Assert.Null(Rulesets.ById("999"));
    }

    [Fact]
    public void OverridesChangeOnlyWhatTheyName()
    {
        var r = Rulesets.ForYear(2025, new RulesetOverrides { PercentPrecision = 1, QuotaDenominator = QuotaDenominator.GoodAndExcellent });
        Assert.Equal(1, r.Parameters.PercentPrecision);
        Assert.Equal(QuotaDenominator.GoodAndExcellent, r.Parameters.QuotaDenominator);
        Assert.Equal(25m, r.Parameters.QuotaExceptionCapPercent);
        Assert.Equal(2, Rulesets.ForYear(2025).Parameters.PercentPrecision);
    }

    [Fact]
    public void AllThreeRulesetsRunTheSameReport()
    {
        var report = Unit().WithBase(Org(5, 17, 3, 0)) with
        {
            MemberList = [Member("Nguyễn Văn A", RatingLevel.Excellent, 20, 50) with { DisciplinedInYear = true, CompetentLevelException = true }],
        };
        var by = Rulesets.All.ToDictionary(r => r.Id, r => r.Validate(report with { Year = r.Parameters.FirstYear!.Value })
            .Where(f => f.Severity != Severity.Info).Select(f => f.Code).Order().ToList());
        // The organization block and the member list (1 HTXS, no HTT) break the quota everywhere; the points scale
        // exists only in 366; only 132 refuses the competent level's exception for a disciplined member.
        string[] quota = [ExcellentQuotaRule.Code, ExcellentQuotaRule.Code];
        Assert.Equal([.. quota, ScoreBandRule.AboveBand], by["366"]);
        Assert.Equal(quota, by["124"]);
        Assert.Equal([MemberDisqualificationRule.Disciplined, MemberDisqualificationRule.ExceptionNotAllowed, .. quota], by["132"]);
    }
}
