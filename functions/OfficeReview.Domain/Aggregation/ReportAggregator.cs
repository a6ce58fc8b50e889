using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Aggregation;

/// <summary>One child going into a consolidation: its unit (from the tree), where its figures came from, its report.</summary>
public sealed record ChildInput(UnitInfo Unit, string Source, UnitReport Report);

/// <summary>A consolidated report with the provenance of each figure and what the aggregation noticed.</summary>
public sealed record AggregateResult(UnitReport Report, Provenance Provenance, IReadOnlyList<Finding> Findings);

/// <summary>
/// Sums children reports into the parent's report (REVIEW-DOMAIN §3.2, §4.3):
/// <list type="bullet">
/// <item>Every count the child reports (organization blocks and their rows by loại hình, members with the three exempt
/// groups and the disciplined, leadership collectives, leaders) adds to the same figure of the parent.</item>
/// <item>The child itself is one organization of the parent's block for its kind — chi bộ trực thuộc → (III)
/// subordinateCells, đảng bộ bộ phận → (II) partialCommittees, đảng bộ cơ sở and chi bộ cơ sở → (I) baseOrganizations,
/// đảng bộ cấp trên trực tiếp cơ sở → (IV) upperCommittees — counted at its own rating (ownRating.level), or as not
/// rated when it has none; in the row of its loại hình when the unit has one. A report never counts its own unit in
/// its blocks (its own rating lives in ownRating), so nothing is counted twice.</item>
/// <item>Stated percentages are not carried: the result's percentages are recomputed from the summed counts at the
/// campaign's precision. Rows by loại hình are kept only when every contribution to the block carries them.</item>
/// </list>
/// Pure: no IO, no exceptions for bad input.
/// </summary>
public static class ReportAggregator
{
    public const string CategoryRowsDropped = FindingCatalogue.MergeCategoryRowsIncomplete;
    public const string OwnRatingMissing = FindingCatalogue.MergeChildNotRated;
    /// <summary>A child reports a count above the plausible bound (<see cref="RulesetParameters.MaxCount"/>).</summary>
    public const string ChildCountImplausible = FindingCatalogue.MergeChildCountImplausible;
    /// <summary>A summed figure is above the plausible bound, or beyond what Int64 holds.</summary>
    public const string SumImplausible = FindingCatalogue.MergeSumImplausible;

    /// <summary>The parent block a child's own organization counts into, or null (a province counts nowhere).</summary>
    public static OrganizationBlockKind? BlockFor(UnitKind kind) => kind switch
    {
        UnitKind.SubordinateCell => OrganizationBlockKind.SubordinateCells,
        UnitKind.PartialCommittee => OrganizationBlockKind.PartialCommittees,
        UnitKind.BaseCommittee or UnitKind.BaseCell => OrganizationBlockKind.BaseOrganizations,
        UnitKind.UpperCommittee => OrganizationBlockKind.UpperCommittees,
        _ => null,
    };

