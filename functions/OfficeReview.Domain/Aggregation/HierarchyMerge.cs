using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Aggregation;

/// <summary>A report as submitted: where it came from (file name or submission) and what it says.</summary>
public sealed record SourceReport(string Source, UnitReport Report);

/// <summary>How a node of a merge got its figures.</summary>
public enum MergeNodeState
{
    /// <summary>The unit's own submission (a leaf, or a unit none of whose subordinates sent anything).</summary>
    Submitted,
    /// <summary>Summed from its subordinates (its own submission, if any, was compared with the sum).</summary>
    Merged,
    /// <summary>Nothing from the unit or below it.</summary>
    Missing,
}

/// <summary>One unit of a merge tree with its figures (null when missing) and how they were obtained.</summary>
public sealed class MergeNode
{
    public required UnitInfo Unit { get; init; }
    public required MergeNodeState State { get; init; }
    public UnitReport? Report { get; init; }
    /// <summary>Source of the unit's own submission, if it sent one (used or only compared).</summary>
    public string? OwnSource { get; init; }
    /// <summary>For merged nodes: what each child contributed to each figure.</summary>
    public Provenance Provenance { get; init; } = Provenance.Empty;
    public IReadOnlyList<MergeNode> Children { get; init; } = [];
    /// <summary>
    /// Set when this node was not merged here but taken from a subtree merged on its own (<see cref="MergePlan"/>):
    /// its figures, provenance, findings and missing units come from that result. <see cref="Children"/> is empty when
    /// the result travelled without its tree (e.g. from another process).
    /// </summary>
    public SubtreeResult? Reused { get; init; }

    /// <summary>How this node appears as a source in its parent's provenance.</summary>
    public string SourceLabel => Reused?.SourceLabel ?? (State == MergeNodeState.Merged
        ? $"tổng hợp từ {VietnameseFormat.Count(Children.Count(c => c.State != MergeNodeState.Missing))} đơn vị"
        : OwnSource ?? Unit.Code);

    public IEnumerable<MergeNode> Descendants()
    {
        foreach (var c in Children)
        {
            yield return c;
            foreach (var d in c.Descendants()) yield return d;
        }
    }
}

/// <summary>A merge at one node: the tree of nodes, the consolidated report at the top, every finding, who is missing.</summary>
public sealed record MergeResult(MergeNode Root, IReadOnlyList<Finding> Findings, IReadOnlyList<UnitInfo> Missing)
{
    public UnitReport? Report => Root.Report;
    public Provenance Provenance => Root.Provenance;
}

/// <summary>
/// Merges a subtree: each unit with subordinates is the sum of its subordinates' figures (recursively: merged
/// subordinates roll up), each leaf is its latest submission. Cross-checks: a report for another year or another unit
/// is left out with an error; a unit that also sent its own figures gets every difference between them and the sum of
/// its subordinates; (optionally) members listed by two units.
/// </summary>
public static class HierarchyMerge
{
    public const string YearMismatch = FindingCatalogue.MergeYearMismatch;
    public const string UnitMismatch = FindingCatalogue.MergeUnitMismatch;
    public const string UnitNotInTree = FindingCatalogue.MergeUnitUnknown;
    public const string UnitDuplicate = FindingCatalogue.MergeUnitDuplicate;
    public const string ParentCodeMismatch = FindingCatalogue.MergeParentCode;
    public const string OwnFiguresDiffer = FindingCatalogue.MergeParentMismatch;
    public const string OwnFiguresUnmatched = FindingCatalogue.MergeParentUnmatched;
    public const string OwnFiguresOnly = FindingCatalogue.MergeOwnFiguresOnly;
    public const string UnitMissing = FindingCatalogue.MergeUnitMissing;
    public const string RootUnknown = FindingCatalogue.MergeRootUnknown;
    public const string NoInput = FindingCatalogue.MergeNoInput;

    public sealed record Options
    {
        public int PercentPrecision { get; init; } = 2;
        /// <summary>The largest plausible figure (<see cref="RulesetParameters.MaxCount"/>); above it the merge reports an error.</summary>
        public long MaxCount { get; init; } = RulesetParameters.DefaultMaxCount;
        /// <summary>Members seen so far across units; null skips the member cross-check (e.g. already done by the caller).</summary>
        public MemberRegistry? Members { get; init; }
        /// <summary>
        /// A subtree already merged on its own, for a unit (null: merge it here). Its result is used as it is — nothing
        /// below that unit is read or summed again — and its findings and missing units are carried over.
        /// </summary>
        public Func<UnitInfo, SubtreeResult?>? Reuse { get; init; }
    }

