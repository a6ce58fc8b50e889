using System.Text.Json.Serialization;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Aggregation;

/// <summary>
/// A subtree (a province, a xã, any unit with what is below it) merged on its own: what its parent's merge needs to
/// use it like one more report — its consolidated figures, where each came from, what the merge found, who is missing —
/// and the fingerprints of its members for the check across subtrees. Plain data, so it can travel between processes
/// (a Durable Functions activity's output); <see cref="Node"/>, the whole merged tree, stays in the process that made it.
/// </summary>
public sealed record SubtreeResult
{
    public required UnitInfo Unit { get; init; }
    public required MergeNodeState State { get; init; }
    /// <summary>The consolidated (or submitted) report of the subtree's top, member list dropped; null when missing.</summary>
    public UnitReport? Report { get; init; }
    /// <summary>The top unit's own submission, if it sent one (used or only compared).</summary>
    public string? OwnSource { get; init; }
    /// <summary>How the subtree appears as a source in its parent's provenance ("tổng hợp từ 12 đơn vị").</summary>
    public required string SourceLabel { get; init; }
    /// <summary>For a merged top: what each of its children contributed to each figure.</summary>
    public IReadOnlyList<ProvenanceEntry> Provenance { get; init; } = [];
    /// <summary>Every finding of the subtree's merge, in the order a merge of the whole tree gives them.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>Units below the top with nothing from them or below them, in tree order.</summary>
    public IReadOnlyList<UnitInfo> Missing { get; init; } = [];
    /// <summary>Units in the subtree, its top included.</summary>
    public int UnitCount { get; init; }
    /// <summary>
    /// Every unit below the top (parents before children) with how it got its figures and, for merged units, the
    /// provenance of each figure: the whole subtree's traceability, kept when the result travels without <see cref="Node"/>.
    /// </summary>
    public IReadOnlyList<SubtreeNode> Nodes { get; init; } = [];
    /// <summary>The members registered while merging the subtree (null when the member check was not asked for).</summary>
    public MemberPrints? Members { get; init; }
    /// <summary>The merged tree itself, when the result was made in this process (not serialized).</summary>
    [JsonIgnore]
    public MergeNode? Node { get; init; }

    public static SubtreeResult From(MergeNode node, IReadOnlyList<Finding> findings, IReadOnlyList<UnitInfo> missing, MemberRegistry? members) => new()
    {
        Unit = node.Unit,
        State = node.State,
        Report = node.Report,
        OwnSource = node.OwnSource,
        SourceLabel = node.SourceLabel,
        Provenance = node.Provenance.Entries,
        Findings = findings,
        Missing = missing,
        UnitCount = node.Descendants().Count() + 1,
        Nodes = node.Descendants().Select(d => new SubtreeNode(d.Unit, d.State, d.OwnSource,
            d.State == MergeNodeState.Merged ? d.Provenance.Entries : [])).ToList(),
        Members = members?.Prints(),
        Node = node,
    };

    /// <summary>The merged tree below the top, rebuilt from <see cref="Nodes"/> (without the figures of the units inside).</summary>
    private IReadOnlyList<MergeNode> Rebuild()
    {
        var children = new Dictionary<string, List<SubtreeNode>>(StringComparer.Ordinal);
        foreach (var n in Nodes) (children.TryGetValue(n.Unit.Parent ?? "", out var l) ? l : children[n.Unit.Parent ?? ""] = []).Add(n);
        IReadOnlyList<MergeNode> Below(string code) => children.TryGetValue(code, out var list)
            ? list.Select(n => new MergeNode
            {
                Unit = n.Unit,
                State = n.State,
                OwnSource = n.OwnSource,
                Provenance = n.Provenance.Count == 0 ? Aggregation.Provenance.Empty : new Provenance(n.Provenance),
                Children = Below(n.Unit.Code),
            }).ToList()
            : [];
        return Below(Unit.Code);
    }

    /// <summary>The node a parent's merge puts in its tree for this subtree.</summary>
    public MergeNode ToNode(UnitInfo unit) => new()
    {
        Unit = unit,
        State = State,
        Report = Report,
        OwnSource = OwnSource,
        Provenance = Provenance.Count == 0 ? Aggregation.Provenance.Empty : new Provenance(Provenance),
        Children = Node?.Children ?? Rebuild(),
        Reused = this,
    };
}

/// <summary>
/// The members a subtree's merge registered, as 64-bit fingerprints of their comparison keys (name + birth year + chi
/// bộ, folded) with the unit and row of each: enough to find a member listed in two subtrees without carrying every name.
/// </summary>
public sealed record MemberPrints
{
    /// <summary>Units that listed members: code, name, source file.</summary>
    public required IReadOnlyList<MemberPrintUnit> Units { get; init; }
    /// <summary>Fingerprint of each member's key.</summary>
    public required ulong[] Prints { get; init; }
    /// <summary>Index into <see cref="Units"/> of the unit that listed it, per fingerprint.</summary>
    public required int[] Unit { get; init; }
    /// <summary>Row (0-based) in that unit's list, per fingerprint.</summary>
    public required int[] Row { get; init; }

    public int Count => Prints.Length;

    /// <summary>
    /// Members listed in two subtrees: for each subtree in order, each member some earlier subtree already listed is a
    /// warning (as <see cref="MemberRegistry.DuplicateAcrossUnits"/>), naming both units, rows and files.
    /// </summary>
    public static IReadOnlyList<Finding> CrossCheck(IEnumerable<MemberPrints?> parts)
    {
        var seen = new Dictionary<ulong, (MemberPrints Part, int Index)>();
        var findings = new List<Finding>();
        foreach (var part in parts)
        {
            if (part is null) continue;
            for (var i = 0; i < part.Prints.Length; i++)
            {
                if (seen.TryGetValue(part.Prints[i], out var first))
                {
                    var a = first.Part.Units[first.Part.Unit[first.Index]];
                    var b = part.Units[part.Unit[i]];
                    if (StringComparer.Ordinal.Equals(a.Code, b.Code)) continue;
                    findings.Add(Finding.Warning(MemberRegistry.DuplicateAcrossUnits, $"memberList[{part.Row[i]}].name",
                        $"Đảng viên ở dòng {part.Row[i] + 1} danh sách của {b.Name} ({b.Code}, tệp {b.Source}) trùng họ tên, năm sinh và chi bộ với dòng {first.Part.Row[first.Index] + 1} của {a.Name} ({a.Code}, tệp {a.Source}): có thể một người được kê khai ở hai đơn vị.")
                        with
                    { File = b.Source });
                    continue;
                }
                seen[part.Prints[i]] = (part, i);
            }
        }
        return findings;
    }

    /// <summary>FNV-1a over the key's UTF-16 code units, then a 64-bit finalizer (the same in every process).</summary>
    public static ulong Fingerprint(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in key)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
        return h;
    }
}

public sealed record MemberPrintUnit(string Code, string Name, string Source);

/// <summary>One unit inside a subtree result: how it got its figures, its own file, and (merged units) where each figure came from.</summary>
public sealed record SubtreeNode(UnitInfo Unit, MergeNodeState State, string? OwnSource, IReadOnlyList<ProvenanceEntry> Provenance);
