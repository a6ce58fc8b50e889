using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using static OfficeReview.Domain.Tests.Reports;

namespace OfficeReview.Domain.Tests;

/// <summary>
/// Counts near Int64 (issue #9, item 7): sums never wrap, every figure above the plausible bound is an error, and
/// nothing throws.
/// </summary>
public class CountRangeTests
{
    private const long TwoTo62 = 1L << 62;

    [Fact]
    public void Saturating_arithmetic_never_wraps_and_never_throws()
    {
        Assert.Equal(long.MaxValue, CountBlockMath.Add(long.MaxValue - 5, 10));
        Assert.Equal(long.MinValue, CountBlockMath.Add(long.MinValue, -1));
        Assert.Equal(7, CountBlockMath.Add(3, 4));
        Assert.False(CountBlockMath.TryAdd(long.MaxValue, 1, out _));
        Assert.True(CountBlockMath.TryAdd(long.MaxValue, -1, out var s) && s == long.MaxValue - 1);
        Assert.Equal(long.MaxValue, CountBlockMath.Subtract(0, long.MinValue));
        Assert.Equal(long.MinValue, CountBlockMath.Subtract(long.MinValue, 1));
        Assert.Equal(long.MaxValue, CountBlockMath.Sum([TwoTo62, TwoTo62, TwoTo62, TwoTo62]));
        Assert.Equal(long.MaxValue, new ExemptCounts { Excused = long.MaxValue, Suspended = long.MaxValue }.Sum);
    }

    [Fact]
    public void Levels_that_wrap_to_the_stated_rated_no_longer_validate_clean()
    {
        // 4 × 2^62 wraps to 0 in Int64: rated 0 and total 0 used to "add up".
        var members = new MemberBlock { Excellent = TwoTo62, Good = TwoTo62, Complete = TwoTo62, NotComplete = TwoTo62, Rated = 0, NotRated = 0, Total = 0 };
        var findings = (Unit() with { Members = members }).Validate();
        Assert.Contains(findings, f => f.Code == CountsPlausibleRule.Code && f.Path == "members.excellent" && f.Severity == Severity.Error);
        Assert.Contains(findings, f => f.Code == BlockSumsRule.RatedSum && f.Severity == Severity.Error);
        Assert.Contains("10.000.000", findings.First(f => f.Code == CountsPlausibleRule.Code).Message);
        Assert.Contains("RulesetParameters.MaxCount", findings.First(f => f.Code == CountsPlausibleRule.Code).Message);
    }

    [Fact]
    public void A_total_near_int64_with_negative_parts_is_an_error()
    {
        var org = new OrganizationBlock { Total = long.MaxValue, NotRated = long.MaxValue, Rated = 0, Excellent = 0, Good = 0, Complete = 0, NotComplete = 0 };
        var findings = Unit().WithBase(org).Validate();
        Assert.Contains(findings, f => f.Code == CountsPlausibleRule.Code && f.Path == "organizations.baseOrganizations.total");
    }

    [Fact]
    public void Exempt_and_disciplined_counts_are_bounded_too()
    {
        var members = Members(1, 1, 0, 0) with { Exempt = new ExemptCounts { Excused = TwoTo62 }, DisciplinedInYear = TwoTo62 };
        var findings = (Unit() with { Members = members }).Validate();
        Assert.Contains(findings, f => f.Code == CountsPlausibleRule.Code && f.Path == "members.exempt.excused");
        Assert.Contains(findings, f => f.Code == CountsPlausibleRule.Code && f.Path == "members.disciplinedInYear");
    }

    [Fact]
    public void Category_rows_near_int64_do_not_throw()
    {
        var row = new CategoryRow { Category = "xa", Total = long.MaxValue, Rated = long.MaxValue, Excellent = long.MaxValue };
        var block = Org(1, 1, 0, 0) with { ByCategory = [row, row with { Category = "phuong" }] };
        var findings = Unit().WithBase(block).Validate();
        Assert.Contains(findings, f => f.Code == CountsPlausibleRule.Code && f.Path.Contains("byCategory"));
    }