    /// <summary>Merges the subtree of <paramref name="rootCode"/>; <paramref name="latest"/> gives each unit's latest submission.</summary>
    public static MergeResult Merge(UnitTree tree, string rootCode, int year, Func<UnitInfo, SourceReport?> latest, Options? options = null)
    {
        options ??= new Options();
        var findings = new List<Finding>();
        var root = tree.Find(rootCode);
        if (root is null)
        {
            findings.Add(Finding.Error(RootUnknown, "", $"Không có đơn vị mã \"{rootCode}\" trong cây đơn vị."));
            var unknown = UnitInfos.Create(rootCode, rootCode, UnitKind.ProvincialCommittee);
            return new MergeResult(new MergeNode { Unit = unknown, State = MergeNodeState.Missing }, findings, []);
        }
        var node = MergeNodeAt(tree, root, year, latest, options, findings);
        var missing = new List<UnitInfo>();
        CollectMissing(node, missing, isRoot: true);
        if (missing.Count > 0) findings.Add(MissingFinding(missing));
        return new MergeResult(node, findings, missing);
    }

    /// <summary>The one warning that lists the units without figures (the first ten by name).</summary>
    public static Finding MissingFinding(IReadOnlyList<UnitInfo> missing)
    {
        var names = string.Join(", ", missing.Take(10).Select(u => $"{u.Name} ({u.Code})")) + (missing.Count > 10 ? ", …" : "");
        return Finding.Warning(UnitMissing, "", $"{VietnameseFormat.Count(missing.Count)} đơn vị chưa có số liệu: {names}.");
    }

    /// <summary>
    /// Merges the subtree of <paramref name="code"/> on its own, as a result its parent's merge can reuse
    /// (<see cref="Options.Reuse"/>). Its findings are those a merge of the whole tree would give for this subtree, in
    /// the same order (without the "units missing" summary, which the top gives once).
    /// </summary>
    public static SubtreeResult MergeSubtree(UnitTree tree, string code, int year, Func<UnitInfo, SourceReport?> latest, Options? options = null)
    {
        options ??= new Options();
        var findings = new List<Finding>();
        var unit = tree.Find(code);
        if (unit is null)
        {
            findings.Add(Finding.Error(RootUnknown, "", $"Không có đơn vị mã \"{code}\" trong cây đơn vị."));
            unit = UnitInfos.Create(code, code, UnitKind.ProvincialCommittee);
            var unknown = new MergeNode { Unit = unit, State = MergeNodeState.Missing };
            return SubtreeResult.From(unknown, findings, [], options.Members);
        }
        var node = MergeNodeAt(tree, unit, year, latest, options, findings);
        var missing = new List<UnitInfo>();
        CollectMissing(node, missing, isRoot: true);
        return SubtreeResult.From(node, findings, missing, options.Members);
    }

    /// <summary>Missing units below <paramref name="node"/> (itself too unless it is the root), in tree order.</summary>
    private static void CollectMissing(MergeNode node, List<UnitInfo> missing, bool isRoot)
    {
        if (node.Reused is { } part)
        {
            if (!isRoot && node.State == MergeNodeState.Missing) missing.Add(node.Unit);
            missing.AddRange(part.Missing);
            return;
        }
        if (!isRoot && node.State == MergeNodeState.Missing) missing.Add(node.Unit);
        foreach (var c in node.Children) CollectMissing(c, missing, isRoot: false);
    }

