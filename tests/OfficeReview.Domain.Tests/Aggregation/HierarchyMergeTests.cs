using System.Text;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Tests.Aggregation;

public class HierarchyMergeTests
{
    private static MergeResult MergeProvince(TestProvince p, MemberRegistry? registry = null) =>
        HierarchyMerge.Merge(p.Tree, p.RootCode, p.Year,
            u => p.Reports.TryGetValue(u.Code, out var r) ? new SourceReport($"{u.Code}.json", r) : null,
            new HierarchyMerge.Options { Members = registry });

    // The independent sum: walk the tree, count each unit's own rating into its block and add up leaf members.
    private static string Block(UnitKind kind) => kind switch
    {
        UnitKind.SubordinateCell => "subordinateCells",
        UnitKind.PartialCommittee => "partialCommittees",
        UnitKind.BaseCommittee => "baseOrganizations",
        UnitKind.BaseCell => "baseOrganizations",
        UnitKind.UpperCommittee => "upperCommittees",
        _ => "",
    };

    private static Dictionary<string, long> IndependentSum(TestProvince p, string rootCode)
    {
        var tree = p.Tree;
        var expected = new Dictionary<string, long>();
        void Add(string k, long v) => expected[k] = expected.GetValueOrDefault(k) + v;
        foreach (var unit in tree.Descendants(rootCode))
        {
            var report = p.Reports[unit.Code];
            var block = $"organizations.{Block(unit.Kind)}";
            Add($"{block}.total", 1);
            var level = report.OwnRating?.Level;
            if (level is null) Add($"{block}.notRated", 1);
            else { Add($"{block}.rated", 1); Add($"{block}.{level.Value.JsonKey()}", 1); }
            if (report.MemberList is { } list)
            {
                Add("members.total", list.Count);
                foreach (var m in list)
                {
                    if (m.ExemptReason is { } reason) { Add($"members.exempt.{reason.JsonKey()}", 1); continue; }
                    if (m.DecidedLevel is { } l) { Add("members.rated", 1); Add($"members.{l.JsonKey()}", 1); }
                    else Add("members.notRated", 1);
                }
                Add("leaders.total", 2);
            }
        }
        return expected;
    }

    [Fact]
    public void Province_of_500_units_equals_an_independent_sum_of_the_sources()
    {
        var p = TestProvince.Generate(seed: 11, uppers: 16);
        Assert.True(p.Units.Count >= 500, $"only {p.Units.Count} units");
        var result = MergeProvince(p);
        var report = result.Report!;
        var expected = IndependentSum(p, p.RootCode);

        var actual = ReportFigures.ByKey(report);
        foreach (var (key, value) in expected)
            Assert.True(actual.TryGetValue(key, out var f) && f.Value == value, $"{key}: expected {value}, got {(actual.TryGetValue(key, out var g) ? g.Value : null)}");
        // Every rated count is the sum of its levels; nothing else appears out of nowhere.
        Assert.Equal(expected["members.total"], report.Members!.Total);
        Assert.Equal(expected["organizations.subordinateCells.total"], report.Organizations!.SubordinateCells!.Total);
        Assert.Empty(result.Missing);
        Assert.Equal(MergeNodeState.Merged, result.Root.State);
    }

    [Fact]
    public void Category_rows_of_the_top_count_each_base_organization_under_its_loai_hinh()
    {
        var p = TestProvince.Generate(seed: 3, uppers: 6);
        var report = MergeProvince(p).Report!;
        var rows = report.Organizations!.BaseOrganizations!.ByCategory!;
        foreach (var row in rows)
        {
            var expected = p.Units.Count(u => u.Kind is UnitKind.BaseCommittee or UnitKind.BaseCell && u.Category == row.Category);
            Assert.Equal(expected, row.Total);
        }
        Assert.Equal(report.Organizations.BaseOrganizations.Total, rows.Sum(r => r.Total));
        // Chi bộ trực thuộc have no loại hình here, so that block is not split.
        Assert.Null(report.Organizations.SubordinateCells!.ByCategory);
        var upperRows = report.Organizations.UpperCommittees!.ByCategory!;
        Assert.Equal(p.Units.Count(u => u.Kind == UnitKind.UpperCommittee && u.Category == "xa"), upperRows.Single(r => r.Category == "xa").Total);
    }

