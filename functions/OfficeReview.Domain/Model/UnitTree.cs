using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Model;

/// <summary>
/// The units of a campaign as a tree of any depth: the two-tier tree since 01/7/2025 (tỉnh → đảng bộ xã/phường/đặc khu
/// or sector đảng bộ → TCCS → đảng bộ bộ phận → chi bộ) and, for earlier years, the tree with huyện ủy. Building it
/// never throws: problems (duplicate codes, unknown parents, cycles, a kind under a kind it cannot sit under, a
/// district-level committee after the reform) come back as findings, and the tree keeps what could be placed.
/// </summary>
public sealed class UnitTree
{
    public const string DuplicateCode = FindingCatalogue.TreeDuplicateCode;
    public const string UnknownParent = FindingCatalogue.TreeUnknownParent;
    public const string Cycle = FindingCatalogue.TreeCycle;
    public const string SeveralRoots = FindingCatalogue.TreeSeveralRoots;
    public const string KindUnderKind = FindingCatalogue.TreeKindParent;
    public const string DissolvedLevel = FindingCatalogue.TreeDissolvedLevel;

    /// <summary>The year the district level (huyện, quận, thị xã, thành phố thuộc tỉnh) stopped existing.</summary>
    public const int TwoTierFromYear = 2025;

    private static readonly string[] s_districtPrefixes =
        ["huyen uy", "dang bo huyen", "quan uy", "dang bo quan", "thi uy", "dang bo thi xa", "thi xa uy", "thanh uy", "dang bo thanh pho"];

    private readonly Dictionary<string, UnitInfo> _byCode;
    private readonly Dictionary<string, List<UnitInfo>> _children;

    private UnitTree(Dictionary<string, UnitInfo> byCode, Dictionary<string, List<UnitInfo>> children, IReadOnlyList<UnitInfo> roots)
    {
        _byCode = byCode;
        _children = children;
        Roots = roots;
    }

    public IReadOnlyList<UnitInfo> Roots { get; }
    public int Count => _byCode.Count;
    public IEnumerable<UnitInfo> Units => _byCode.Values;

    public UnitInfo? Find(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<UnitInfo> ChildrenOf(string code) => _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The unit and everything below it, parents before children.</summary>
    public IEnumerable<UnitInfo> Subtree(string code)
    {
        if (Find(code) is not { } start) yield break;
        var stack = new Stack<UnitInfo>([start]);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            var children = ChildrenOf(unit.Code);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>From the unit up to the root.</summary>
    public IEnumerable<UnitInfo> Ancestors(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var unit = Find(code); unit?.Parent is { } parent && seen.Add(parent) && Find(parent) is { } p; unit = p)
            yield return p;
    }

    public static (UnitTree Tree, IReadOnlyList<Finding> Findings) Build(IEnumerable<UnitInfo> units, int year)
    {
        var findings = new List<Finding>();
        var byCode = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var order = new List<UnitInfo>();
        var index = 0;
        foreach (var unit in units)
        {
            var path = $"units[{index++}]";
            if (!byCode.TryAdd(unit.Code, unit))
            {
                findings.Add(Finding.Error(DuplicateCode, $"{path}.code", $"Mã đơn vị \"{unit.Code}\" bị trùng ({unit.Name} và {byCode[unit.Code].Name})."));
                continue;
            }
            order.Add(unit);
            if (year >= TwoTierFromYear && IsDistrictCommittee(unit))
                findings.Add(Finding.Error(DissolvedLevel, $"{path}.name",
                    $"{unit.Name}: từ 01/7/2025 không còn tổ chức đảng cấp huyện; năm {year} phải dùng mô hình hai cấp (tỉnh – xã)."));
        }

        var children = new Dictionary<string, List<UnitInfo>>(StringComparer.Ordinal);
        var roots = new List<UnitInfo>();
        foreach (var unit in order)
        {
            if (unit.Parent is null)
            {
                roots.Add(unit);
                continue;
            }
            if (!byCode.TryGetValue(unit.Parent, out var parent))
            {
                findings.Add(Finding.Error(UnknownParent, $"units[{order.IndexOf(unit)}].parent",
                    $"{unit.Name} ({unit.Code}): đơn vị cấp trên \"{unit.Parent}\" không có trong danh sách."));
                roots.Add(unit);
                continue;
            }
            if (!unit.Kind.AllowedParents().Contains(parent.Kind))
                findings.Add(Finding.Error(KindUnderKind, $"units[{order.IndexOf(unit)}].parent",
                    $"{unit.Name} ({unit.Kind.VietnameseName()}) không thể trực thuộc {parent.Name} ({parent.Kind.VietnameseName()})."));
            if (!children.TryGetValue(parent.Code, out var list)) children[parent.Code] = list = [];
            list.Add(unit);
        }

        // Units whose chain of parents never reaches a root sit on a cycle.
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<UnitInfo>(roots);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            if (!reachable.Add(unit.Code)) continue;
            if (children.TryGetValue(unit.Code, out var list)) foreach (var c in list) stack.Push(c);
        }
        foreach (var unit in order.Where(u => !reachable.Contains(u.Code)))
            findings.Add(Finding.Error(Cycle, $"units[{order.IndexOf(unit)}].parent",
                $"{unit.Name} ({unit.Code}) nằm trong một vòng lặp cấp trên – cấp dưới."));

        if (roots.Count(r => r.Parent is null) > 1)
            findings.Add(Finding.Warning(SeveralRoots, "units",
                $"Danh sách có {roots.Count(r => r.Parent is null)} đơn vị cấp cao nhất: {string.Join(", ", roots.Where(r => r.Parent is null).Select(r => r.Name).Take(5))}."));

        return (new UnitTree(byCode, children, roots), findings);
    }

    /// <summary>A huyện ủy / quận ủy / thị ủy … recognised by its name (the kind alone cannot tell it from a đảng ủy xã).</summary>
    public static bool IsDistrictCommittee(UnitInfo unit) =>
        unit.Kind == UnitKind.UpperCommittee && s_districtPrefixes.Any(p => VietnameseText.FoldKey(unit.Name).StartsWith(p, StringComparison.Ordinal));
}