    private static MergeNode MergeNodeAt(UnitTree tree, UnitInfo unit, int year, Func<UnitInfo, SourceReport?> latest, Options options, List<Finding> findings)
    {
        if (options.Reuse?.Invoke(unit) is { } part && StringComparer.Ordinal.Equals(part.Unit.Code, unit.Code))
        {
            findings.AddRange(part.Findings);
            return part.ToNode(unit);
        }
        var own = Accept(unit, latest(unit), year, options, findings);
        var childNodes = tree.ChildrenOf(unit.Code).Select(c => MergeNodeAt(tree, c, year, latest, options, findings)).ToList();
        var withData = childNodes.Where(c => c.Report is not null).ToList();

        if (withData.Count == 0)
        {
            if (own is null)
                return new MergeNode { Unit = unit, State = MergeNodeState.Missing, Children = childNodes };
            if (childNodes.Count > 0)
                findings.Add(Finding.Warning(OwnFiguresOnly, "",
                    $"{unit.Name} ({unit.Code}): chưa đơn vị trực thuộc nào gửi số liệu; dùng số liệu do chính đơn vị báo cáo.") with
                { File = own.Source });
            return new MergeNode { Unit = unit, State = MergeNodeState.Submitted, Report = own.Report with { Unit = unit }, OwnSource = own.Source, Children = childNodes };
        }

        var inputs = withData.Select(c => new ChildInput(c.Unit, c.SourceLabel, c.Report!)).ToList();
        var aggregate = ReportAggregator.Aggregate(unit, year, inputs, options.PercentPrecision, options.MaxCount);
        findings.AddRange(aggregate.Findings.Select(f => f with { Message = $"{unit.Name} ({unit.Code}): {f.Message}" }));
        var report = aggregate.Report with { OwnRating = own?.Report.OwnRating };
        if (own is not null) CompareOwnFigures(unit, own, report, withData.Count, childNodes.Count - withData.Count, findings);
        return new MergeNode
        {
            Unit = unit,
            State = MergeNodeState.Merged,
            Report = report,
            OwnSource = own?.Source,
            Provenance = aggregate.Provenance,
            Children = childNodes,
        };
    }

    /// <summary>The submission if it can be used for this unit and year; otherwise null with the reason as a finding.</summary>
    private static SourceReport? Accept(UnitInfo unit, SourceReport? source, int year, Options options, List<Finding> findings)
    {
        if (source is null) return null;
        var r = source.Report;
        if (!StringComparer.Ordinal.Equals(r.Unit.Code?.Trim(), unit.Code))
        {
            findings.Add(Finding.Error(UnitMismatch, "unit.code",
                $"Tệp {source.Source} nộp cho {unit.Name} ({unit.Code}) nhưng ghi là của đơn vị \"{r.Unit.Name}\" (mã {r.Unit.Code}); không đưa vào tổng hợp.") with
            { File = source.Source });
            return null;
        }
        if (r.Year != year)
        {
            findings.Add(Finding.Error(YearMismatch, "year",
                $"Tệp {source.Source} của {unit.Name} ({unit.Code}) là số liệu năm {r.Year}, không phải năm {year}; không đưa vào tổng hợp.") with
            { File = source.Source });
            return null;
        }
        if (!StringComparer.Ordinal.Equals(r.Unit.Parent?.Trim() ?? "", unit.Parent ?? "") && r.Unit.Parent is not null)
            findings.Add(Finding.Warning(ParentCodeMismatch, "unit.parent",
                $"Tệp {source.Source} của {unit.Name} ({unit.Code}) ghi đơn vị cấp trên là \"{r.Unit.Parent}\", cây đơn vị ghi \"{unit.Parent ?? "(không có)"}\".") with
            { File = source.Source });
        if (options.Members is { } registry && r.MemberList is { Count: > 0 })
            findings.AddRange(registry.Register(unit.Code, unit.Name, source.Source, r.MemberList));
        return new SourceReport(source.Source, MemberSummary.Compact(r));
    }

    private static void CompareOwnFigures(UnitInfo unit, SourceReport own, UnitReport merged, int childCount, int missingChildren, List<Finding> findings)
    {
        var note = missingChildren > 0 ? $"; còn {VietnameseFormat.Count(missingChildren)} đơn vị trực thuộc chưa có số liệu" : "";
        var sum = ReportFigures.ByKey(merged);
        foreach (var figure in ReportFigures.Enumerate(own.Report))
        {
            if (sum.TryGetValue(figure.Key, out var s))
            {
                if (s.Value == figure.Value) continue;
                var diff = (decimal)figure.Value - s.Value;
                findings.Add(Finding.Error(OwnFiguresDiffer, figure.Path,
                    $"{unit.Name} ({unit.Code}) báo cáo {figure.Label} là {VietnameseFormat.Count(figure.Value)}, cộng {VietnameseFormat.Count(childCount)} đơn vị trực thuộc được {VietnameseFormat.Count(s.Value)} (chênh {(diff > 0 ? "+" : "")}{VietnameseFormat.Decimal(diff, 0)}{note}).")
                    with
                { File = own.Source });
            }
            else if (figure.Value != 0)
            {
                findings.Add(Finding.Warning(OwnFiguresUnmatched, figure.Path,
                    $"{unit.Name} ({unit.Code}) báo cáo {figure.Label} là {VietnameseFormat.Count(figure.Value)}, các đơn vị trực thuộc không có số liệu này.")
                    with
                { File = own.Source });
            }
        }
    }