    [Fact]
    public void Merged_report_passes_the_sum_rules_of_its_ruleset()
    {
        var p = TestProvince.Generate(seed: 5, uppers: 5);
        var report = MergeProvince(p).Report!;
        var findings = Rulesets.ForYear(report.Year).Validate(report)
            .Where(f => f.Code is BlockSumsRule.RatedSum or BlockSumsRule.TotalSum or BlockSumsRule.MembersTotalSum or CategoryBreakdownRule.Sum or StatedPercentRule.Mismatch)
            .ToList();
        Assert.Empty(findings);
    }

    [Fact]
    public void Every_figure_has_provenance_adding_up_to_it_with_each_child_value()
    {
        var p = TestProvince.Generate(seed: 9, uppers: 4);
        var result = MergeProvince(p);
        var figures = ReportFigures.Enumerate(result.Report!).ToList();
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var entry = result.Provenance.For(figure.Path);
            Assert.NotNull(entry);
            Assert.Equal(figure.Value, entry!.Contributions.Sum(c => c.Value));
        }
        // members.good of the top: one contribution per đảng ủy xã, equal to that xã's own merged figure.
        var top = result.Provenance.For("members.good")!;
        foreach (var child in result.Root.Children)
            Assert.Equal(child.Report!.Members!.Good, top.Contributions.Single(c => c.UnitCode == child.Unit.Code).Value);
        // One level down, the leaves are named with their files.
        var xa = result.Root.Children[0];
        var leaf = xa.Children.First(c => c.Unit.Kind == UnitKind.SubordinateCell);
        var contribution = xa.Provenance.For("members.total")!.Contributions.Single(c => c.UnitCode == leaf.Unit.Code);
        Assert.Equal($"{leaf.Unit.Code}.json", contribution.Source);
        Assert.Equal(p.Reports[leaf.Unit.Code].MemberList!.Count, contribution.Value);
    }

    [Fact]
    public void Stated_percentages_are_recomputed_not_carried()
    {
        var parent = new UnitInfo { Code = "P", Name = "Đảng bộ P", Kind = UnitKind.BaseCommittee };
        CountBlock Members(long good, long complete) => new MemberBlock
        {
            Total = good + complete, Rated = good + complete, Good = good, Complete = complete,
            StatedPercents = new LevelPercents { Good = 99m, Complete = 1m },
        };
        var a = new UnitReport { Year = 2025, Unit = new UnitInfo { Code = "A", Name = "Chi bộ A", Kind = UnitKind.SubordinateCell }, Members = (MemberBlock)Members(2, 1) };
        var b = new UnitReport { Year = 2025, Unit = new UnitInfo { Code = "B", Name = "Chi bộ B", Kind = UnitKind.SubordinateCell }, Members = (MemberBlock)Members(0, 3) };
        var result = ReportAggregator.Aggregate(parent, 2025, [new ChildInput(a.Unit, "a", a), new ChildInput(b.Unit, "b", b)], percentPrecision: 1);
        var m = result.Report.Members!;
        Assert.Equal(2, m.Good);
        Assert.Equal(4, m.Complete);
        Assert.Equal(33.3m, m.StatedPercents!.Good);
        Assert.Equal(66.7m, m.StatedPercents.Complete);
        // Neither child has an own rating: both count as chi bộ trực thuộc not rated.
        Assert.Equal(2, result.Report.Organizations!.SubordinateCells!.NotRated);
        Assert.Contains(result.Findings, f => f.Code == ReportAggregator.OwnRatingMissing);
    }

    [Fact]
    public void Child_for_another_year_or_another_unit_is_left_out_with_an_error()
    {
        var p = TestProvince.Generate(seed: 2, uppers: 2);
        var leaves = p.Units.Where(u => u.Kind == UnitKind.SubordinateCell).ToList();
        var wrongYear = leaves[0];
        var wrongUnit = leaves[1];
        p.Reports[wrongYear.Code] = p.Reports[wrongYear.Code] with { Year = 2024 };
        p.Reports[wrongUnit.Code] = p.Reports[leaves[2].Code]; // the file of another chi bộ, sent for this one
        var result = MergeProvince(p);

        var year = Assert.Single(result.Findings, f => f.Code == HierarchyMerge.YearMismatch);
        Assert.Equal($"{wrongYear.Code}.json", year.File);
        Assert.Contains("năm 2024", year.Message);
        var unit = Assert.Single(result.Findings, f => f.Code == HierarchyMerge.UnitMismatch);
        Assert.Contains(leaves[2].Code, unit.Message);
        Assert.Contains(wrongYear, result.Missing);
        Assert.Contains(wrongUnit, result.Missing);

        var expectedMembers = leaves.Skip(2).Sum(l => p.Reports[l.Code].MemberList!.Count)
            + p.Units.Where(u => u.Kind == UnitKind.BaseCell).Sum(u => p.Reports[u.Code].MemberList!.Count);
        Assert.Equal(expectedMembers, result.Report!.Members!.Total);
    }

    [Fact]
    public void Own_figures_of_a_parent_are_compared_with_the_sum_of_its_children()
    {
        var p = TestProvince.Generate(seed: 4, uppers: 2);
        var xa = p.Units.First(u => u.Kind == UnitKind.UpperCommittee);
        var sum = MergeProvince(p).Root.Children.Single(c => c.Unit.Code == xa.Code).Report!;
        // The đảng ủy xã sends its own consolidated figures with two mistakes.
        p.Reports[xa.Code] = p.Reports[xa.Code] with
        {
            Members = sum.Members! with { Good = sum.Members!.Good + 3 },
            Organizations = sum.Organizations! with { SubordinateCells = sum.Organizations!.SubordinateCells! with { Total = sum.Organizations.SubordinateCells.Total - 1 } },
        };
        var result = MergeProvince(p);
        var differences = result.Findings.Where(f => f.Code == HierarchyMerge.OwnFiguresDiffer).ToList();
        Assert.Equal(2, differences.Count);
        var good = Assert.Single(differences, f => f.Path == "members.good");
        Assert.Contains("chênh +3", good.Message);
        Assert.Equal($"{xa.Code}.json", good.File);
        Assert.Single(differences, f => f.Path == "organizations.subordinateCells.total" && f.Message.Contains("chênh -1"));
        // The consolidation still uses the children's sum.
        Assert.Equal(sum.Members.Good, result.Root.Children.Single(c => c.Unit.Code == xa.Code).Report!.Members!.Good);
    }

    [Fact]
    public void Same_member_in_two_units_is_found_whatever_the_normalization_and_case()
    {
        var p = TestProvince.Generate(seed: 6, uppers: 2);
        var leaves = p.Units.Where(u => u.Kind == UnitKind.SubordinateCell).ToList();
        var original = p.Reports[leaves[0].Code].MemberList![0];
        var copy = original with { Name = original.Name.ToUpperInvariant().Normalize(NormalizationForm.FormD), Cell = original.Cell!.Normalize(NormalizationForm.FormD) };
        var target = p.Reports[leaves[5].Code];
        p.Reports[leaves[5].Code] = target with { MemberList = [.. target.MemberList!, copy] };

        var result = MergeProvince(p, new MemberRegistry());
        var dup = Assert.Single(result.Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
        Assert.Equal($"{leaves[5].Code}.json", dup.File);
        Assert.Contains(leaves[0].Code, dup.Message);
        Assert.Equal($"memberList[{target.MemberList!.Count}].name", dup.Path);

        // A different birth year is a different person.
        p.Reports[leaves[5].Code] = target with { MemberList = [.. target.MemberList!, copy with { BirthYear = copy.BirthYear + 1 }] };
        Assert.DoesNotContain(MergeProvince(p, new MemberRegistry()).Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
    }

    [Fact]
    public void Missing_units_are_listed_and_a_parent_without_child_data_uses_its_own_figures()
    {
        var p = TestProvince.Generate(seed: 8, uppers: 3);
        var bc = p.Units.First(u => u.Kind == UnitKind.BaseCommittee);
        var below = p.Tree.Descendants(bc.Code).ToList();
        foreach (var u in below) p.Reports.Remove(u.Code);
        var result = MergeProvince(p);
        Assert.Equal(below.Select(u => u.Code).Order(), result.Missing.Select(u => u.Code).Order());
        Assert.Contains(result.Findings, f => f.Code == HierarchyMerge.UnitMissing && f.Message.StartsWith($"{below.Count} đơn vị", StringComparison.Ordinal));
        var node = result.Root.Descendants().Single(n => n.Unit.Code == bc.Code);
        Assert.Equal(MergeNodeState.Submitted, node.State);
        Assert.Contains(result.Findings, f => f.Code == HierarchyMerge.OwnFiguresOnly && f.Message.Contains(bc.Code));

        var present = p.Reports.Values.Where(r => r.MemberList is not null).Sum(r => r.MemberList!.Count);
        Assert.Equal(present, result.Report!.Members!.Total);
        // The đảng bộ cơ sở still counts as one base organization (from its own submission), its chi bộ do not.
        Assert.Equal(p.Units.Count(u => u.Kind is UnitKind.BaseCommittee or UnitKind.BaseCell), result.Report.Organizations!.BaseOrganizations!.Total);
        Assert.Equal(p.Units.Count(u => u.Kind == UnitKind.SubordinateCell) - below.Count(u => u.Kind == UnitKind.SubordinateCell), result.Report.Organizations.SubordinateCells!.Total);
    }

    [Fact]
    public void Loose_files_merge_under_the_parent_they_name_and_a_unit_twice_is_used_once()
    {
        var p = TestProvince.Generate(seed: 10, uppers: 1);
        var xa = p.Units.Single(u => u.Kind == UnitKind.UpperCommittee);
        var cells = p.Units.Where(u => u.Parent == xa.Code && u.Kind == UnitKind.SubordinateCell).ToList();
        var sources = cells.Select(c => new SourceReport($"{c.Code}.json", p.Reports[c.Code])).ToList();
        sources.Add(new SourceReport("copy.json", p.Reports[cells[0].Code]));
        var result = HierarchyMerge.MergeFiles(sources);

        Assert.Equal(xa.Code, result.Root.Unit.Code);
        Assert.Contains(result.Root.Unit.Kind, UnitKind.SubordinateCell.AllowedParents());
        var dup = Assert.Single(result.Findings, f => f.Code == HierarchyMerge.UnitDuplicate);
        Assert.Equal("copy.json", dup.File);
        Assert.Equal(cells.Sum(c => p.Reports[c.Code].MemberList!.Count), result.Report!.Members!.Total);
        Assert.Equal(cells.Count, result.Report.Organizations!.SubordinateCells!.Total);
    }

    [Fact]
    public void Loose_files_of_a_whole_province_nest_by_parent_codes()
    {
        var p = TestProvince.Generate(seed: 12, uppers: 3);
        var sources = p.Units.Select(u => new SourceReport($"{u.Code}.json", p.Reports.GetValueOrDefault(u.Code) ?? new UnitReport { Year = p.Year, Unit = u })).ToList();
        var result = HierarchyMerge.MergeFiles(sources.Skip(1).Reverse().ToList());
        Assert.Equal(p.RootCode, result.Root.Unit.Code);
        var expected = IndependentSum(p, p.RootCode);
        var actual = ReportFigures.ByKey(result.Report!);
        Assert.Equal(expected["members.total"], actual["members.total"].Value);
        Assert.Equal(expected["organizations.upperCommittees.total"], actual["organizations.upperCommittees.total"].Value);
        Assert.Equal(expected["organizations.baseOrganizations.excellent"], actual["organizations.baseOrganizations.excellent"].Value);
    }

    [Fact]
    public void Rows_by_loai_hinh_are_dropped_with_a_note_only_when_some_contributions_lack_them()
    {
        var parent = UnitInfos.Create("P", "Đảng bộ xã P", UnitKind.UpperCommittee, "xa", "T");
        ChildInput Cell(string code, string? category) => new(UnitInfos.Create(code, code, UnitKind.BaseCell, category, "P"), code,
            new UnitReport { Year = 2025, Unit = UnitInfos.Create(code, code, UnitKind.BaseCell, category, "P"), OwnRating = new OwnRating { Level = RatingLevel.Good } });

        var all = ReportAggregator.Aggregate(parent, 2025, [Cell("A", "co-quan-nha-nuoc"), Cell("B", "hop-tac-xa"), Cell("C", "hop-tac-xa")]);
        var rows = all.Report.Organizations!.BaseOrganizations!.ByCategory!;
        Assert.Equal(["co-quan-nha-nuoc", "hop-tac-xa"], rows.Select(r => r.Category));
        Assert.Equal([1L, 2L], rows.Select(r => r.Total!.Value));
        Assert.Equal(0, rows[1].Excellent);
        Assert.DoesNotContain(all.Findings, f => f.Code == ReportAggregator.CategoryRowsDropped);

        var partial = ReportAggregator.Aggregate(parent, 2025, [Cell("A", "co-quan-nha-nuoc"), Cell("B", null)]);
        Assert.Null(partial.Report.Organizations!.BaseOrganizations!.ByCategory);
        Assert.Equal(2, partial.Report.Organizations.BaseOrganizations.Total);
        Assert.Single(partial.Findings, f => f.Code == ReportAggregator.CategoryRowsDropped);

        var none = ReportAggregator.Aggregate(parent, 2025, [Cell("A", null), Cell("B", null)]);
        Assert.DoesNotContain(none.Findings, f => f.Code == ReportAggregator.CategoryRowsDropped);
    }
}
