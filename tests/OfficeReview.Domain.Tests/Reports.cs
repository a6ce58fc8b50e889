using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests;

/// <summary>Small builders for reports in tests.</summary>
internal static class Reports
{
    public static UnitReport Unit(int year = 2025) => new()
    {
        Year = year,
        Unit = new UnitInfo { Code = "DB01", Name = "Đảng bộ xã Ví Dụ", Kind = UnitKind.UpperCommittee, Category = "xa", Parent = "T" },
    };

    public static OrganizationBlock Org(long e, long g, long c, long n, long notRated = 0, long? rated = null, long? total = null) => new()
    {
        Excellent = e, Good = g, Complete = c, NotComplete = n, NotRated = notRated,
        Rated = rated ?? e + g + c + n,
        Total = total ?? notRated + (rated ?? e + g + c + n),
    };

    public static MemberBlock Members(long e, long g, long c, long n, long notRated = 0, long excused = 0, long suspended = 0, long newly = 0, long? total = null) => new()
    {
        Excellent = e, Good = g, Complete = c, NotComplete = n, NotRated = notRated, Rated = e + g + c + n,
        Exempt = new ExemptCounts { Excused = excused, Suspended = suspended, NewlyAdmitted = newly },
        Total = total ?? e + g + c + n + notRated + excused + suspended + newly,
    };

    public static UnitReport WithBase(this UnitReport r, OrganizationBlock block) =>
        r with { Organizations = (r.Organizations ?? new OrganizationBlocks()) with { BaseOrganizations = block } };

    public static UnitReport WithCells(this UnitReport r, OrganizationBlock block) =>
        r with { Organizations = (r.Organizations ?? new OrganizationBlocks()) with { SubordinateCells = block } };

    public static IReadOnlyList<Finding> Validate(this UnitReport r, RulesetOverrides? overrides = null) =>
        Rulesets.ForYear(r.Year, overrides).Validate(r);

    public static IReadOnlyList<Finding> Run(this IRule rule, UnitReport r, RulesetParameters? p = null) =>
        rule.Check(r, p ?? Rulesets.ForYear(r.Year).Parameters).ToList();

    public static MemberEntry Member(string name, RatingLevel? level, decimal? general = null, decimal? task = null, string cell = "Chi bộ 1") => new()
    {
        Name = name, BirthYear = 1980, Cell = cell, DecidedLevel = level, GeneralScore = general, TaskScore = task,
    };
}
