using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests;

public class SyntheticProvinceTests
{
    [Fact]
    public void SameSeedGivesSameProvince()
    {
        var a = SyntheticProvince.Generate(new SyntheticOptions { Units = 120, Members = 3_000, Seed = 7, PlantErrors = true });
        var b = SyntheticProvince.Generate(new SyntheticOptions { Units = 120, Members = 3_000, Seed = 7, PlantErrors = true });
        Assert.Equal(a.Units.Select(UnitReportJson.Write), b.Units.Select(UnitReportJson.Write));
        Assert.Equal(a.PlantedErrors, b.PlantedErrors);
        var c = SyntheticProvince.Generate(new SyntheticOptions { Units = 120, Members = 3_000, Seed = 8 });
        Assert.NotEqual(a.Units.Select(UnitReportJson.Write), c.Units.Select(UnitReportJson.Write));
    }

    [Fact]
    public void HasTheRequestedSizeAndHierarchy()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 500, Members = 20_000, Seed = 3 });
        Assert.Equal(500, p.Units.Count);
        Assert.Equal(20_000, p.Units.Where(u => u.MemberList is not null).Sum(u => u.MemberList!.Count));
        Assert.Equal(20_000, p.Root.Members!.Total);
        Assert.Equal(UnitKind.ProvincialCommittee, p.Root.Unit.Kind);
        var codes = p.Units.Select(u => u.Unit.Code).ToHashSet();
        Assert.Equal(500, codes.Count);
        foreach (var u in p.Units.Skip(1))
        {
            Assert.Contains(u.Unit.Parent!, codes);
            var parent = p.Units.Single(x => x.Unit.Code == u.Unit.Parent);
            Assert.Contains(parent.Unit.Kind, u.Unit.Kind.AllowedParents());
        }
        Assert.Contains(p.Units, u => u.Unit.Kind == UnitKind.SubordinateCell);
        Assert.Contains(p.Units, u => u.Unit.Kind == UnitKind.BaseCell);
        Assert.Contains(p.Units, u => u.Unit.Kind == UnitKind.BaseCommittee);
    }

    [Fact]
    public void DistributionsAreRealistic()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 300, Members = 30_000, Seed = 11 });
        var m = p.Root.Members!;
        var rated = (decimal)m.EffectiveRated!.Value;
        Assert.InRange(m.Excellent!.Value / rated, 0.12m, 0.20m);
        Assert.InRange(m.Good!.Value / rated, 0.70m, 0.80m);
        Assert.InRange(m.NotComplete!.Value, 1, (long)(rated * 0.02m));
        Assert.True(m.Exempt!.Sum > 0);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2023)]
    [InlineData(2021)] // HD 21: organization shares of HTT or above, sick leave, head vs collective
    [InlineData(2018)] // HD 16: suspended members are rated
    public void CleanProvinceValidatesWithoutFindings(int year)
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 200, Members = 8_000, Seed = 5, Year = year });
        var ruleset = Rulesets.ForYear(year);
        var findings = p.Units.SelectMany(u => ruleset.Validate(u).Select(f => $"{u.Unit.Code} {f.Code} {f.Path} {f.Message}")).ToList();
        Assert.Empty(findings);
    }

    [Fact]
    public void PlantedErrorsAreExactlyWhatTheRulesetsFind()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 200, Members = 8_000, Seed = 5, PlantErrors = true });
        Assert.True(p.PlantedErrors.Select(e => e.UnitCode).Distinct().Count() >= 5);
        Assert.True(p.PlantedErrors.Select(e => e.Code).Distinct().Count() >= 4, string.Join(", ", p.PlantedErrors.Select(e => e.Code)));
        var ruleset = Rulesets.ForYear(2025);
        var found = p.Units.SelectMany(u => ruleset.Validate(u).Select(f => (u.Unit.Code, f.Path, f.Code))).OrderBy(x => x.ToString()).ToList();
        var planted = p.PlantedErrors.Select(e => (e.UnitCode, e.Path, e.Code)).OrderBy(x => x.ToString()).ToList();
        Assert.Equal(planted, found);
    }
}