    /// <summary>
    /// A merge of loose files (no campaign): the units and their parents come from the reports themselves. Units whose
    /// parent is among the files nest under it; the top is the one unit without a parent among the files, or else a
    /// consolidation unit named after the parent code the tops share. The same unit twice: the first is used.
    /// </summary>
    public static MergeResult MergeFiles(IReadOnlyList<SourceReport> sources, int? year = null, Options? options = null, UnitInfo? top = null)
    {
        var findings = new List<Finding>();
        if (sources.Count == 0)
        {
            findings.Add(Finding.Error(NoInput, "", "Không có tệp nào để tổng hợp."));
            var empty = top ?? UnitInfos.Create("TONG-HOP", "Tổng hợp", UnitKind.ProvincialCommittee);
            return new MergeResult(new MergeNode { Unit = empty, State = MergeNodeState.Missing }, findings, []);
        }
        var targetYear = year ?? sources.GroupBy(s => s.Report.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

        var byCode = new Dictionary<string, SourceReport>(StringComparer.Ordinal);
        var nodes = new List<UnitInfo>();
        foreach (var s in sources)
        {
            var code = s.Report.Unit.Code.Trim();
            if (byCode.TryGetValue(code, out var first))
            {
                findings.Add(Finding.Error(UnitDuplicate, "unit.code",
                    $"Đơn vị {s.Report.Unit.Name} (mã {code}) có hai tệp: {first.Source} và {s.Source}; chỉ dùng {first.Source}.") with
                { File = s.Source });
                continue;
            }
            byCode[code] = s;
            nodes.Add(s.Report.Unit with { Code = code });
        }

        var (tree, treeFindings) = UnitTree.Build(nodes, targetYear);
        // Loose files naming a parent that is not among them is the normal case here, not a problem.
        findings.AddRange(treeFindings.Where(f => f.Code is not UnitTree.UnknownParent and not UnitTree.SeveralRoots));
        UnitInfo root;
        if (top is null && tree.Roots.Count == 1)
        {
            root = tree.Roots[0];
        }
        else
        {
            if (top is null)
            {
                var parents = tree.Roots.Select(r => r.Parent).Distinct(StringComparer.Ordinal).ToList();
                var code = parents.Count == 1 && !string.IsNullOrEmpty(parents[0]) ? parents[0]! : "TONG-HOP";
                root = UnitInfos.Create(code, $"Tổng hợp {code}", ParentKindFor(tree.Roots.Select(r => r.Kind)));
            }
            else root = top;
            var rootCodes = tree.Roots.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            tree = UnitTree.Build(new[] { root }.Concat(nodes
                .Where(n => !StringComparer.Ordinal.Equals(n.Code, root.Code))
                .Select(n => rootCodes.Contains(n.Code) ? n with { Parent = root.Code } : n)), targetYear).Tree;
        }

        var result = Merge(tree, root.Code, targetYear, u => byCode.GetValueOrDefault(u.Code), options);
        findings.AddRange(result.Findings);
        return result with { Findings = findings };
    }

    /// <summary>The kind a consolidation of units of these kinds has.</summary>
    public static UnitKind ParentKindFor(IEnumerable<UnitKind> kinds)
    {
        var set = kinds.ToHashSet();
        if (set.Contains(UnitKind.UpperCommittee) || set.Contains(UnitKind.ProvincialCommittee)) return UnitKind.ProvincialCommittee;
        if (set.Contains(UnitKind.BaseCommittee) || set.Contains(UnitKind.BaseCell)) return UnitKind.UpperCommittee;
        if (set.Count > 0 && set.All(k => k is UnitKind.SubordinateCell or UnitKind.PartialCommittee)) return UnitKind.BaseCommittee;
        return UnitKind.UpperCommittee;
    }
}
