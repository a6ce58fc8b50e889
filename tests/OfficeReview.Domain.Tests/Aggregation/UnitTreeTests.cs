using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Tests.Aggregation;

public class UnitTreeTests
{
    [Fact]
    public void Builds_children_and_descendants_in_list_order()
    {
        var tree = UnitTree.Build([
            new("T", "Tỉnh", UnitKind.ProvincialCommittee),
            new("X1", "Xã 1", UnitKind.UpperCommittee, "xa", "T"),
            new("C1", "Chi bộ 1", UnitKind.SubordinateCell, null, "x1"),
            new("X2", "Xã 2", UnitKind.UpperCommittee, "xa", "T"),
        ]);
        Assert.Empty(tree.Findings);
        Assert.Equal(["X1", "X2"], tree.Tree.Children("T").Select(u => u.Code));
        Assert.Equal(["X1", "C1", "X2"], tree.Tree.Descendants("T").Select(u => u.Code));
        Assert.Equal(["T", "X1", "C1"], tree.Tree.PathTo("C1").Select(u => u.Code));
    }

    [Fact]
    public void Duplicate_codes_unknown_parents_and_cycles_are_reported_and_cut()
    {
        var build = UnitTree.Build([
            new("T", "Tỉnh", UnitKind.ProvincialCommittee),
            new("A", "A", UnitKind.UpperCommittee, null, "B"),
            new("B", "B", UnitKind.UpperCommittee, null, "A"),
            new("t", "Tỉnh lặp", UnitKind.ProvincialCommittee),
            new("Z", "Z", UnitKind.BaseCell, null, "KHONG-CO"),
        ]);
        Assert.Single(build.Findings, f => f.Code == UnitTree.DuplicateCode && f.Message.Contains("Dòng 4"));
        Assert.Single(build.Findings, f => f.Code == UnitTree.UnknownParent && f.Message.Contains("KHONG-CO"));
        Assert.Contains(build.Findings, f => f.Code == UnitTree.Cycle);
        Assert.Equal(4, build.Tree.Count);
        Assert.Contains(build.Tree.Roots, r => r.Code == "Z");
        // After the cut every unit reaches a root.
        foreach (var n in build.Tree.Nodes) Assert.NotEmpty(build.Tree.PathTo(n.Code));
        Assert.True(build.Tree.Roots.Count >= 2);
    }
}
