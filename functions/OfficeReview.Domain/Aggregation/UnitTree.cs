using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Aggregation;

/// <summary>One unit of a campaign's hierarchy: code, name, kind (loại), loại hình and the code of its parent.</summary>
public sealed record UnitNode(string Code, string Name, UnitKind Kind, string? Category = null, string? Parent = null)
{
    public UnitInfo ToInfo() => new() { Code = Code, Name = Name, Kind = Kind, Category = Category, Parent = Parent };

    public static UnitNode From(UnitInfo info) => new(info.Code, info.Name, info.Kind, info.Category, info.Parent);
}

/// <summary>The result of building a tree: the tree (always usable) and what was wrong with the list.</summary>
public sealed record UnitTreeBuild(UnitTree Tree, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// A unit hierarchy built from a flat list with parent codes. Codes are compared case-insensitively after
/// <see cref="VietnameseText.Clean"/>. A unit whose parent is unknown, or that sits on a cycle, becomes a root
/// (with a finding); a code listed twice keeps its first row.
/// </summary>
public sealed class UnitTree
{
    public const string DuplicateCode = "UNIT_TREE_DUPLICATE";
    public const string UnknownParent = "UNIT_TREE_PARENT_UNKNOWN";
    public const string Cycle = "UNIT_TREE_CYCLE";
    public const string KindUnderParent = "UNIT_TREE_KIND_PARENT";
    public const string EmptyCode = "UNIT_TREE_CODE_MISSING";

    public static readonly StringComparer CodeComparer = StringComparer.OrdinalIgnoreCase;

    private readonly Dictionary<string, UnitNode> _byCode;
    private readonly Dictionary<string, List<UnitNode>> _children;
    private readonly List<UnitNode> _nodes;
    private readonly List<UnitNode> _roots;

    private UnitTree(List<UnitNode> nodes, Dictionary<string, UnitNode> byCode, Dictionary<string, List<UnitNode>> children, List<UnitNode> roots)
    {
        _nodes = nodes;
        _byCode = byCode;
        _children = children;
        _roots = roots;
    }

    public static UnitTree Empty { get; } = Build([]).Tree;

    public IReadOnlyList<UnitNode> Nodes => _nodes;
    public IReadOnlyList<UnitNode> Roots => _roots;
    public int Count => _nodes.Count;

    public UnitNode? Get(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var n) ? n : null;
    public bool Contains(string? code) => Get(code) is not null;

    public IReadOnlyList<UnitNode> Children(string code) =>
        _children.TryGetValue(code.Trim(), out var list) ? list : [];

    /// <summary>Every unit under <paramref name="code"/> (not the unit itself), depth first in list order.</summary>
    public IEnumerable<UnitNode> Descendants(string code)
    {
        var stack = new Stack<UnitNode>(Children(code).Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            foreach (var c in Children(n.Code).Reverse()) stack.Push(c);
        }
    }

    /// <summary>The chain from the root down to the unit (both included).</summary>
    public IReadOnlyList<UnitNode> PathTo(string code)
    {
        var path = new List<UnitNode>();
        var node = Get(code);
        while (node is not null)
        {
            path.Add(node);
            node = node.Parent is null ? null : Get(node.Parent);
        }
        path.Reverse();
        return path;
    }

    public static UnitTreeBuild Build(IEnumerable<UnitNode> input)
    {
        var findings = new List<Finding>();
        var nodes = new List<UnitNode>();
        var byCode = new Dictionary<string, UnitNode>(CodeComparer);
        var row = 0;
        foreach (var raw in input)
        {
            row++;
            var code = VietnameseText.Clean(raw.Code);
            if (code.Length == 0)
            {
                findings.Add(Finding.Error(EmptyCode, $"units[{row - 1}].code", $"Dòng {row}: thiếu mã đơn vị."));
                continue;
            }
            var parent = VietnameseText.Clean(raw.Parent);
            var node = raw with
            {
                Code = code,
                Name = VietnameseText.Clean(raw.Name) is { Length: > 0 } name ? name : code,
                Category = string.IsNullOrWhiteSpace(raw.Category) ? null : VietnameseText.Clean(raw.Category),
                Parent = parent.Length == 0 ? null : parent,
            };
            if (!byCode.TryAdd(code, node))
            {
                findings.Add(Finding.Error(DuplicateCode, $"units[{row - 1}].code", $"Dòng {row}: mã đơn vị \"{code}\" đã có ở dòng trước; bỏ qua dòng này."));
                continue;
            }
            nodes.Add(node);
        }

        // Unknown parents become roots; cycles are cut where they are found.
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Parent is null) continue;
            if (!byCode.TryGetValue(n.Parent, out var parentNode))
            {
                findings.Add(Finding.Warning(UnknownParent, $"units[{i}].parent",
                    $"Đơn vị {n.Code} ({n.Name}) có mã cấp trên \"{n.Parent}\" không có trong danh sách; coi là đơn vị cấp cao nhất."));
                nodes[i] = byCode[n.Code] = n with { Parent = null };
                continue;
            }
            if (!n.Kind.AllowedParents().Contains(parentNode.Kind))
                findings.Add(Finding.Warning(KindUnderParent, $"units[{i}].parent",
                    $"Đơn vị {n.Code} ({n.Kind.VietnameseName()}) nằm dưới {parentNode.Code} ({parentNode.Kind.VietnameseName()}): quan hệ cấp trên này không thông thường."));
        }
        for (var i = 0; i < nodes.Count; i++)
        {
            var seen = new HashSet<string>(CodeComparer) { nodes[i].Code };
            var cursor = nodes[i].Parent;
            while (cursor is not null)
            {
                if (!seen.Add(cursor))
                {
                    var n = byCode[nodes[i].Code];
                    findings.Add(Finding.Error(Cycle, $"units[{i}].parent",
                        $"Đơn vị {n.Code} ({n.Name}) nằm trong một vòng lặp cấp trên; bỏ mã cấp trên \"{n.Parent}\"."));
                    nodes[i] = byCode[n.Code] = n with { Parent = null };
                    break;
                }
                cursor = byCode[cursor].Parent;
            }
        }

        var children = new Dictionary<string, List<UnitNode>>(CodeComparer);
        var roots = new List<UnitNode>();
        foreach (var n in nodes)
        {
            if (n.Parent is null) { roots.Add(n); continue; }
            if (!children.TryGetValue(n.Parent, out var list)) children[n.Parent] = list = [];
            list.Add(n);
        }
        return new UnitTreeBuild(new UnitTree(nodes, byCode, children, roots), findings);
    }
}