    /// <param name="maxCount">
    /// The largest plausible figure (<see cref="RulesetParameters.MaxCount"/>): a child's figure or a sum above it is an
    /// error finding. Sums never wrap: beyond Int64 they stop at <see cref="long.MaxValue"/> and are reported.
    /// </param>
    public static AggregateResult Aggregate(UnitInfo parent, int year, IReadOnlyList<ChildInput> children, int percentPrecision = 2,
        long maxCount = RulesetParameters.DefaultMaxCount)
    {
        var findings = new List<Finding>();
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        var contributions = new Dictionary<string, List<(int Child, long Value)>>(StringComparer.Ordinal);
        var incompleteRows = new HashSet<OrganizationBlockKind>();
        var notRated = new List<ChildInput>();
        var blocksWithRows = new HashSet<OrganizationBlockKind>();
        var overflowed = new HashSet<string>(StringComparer.Ordinal);
        var implausible = 0;

        for (var c = 0; c < children.Count; c++)
        {
            var child = children[c];
            var own = ChildFigures(child, incompleteRows, blocksWithRows, notRated);
            foreach (var (key, value) in own)
            {
                if (value > maxCount || value < -maxCount)
                {
                    if (++implausible <= 20)
                        findings.Add(Finding.Error(ChildCountImplausible, key,
                            $"{child.Unit.Name} ({child.Unit.Code}) báo cáo {Label(key)} là {VietnameseFormat.Count(value)}, vượt giới hạn hợp lý {VietnameseFormat.Count(maxCount)} (RulesetParameters.MaxCount); số tổng hợp không dùng được.")
                            with
                        { File = child.Source });
                }
                if (!CountBlockMath.TryAdd(sums.GetValueOrDefault(key), value, out var sum))
                {
                    overflowed.Add(key);
                    sum = CountBlockMath.Add(sums.GetValueOrDefault(key), value);
                }
                sums[key] = sum;
                if (!contributions.TryGetValue(key, out var list)) contributions[key] = list = [];
                list.Add((c, value));
            }
        }

        if (implausible > 20)
            findings.Add(Finding.Error(ChildCountImplausible, "", $"Còn {VietnameseFormat.Count(implausible - 20)} số liệu khác của các đơn vị trực thuộc vượt giới hạn hợp lý {VietnameseFormat.Count(maxCount)}."));
        foreach (var (key, sum) in sums.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (overflowed.Contains(key) || sum > maxCount || sum < -maxCount)
                findings.Add(Finding.Error(SumImplausible, key,
                    overflowed.Contains(key)
                        ? $"Tổng hợp {Label(key)} vượt quá số lớn nhất máy tính lưu được; số liệu của các đơn vị trực thuộc không hợp lệ."
                        : $"Tổng hợp {Label(key)} được {VietnameseFormat.Count(sum)}, vượt giới hạn hợp lý {VietnameseFormat.Count(maxCount)} (RulesetParameters.MaxCount); hãy kiểm tra số liệu của các đơn vị trực thuộc."));

        var report = Build(parent, year, sums, incompleteRows, percentPrecision);
        if (notRated.Count > 0)
        {
            var names = string.Join(", ", notRated.Take(5).Select(c => $"{c.Unit.Name} ({c.Unit.Code})")) + (notRated.Count > 5 ? ", …" : "");
            findings.Add(Finding.Info(OwnRatingMissing, "",
                $"{VietnameseFormat.Count(notRated.Count)} đơn vị trực thuộc chưa có mức xếp loại của chính đơn vị ({names}); được tính vào \"chưa đánh giá, xếp loại\" của khối tương ứng."));
        }
        // Said only when some rows had to be dropped (a block nobody splits by loại hình is not news).
        foreach (var kind in incompleteRows.Where(blocksWithRows.Contains).Order())
            if (report.Organizations?.Get(kind) is not null)
                findings.Add(Finding.Info(CategoryRowsDropped, $"organizations.{kind.JsonKey()}.byCategory",
                    $"{kind.VietnameseName()}: không phải đơn vị nào cũng có số liệu theo loại hình, nên bảng tổng hợp không chia theo loại hình."));

        var entries = new List<ProvenanceEntry>();
        foreach (var figure in ReportFigures.Enumerate(report))
        {
            var list = contributions.GetValueOrDefault(figure.Key) ?? [];
            entries.Add(new ProvenanceEntry(figure.Path, figure.Label, figure.Value,
                list.Select(x => new Contribution(children[x.Child].Unit.Code, children[x.Child].Unit.Name, children[x.Child].Source, x.Value)).ToList()));
        }
        return new AggregateResult(report, new Provenance(entries), findings);
    }

    /// <summary>What one child adds, by figure key (the child's own organization plus everything it reports).</summary>
    private static Dictionary<string, long> ChildFigures(ChildInput child, HashSet<OrganizationBlockKind> incompleteRows, HashSet<OrganizationBlockKind> blocksWithRows, List<ChildInput> notRated)
    {
        var figures = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string key, long value) => figures[key] = CountBlockMath.Add(figures.GetValueOrDefault(key), value);

        var report = MemberSummary.Compact(child.Report);
        foreach (var f in ReportFigures.Enumerate(report)) Add(f.Key, f.Value);

        if (BlockFor(child.Unit.Kind) is { } block)
        {
            var prefix = $"organizations.{block.JsonKey()}";
            var level = child.Report.OwnRating?.Level;
            if (level is null) notRated.Add(child);
            void AddOwn(string p)
            {
                // Every field gets a value (0 or 1), so a level nobody reached reads 0, not "not reported".
                Add($"{p}.total", 1);
                Add($"{p}.rated", level is null ? 0 : 1);
                Add($"{p}.notRated", level is null ? 1 : 0);
                foreach (var l in RatingLevels.All) Add($"{p}.{l.JsonKey()}", level == l ? 1 : 0);
            }
            AddOwn(prefix);
            if (!string.IsNullOrEmpty(child.Unit.Category)) AddOwn($"{prefix}.byCategory[{child.Unit.Category}]");
        }

        // Rows by loại hình are trustworthy only if they cover the block's total for this child.
        foreach (var kind in OrganizationBlockKinds.All)
        {
            var prefix = $"organizations.{kind.JsonKey()}";
            if (!figures.TryGetValue($"{prefix}.total", out var total) || total == 0) continue;
            var rows = figures.Where(kv => kv.Key.StartsWith($"{prefix}.byCategory[", StringComparison.Ordinal) && kv.Key.EndsWith("].total", StringComparison.Ordinal)).ToList();
            if (CountBlockMath.Sum(rows.Select(kv => kv.Value)) != total) incompleteRows.Add(kind);
            if (rows.Count > 0) blocksWithRows.Add(kind);
        }
        return figures;
    }

