using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Aggregation;

/// <summary>
/// A merge as a plan over subtrees: each part (a province, or any unit with what is below it) is merged on its own —
/// anywhere: another thread, another process, a Durable Functions activity — and the top merge then uses each part's
/// result like one more report (<see cref="HierarchyMerge.Options.Reuse"/>): nothing below a part is read or summed
/// again, its findings and missing units are carried over, and its provenance stays with it. The result is the one
/// merge of the whole tree would give (same figures, same provenance at the top, same findings in the same order);
/// members listed in two parts are found from the parts' fingerprints (<see cref="MemberPrints.CrossCheck"/>).
/// Pure: the caller decides where and how the parts run.
/// </summary>
public sealed record MergePlan(string RootCode, IReadOnlyList<string> Parts)
{
    /// <summary>
    /// Every unit <paramref name="depth"/> levels below the root is a part (depth 1: the provinces under the country,
    /// or the xã under a province). Parts are in tree order; a branch that ends above that depth stays in the top merge.
    /// </summary>
    public static MergePlan ByDepth(UnitTree tree, string rootCode, int depth = 1)
    {
        var parts = new List<string>();
        void Walk(string code, int level)
        {
            foreach (var child in tree.ChildrenOf(code))
            {
                if (level + 1 == depth) parts.Add(child.Code);
                else Walk(child.Code, level + 1);
            }
        }
        if (depth >= 1 && tree.Find(rootCode) is not null) Walk(rootCode, 0);
        return new MergePlan(rootCode, parts);
    }

    /// <summary>
    /// The parts, largest first (by units in the subtree): the order to start them in so that parallel workers finish
    /// together. The results are combined in tree order whatever order they ran in.
    /// </summary>
    public IReadOnlyList<string> PartsBySize(UnitTree tree) =>
        Parts.Select((code, i) => (code, i, size: tree.Subtree(code).Count()))
            .OrderByDescending(p => p.size).ThenBy(p => p.i).Select(p => p.code).ToList();

    /// <summary>One part merged on its own (what an activity runs). Its member check uses its own registry when <paramref name="checkMembers"/>.</summary>
    public static SubtreeResult MergePart(UnitTree tree, string partCode, int year, Func<UnitInfo, SourceReport?> latest, HierarchyMerge.Options options, bool checkMembers) =>
        HierarchyMerge.MergeSubtree(tree, partCode, year, latest, options with { Members = checkMembers ? new MemberRegistry() : null, Reuse = null });

    /// <summary>
    /// The top: the tree above the parts merged here, each part taken from <paramref name="results"/> (by unit code).
    /// A part without a result is merged here. With <paramref name="checkMembers"/>, members above the parts are
    /// registered here and every member listed in two parts (or a part and the top) is reported.
    /// </summary>
    public MergeResult Combine(UnitTree tree, int year, Func<UnitInfo, SourceReport?> latest, IReadOnlyDictionary<string, SubtreeResult> results,
        HierarchyMerge.Options options, bool checkMembers)
    {
        var top = new MemberRegistry();
        var result = HierarchyMerge.Merge(tree, RootCode, year, latest, options with
        {
            Members = checkMembers ? top : null,
            Reuse = u => results.GetValueOrDefault(u.Code),
        });
        if (!checkMembers) return result;
        var prints = new List<MemberPrints?> { top.Prints() };
        prints.AddRange(Parts.Select(p => results.GetValueOrDefault(p)?.Members));
        var across = MemberPrints.CrossCheck(prints);
        if (across.Count == 0) return result;
        var findings = result.Findings.ToList();
        // Before the missing-units summary, which stays last as in a one-pass merge.
        var at = findings.FindLastIndex(f => f.Code == HierarchyMerge.UnitMissing);
        findings.InsertRange(at < 0 ? findings.Count : at, across);
        return result with { Findings = findings };
    }

    /// <summary>
    /// Runs the plan: <paramref name="runParts"/> gets one job per part (largest first) and returns their results
    /// (sequentially by default; the service runs them on several threads, the Functions app as activities).
    /// </summary>
    public MergeResult Run(UnitTree tree, int year, Func<UnitInfo, SourceReport?> latest, HierarchyMerge.Options? options = null, bool checkMembers = false,
        Func<IReadOnlyList<Func<SubtreeResult>>, IReadOnlyList<SubtreeResult>>? runParts = null)
    {
        options ??= new HierarchyMerge.Options();
        var o = options;
        var jobs = PartsBySize(tree).Select(code => (Func<SubtreeResult>)(() => MergePart(tree, code, year, latest, o, checkMembers))).ToList();
        var results = (runParts ?? (js => js.Select(j => j()).ToList()))(jobs);
        return Combine(tree, year, latest, results.ToDictionary(r => r.Unit.Code, StringComparer.Ordinal), options, checkMembers);
    }

    /// <summary>
    /// The top of a merge whose parts are known only by their results (loose folders of files, Durable activities):
    /// <paramref name="top"/> with every part's top unit under it, each taken from its result as it is. Members listed
    /// in two parts are reported from the parts' fingerprints; the "units missing" summary comes once, at the end.
    /// </summary>
    public static MergeResult CombineParts(UnitInfo top, int year, IReadOnlyList<SubtreeResult> parts, HierarchyMerge.Options? options = null)
    {
        options ??= new HierarchyMerge.Options();
        var units = new List<UnitInfo> { top with { Parent = null } };
        var byCode = new Dictionary<string, SubtreeResult>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var part in parts)
        {
            if (StringComparer.Ordinal.Equals(part.Unit.Code, top.Code) || !byCode.TryAdd(part.Unit.Code, part))
            {
                findings.Add(Finding.Error(HierarchyMerge.UnitDuplicate, "unit.code",
                    $"Đơn vị {part.Unit.Name} (mã {part.Unit.Code}) có trong hai phần tổng hợp; chỉ dùng phần thứ nhất."));
                continue;
            }
            units.Add(part.Unit with { Parent = top.Code });
        }
        var tree = UnitTree.Build(units, year).Tree;
        var result = HierarchyMerge.Merge(tree, top.Code, year, _ => null, options with
        {
            Members = null,
            Reuse = u => byCode.GetValueOrDefault(u.Code),
        });
        findings.AddRange(result.Findings);
        var across = MemberPrints.CrossCheck(parts.Where(p => byCode.GetValueOrDefault(p.Unit.Code) == p).Select(p => p.Members));
        var at = findings.FindLastIndex(f => f.Code == HierarchyMerge.UnitMissing);
        findings.InsertRange(at < 0 ? findings.Count : at, across);
        return result with { Findings = findings };
    }

    /// <summary>The top unit for parts that share a parent code (that code), else a "TONG-HOP" consolidation, as <see cref="HierarchyMerge.MergeFiles"/> names it.</summary>
    public static UnitInfo TopFor(IEnumerable<UnitInfo> partTops)
    {
        var list = partTops.ToList();
        var parents = list.Select(u => u.Parent).Distinct(StringComparer.Ordinal).ToList();
        var code = parents.Count == 1 && !string.IsNullOrEmpty(parents[0]) ? parents[0]! : "TONG-HOP";
        return UnitInfos.Create(code, $"Tổng hợp {code}", HierarchyMerge.ParentKindFor(list.Select(u => u.Kind)));
    }
}
