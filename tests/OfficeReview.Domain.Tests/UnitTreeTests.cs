using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests;

public class UnitTreeTests
{
    private static UnitInfo U(string code, string name, UnitKind kind, string? parent) => new() { Code = code, Name = name, Kind = kind, Parent = parent };

    [Fact]
    public void TwoTierTreeOfAnyDepth()
    {
        var units = new[]
        {
            U("T", "Đảng bộ tỉnh Gia Lai", UnitKind.ProvincialCommittee, null),
            U("X", "Đảng bộ xã An Bình", UnitKind.UpperCommittee, "T"),
            U("C", "Đảng bộ Trường THPT An Bình", UnitKind.BaseCommittee, "X"),
            U("P", "Đảng bộ bộ phận khối 10", UnitKind.PartialCommittee, "C"),
            U("B", "Chi bộ lớp 10A", UnitKind.SubordinateCell, "P"),
            U("V", "Chi bộ thôn 1", UnitKind.SubordinateCell, "X"),
        };
        var (tree, findings) = UnitTree.Build(units, 2025);
        Assert.Empty(findings);
        Assert.Equal("T", Assert.Single(tree.Roots).Code);
        Assert.Equal(["T", "X", "C", "P", "B", "V"], tree.Subtree("T").Select(u => u.Code));
        Assert.Equal(["P", "C", "X", "T"], tree.Ancestors("B").Select(u => u.Code));
        Assert.Equal(["C", "V"], tree.ChildrenOf("X").Select(u => u.Code));
    }

    [Fact]
    public void OlderTreeWithHuyenUyIsFineBefore2025Only()
    {
        var units = new[]
        {
            U("T", "Đảng bộ tỉnh Thái Nguyên", UnitKind.ProvincialCommittee, null),
            U("H", "Huyện ủy Định Hóa", UnitKind.UpperCommittee, "T"),
            U("X", "Đảng bộ xã Bảo Cường", UnitKind.BaseCommittee, "H"),
            U("B", "Chi bộ xóm Nà Pục", UnitKind.SubordinateCell, "X"),
        };
        Assert.Empty(UnitTree.Build(units, 2024).Findings);
        var f = Assert.Single(UnitTree.Build(units, 2025).Findings);
        Assert.Equal(UnitTree.DissolvedLevel, f.Code);
        Assert.Contains("Huyện ủy Định Hóa", f.Message);
    }

    [Fact]
    public void ProblemsBecomeFindings()
    {
        var units = new[]
        {
            U("T", "Đảng bộ tỉnh", UnitKind.ProvincialCommittee, null),
            U("X", "Đảng bộ xã A", UnitKind.UpperCommittee, "T"),
            U("X", "Đảng bộ xã B", UnitKind.UpperCommittee, "T"),
            U("B", "Chi bộ 1", UnitKind.BaseCell, "Z"),
            U("C1", "Chi bộ vòng 1", UnitKind.SubordinateCell, "C2"),
            U("C2", "Đảng bộ vòng 2", UnitKind.BaseCommittee, "C1"),
            U("P", "Đảng bộ bộ phận", UnitKind.PartialCommittee, "T"),
        };
        var (tree, findings) = UnitTree.Build(units, 2025);
        var codes = findings.Select(f => f.Code).ToList();
        Assert.Contains(UnitTree.DuplicateCode, codes);
        Assert.Contains(UnitTree.UnknownParent, codes);
        Assert.Equal(2, codes.Count(c => c == UnitTree.Cycle));
        Assert.Contains(codes, c => c == UnitTree.KindUnderKind);
        Assert.Equal(6, tree.Count);
    }

    [Fact]
    public void SyntheticProvinceBuildsCleanly()
    {
        var p = SyntheticProvince.Generate(new SyntheticOptions { Units = 300, Members = 3_000, Seed = 9 });
        var (tree, findings) = UnitTree.Build(p.Units.Select(u => u.Unit), 2025);
        Assert.Empty(findings);
        Assert.Equal(300, tree.Subtree("T").Count());
    }
}