    private static UnitReport Build(UnitInfo parent, int year, Dictionary<string, long> sums, HashSet<OrganizationBlockKind> incompleteRows, int precision)
    {
        OrganizationBlock? Block(OrganizationBlockKind kind)
        {
            var prefix = $"organizations.{kind.JsonKey()}";
            var counts = Counts(sums, prefix, new OrganizationBlock(), precision);
            if (counts is null) return null;
            if (incompleteRows.Contains(kind)) return counts;
            var rows = new List<CategoryRow>();
            var slugs = sums.Keys
                .Where(k => k.StartsWith($"{prefix}.byCategory[", StringComparison.Ordinal))
                .Select(k => k[(prefix.Length + ".byCategory[".Length)..k.IndexOf(']', prefix.Length)])
                .Distinct(StringComparer.Ordinal)
                .OrderBy(s => UnitCategories.FromSlug(s)?.Order ?? int.MaxValue).ThenBy(s => s, StringComparer.Ordinal);
            foreach (var slug in slugs)
                if (Counts(sums, $"{prefix}.byCategory[{slug}]", new CategoryRow { Category = slug }, precision) is { } row) rows.Add(row);
            return counts with { ByCategory = rows.Count > 0 ? rows : null };
        }

        var blocks = new OrganizationBlocks
        {
            BaseOrganizations = Block(OrganizationBlockKind.BaseOrganizations),
            PartialCommittees = Block(OrganizationBlockKind.PartialCommittees),
            SubordinateCells = Block(OrganizationBlockKind.SubordinateCells),
            UpperCommittees = Block(OrganizationBlockKind.UpperCommittees),
        };

        var members = Counts(sums, "members", new MemberBlock(), precision);
        var exemptPresent = ExemptReasons.All.Any(r => sums.ContainsKey($"members.exempt.{r.JsonKey()}"));
        if (exemptPresent || sums.ContainsKey("members.disciplinedInYear"))
        {
            members ??= new MemberBlock();
            members = members with
            {
                Exempt = exemptPresent ? new ExemptCounts
                {
                    Excused = Get(sums, "members.exempt.excused"),
                    Suspended = Get(sums, "members.exempt.suspended"),
                    NewlyAdmitted = Get(sums, "members.exempt.newlyAdmitted"),
                } : null,
                DisciplinedInYear = Get(sums, "members.disciplinedInYear"),
            };
        }

        return new UnitReport
        {
            Year = year,
            Unit = parent,
            Organizations = blocks.Present().Any() ? blocks : null,
            Members = members,
            LeadershipCollectives = Counts(sums, "leadershipCollectives", new CountBlock(), precision),
            Leaders = Counts(sums, "leaders", new CountBlock(), precision),
        };
    }

    /// <summary>"organizations.baseOrganizations.total" → the label of the figure in messages.</summary>
    private static string Label(string key) => ReportFigures.LabelOf(key);

    private static long? Get(Dictionary<string, long> sums, string key) => sums.TryGetValue(key, out var v) ? v : null;

    private static T? Counts<T>(Dictionary<string, long> sums, string prefix, T seed, int precision) where T : CountBlock
    {
        if (!ReportFigures.CountFields.Any(f => sums.ContainsKey($"{prefix}.{f}"))) return null;
        var block = seed with
        {
            Total = Get(sums, $"{prefix}.total"),
            NotRated = Get(sums, $"{prefix}.notRated"),
            Rated = Get(sums, $"{prefix}.rated"),
            Excellent = Get(sums, $"{prefix}.excellent"),
            Good = Get(sums, $"{prefix}.good"),
            Complete = Get(sums, $"{prefix}.complete"),
            NotComplete = Get(sums, $"{prefix}.notComplete"),
        };
        var rated = block.EffectiveRated;
        return block with
        {
            StatedPercents = rated is > 0
                ? LevelPercents.From(level => block.Get(level) is { } n ? VietnameseFormat.Ratio(n, rated.Value, precision) : null)
                : null,
        };
    }
}