    [Fact]
    public void The_plausible_bound_is_a_parameter_a_campaign_may_lower()
    {
        var report = Unit() with { Members = Members(100, 100, 0, 0) };
        Assert.DoesNotContain(report.Validate(), f => f.Code == CountsPlausibleRule.Code);
        var lowered = report.Validate(new RulesetOverrides { MaxCount = 150 });
        var f = Assert.Single(lowered, f => f.Code == CountsPlausibleRule.Code && f.Path == "members.total");
        Assert.Contains("150", f.Message);
        Assert.Equal(RulesetParameters.DefaultMaxCount, Rulesets.ForYear(2025).Parameters.MaxCount);
    }

    [Fact]
    public void Four_units_of_two_to_the_62_members_do_not_merge_into_zero()
    {
        var parent = new UnitInfo { Code = "T", Name = "Tỉnh ủy T", Kind = UnitKind.ProvincialCommittee };
        var children = Enumerable.Range(1, 4).Select(i =>
        {
            var unit = new UnitInfo { Code = $"X{i}", Name = $"Đảng bộ xã {i}", Kind = UnitKind.UpperCommittee, Parent = "T" };
            var report = new UnitReport { Year = 2025, Unit = unit, Members = new MemberBlock { Total = TwoTo62, NotRated = TwoTo62, Rated = 0 } };
            return new ChildInput(unit, $"x{i}.xlsx", report);
        }).ToList();

        var result = ReportAggregator.Aggregate(parent, 2025, children);

        Assert.NotEqual(0, result.Report.Members!.Total);
        Assert.Equal(4, result.Findings.Count(f => f.Code == ReportAggregator.ChildCountImplausible && f.Path == "members.total"));
        var sum = Assert.Single(result.Findings, f => f.Code == ReportAggregator.SumImplausible && f.Path == "members.total");
        Assert.Equal(Severity.Error, sum.Severity);
        Assert.Contains("Đảng viên – Tổng số", sum.Message);
        Assert.Contains(result.Findings, f => f.Code == ReportAggregator.ChildCountImplausible && f.Message.Contains("Đảng bộ xã 3 (X3)") && f.File == "x3.xlsx");
    }

    [Fact]
    public void Plausible_children_whose_sum_exceeds_the_bound_are_reported()
    {
        var parent = new UnitInfo { Code = "T", Name = "Tỉnh ủy T", Kind = UnitKind.ProvincialCommittee };
        var children = Enumerable.Range(1, 3).Select(i =>
        {
            var unit = new UnitInfo { Code = $"X{i}", Name = $"Đảng bộ xã {i}", Kind = UnitKind.UpperCommittee, Parent = "T" };
            return new ChildInput(unit, $"x{i}", new UnitReport { Year = 2025, Unit = unit, Members = new MemberBlock { Total = 4_000_000, NotRated = 4_000_000 } });
        }).ToList();
        var result = ReportAggregator.Aggregate(parent, 2025, children);
        Assert.Equal(12_000_000, result.Report.Members!.Total);
        Assert.DoesNotContain(result.Findings, f => f.Code == ReportAggregator.ChildCountImplausible);
        Assert.Contains(result.Findings, f => f.Code == ReportAggregator.SumImplausible && f.Path == "members.total" && f.Message.Contains("12.000.000"));
        // Within the bound: nothing said.
        var small = ReportAggregator.Aggregate(parent, 2025, children.Take(2).ToList());
        Assert.DoesNotContain(small.Findings, f => f.Code == ReportAggregator.SumImplausible);
    }

    [Fact]
    public void A_merge_through_the_tree_reports_the_wrapped_sum()
    {
        var tree = UnitTree.Build([
            new UnitInfo { Code = "T", Name = "Tỉnh ủy T", Kind = UnitKind.ProvincialCommittee },
            .. Enumerable.Range(1, 4).Select(i => new UnitInfo { Code = $"X{i}", Name = $"Đảng bộ xã {i}", Kind = UnitKind.UpperCommittee, Parent = "T" }),
        ], 2025).Tree;
        var result = HierarchyMerge.Merge(tree, "T", 2025, u => u.Code == "T" ? null
            : new SourceReport($"{u.Code}.json", new UnitReport { Year = 2025, Unit = u, Members = new MemberBlock { Total = TwoTo62, NotRated = TwoTo62 } }));
        Assert.NotEqual(0, result.Report!.Members!.Total);
        Assert.Contains(result.Findings, f => f.Code == ReportAggregator.SumImplausible && f.Severity == Severity.Error);
    }
}
