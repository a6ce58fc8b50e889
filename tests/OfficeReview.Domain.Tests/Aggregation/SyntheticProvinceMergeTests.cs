using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests.Aggregation;

/// <summary>The synthetic province's reports are what each unit would submit, parents equal to the sum of their children.</summary>
public class SyntheticProvinceMergeTests
{
    [Fact]
    public void Merging_the_leaves_of_a_600_unit_province_gives_the_figures_every_parent_reported()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 600, Members = 12_000, Seed = 21 });
        var (tree, _) = UnitTree.Build(p.Units.Select(u => u.Unit), p.Options.Year);
        var byCode = p.Units.ToDictionary(u => u.Unit.Code);
        var result = HierarchyMerge.Merge(tree, p.Root.Unit.Code, p.Options.Year,
            u => byCode.TryGetValue(u.Code, out var r) ? new SourceReport($"{u.Code}.json", r) : null,
            new HierarchyMerge.Options { Members = new MemberRegistry() });

        // Every parent also submitted its own figures: none differs from the sum of its children.
        Assert.DoesNotContain(result.Findings, f => f.Code is HierarchyMerge.OwnFiguresDiffer or HierarchyMerge.OwnFiguresUnmatched);
        Assert.DoesNotContain(result.Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
        Assert.Empty(result.Missing);

        // Independent sum straight from the leaves' member lists.
        var leaves = p.Units.Where(u => u.MemberList is not null).ToList();
        var merged = result.Report!.Members!;
        Assert.Equal(12_000, merged.Total);
        Assert.Equal(leaves.Sum(l => l.MemberList!.Count), merged.Total);
        foreach (var level in RatingLevels.All)
            Assert.Equal(leaves.Sum(l => l.MemberList!.Count(m => m.ExemptReason is null && m.FinalLevel == level)), merged.Get(level));
        Assert.Equal(leaves.Sum(l => l.MemberList!.Count(m => m.ExemptReason == ExemptReason.Suspended)), merged.Exempt!.Suspended);

        // Organizations: each unit counted once, in the block of its kind, at its own level.
        var baseUnits = p.Units.Where(u => u.Unit.Kind is UnitKind.BaseCommittee or UnitKind.BaseCell).ToList();
        Assert.Equal(baseUnits.Count, result.Report.Organizations!.BaseOrganizations!.Total);
        Assert.Equal(baseUnits.Count(u => u.OwnRating?.Level == RatingLevel.Excellent), result.Report.Organizations.BaseOrganizations.Excellent);
        Assert.Equal(p.Units.Count(u => u.Unit.Kind == UnitKind.SubordinateCell), result.Report.Organizations.SubordinateCells!.Total);
        Assert.Equal(p.Units.Count(u => u.Unit.Kind == UnitKind.UpperCommittee), result.Report.Organizations.UpperCommittees!.Total);
    }

    [Fact]
    public void A_changed_figure_in_one_chi_bo_shows_up_as_a_difference_at_each_parent_above_it()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 120, Members = 2_000, Seed = 3 });
        var units = p.Units.ToList();
        var leafIndex = units.FindIndex(u => u.Unit.Kind == UnitKind.SubordinateCell && u.MemberList is { Count: > 0 });
        var leaf = units[leafIndex];
        // The chi bộ's list changes after its parents reported: one more HTXS, one fewer HTT.
        var changed = leaf.MemberList!.Select((m, i) => i == leaf.MemberList!.ToList().FindIndex(x => x.ExemptReason is null && x.FinalLevel == RatingLevel.Good)
            ? m with { DecidedLevel = RatingLevel.Excellent, ProposedLevel = null, SelfLevel = null } : m).ToList();
        units[leafIndex] = leaf with { MemberList = changed, Members = null };
        var (tree, _) = UnitTree.Build(units.Select(u => u.Unit), 2025);
        var byCode = units.ToDictionary(u => u.Unit.Code);
        var result = HierarchyMerge.Merge(tree, p.Root.Unit.Code, 2025, u => new SourceReport($"{u.Code}.json", byCode[u.Code]));

        var ancestors = tree.Ancestors(leaf.Unit.Code).Select(a => a.Code).ToHashSet();
        var diffs = result.Findings.Where(f => f.Code == HierarchyMerge.OwnFiguresDiffer && f.Path == "members.excellent").ToList();
        Assert.Equal(ancestors.OrderBy(x => x), diffs.Select(d => d.File!.Replace(".json", "")).OrderBy(x => x));
        Assert.All(diffs, d => Assert.Contains("chênh -1", d.Message));
    }
}
