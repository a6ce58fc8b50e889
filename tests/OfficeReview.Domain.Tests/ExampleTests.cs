using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests;

/// <summary>The invented example of the foundation issue, checked end to end through the 366 ruleset.</summary>
public class ExampleTests
{
    private static UnitReport Example() => Reports.Unit(2025)
        .WithBase(Reports.Org(5, 17, 3, 0) with
        {
            StatedPercents = new LevelPercents { Excellent = 20.0m, Good = 68.0m, Complete = 12.0m, NotComplete = 0m },
        })
        .WithCells(Reports.Org(26, 84, 8, 0, notRated: 2) with { StatedPercents = new LevelPercents { Excellent = 23.6m } });

    [Fact]
    public void BasePercentagesAreRightButTheQuotaIsBroken()
    {
        var findings = Example().Validate().Where(f => f.Path.StartsWith("organizations.baseOrganizations", StringComparison.Ordinal)).ToList();
        var quota = Assert.Single(findings);
        Assert.Equal(ExcellentQuotaRule.Code, quota.Code);
        Assert.Equal(Severity.Error, quota.Severity);
        Assert.Contains("5 ÷ 17 = 29,4%", quota.Message);
        Assert.Contains("20%", quota.Message);
        Assert.Contains("5 ÷ 22 = 22,7%", quota.Message);
    }

    [Fact]
    public void CellsPercentageIsWrongAndMatchesTheOtherDenominator()
    {
        var f = Assert.Single(Example().Validate(), x => x.Path == "organizations.subordinateCells.statedPercents.excellent");
        Assert.Equal(StatedPercentRule.WrongDenominator, f.Code);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("ghi 23,6%", f.Message);
        Assert.Contains("đúng phải là 22,0%", f.Message);
        Assert.Contains("26 ÷ 118", f.Message);
        Assert.Contains("26 ÷ 110", f.Message);
        Assert.Contains("hoàn thành tốt nhiệm vụ trở lên", f.Message);
    }

    [Fact]
    public void CellsAlsoBreakTheQuota()
    {
        var f = Assert.Single(Example().Validate(), x => x.Path == "organizations.subordinateCells.excellent");
        Assert.Equal(ExcellentQuotaRule.Code, f.Code);
        Assert.Contains("26 ÷ 84 = 31,0%", f.Message);
    }

    [Fact]
    public void NothingElseIsReported() =>
        Assert.Equal(3, Example().Validate().Count);
}
