using System.Text.Json;
using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Synthetic;

namespace OfficeReview.Domain.Tests.Aggregation;

/// <summary>A merge planned over subtrees gives what the one-pass merge gives, and reuses each part's result.</summary>
public class MergePlanTests
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>A small country: the top, N synthetic provinces of different sizes, every unit's report.</summary>
    private sealed record Country(UnitTree Tree, Dictionary<string, UnitReport> Reports, int Year)
    {
        public static string Root => SyntheticCountry.TopCode;

        public static Country Generate(int provinces, int units, int members, ulong seed)
        {
            var options = new SyntheticCountryOptions { Provinces = provinces, Units = units, Members = members, Seed = seed };
            var all = new List<UnitReport>();
            foreach (var p in SyntheticCountry.Provinces(options)) all.AddRange(SyntheticProvince.Generate(p).Units);
            var tree = UnitTree.Build(new[] { SyntheticCountry.Top }.Concat(all.Select(r => r.Unit)), options.Year).Tree;
            return new Country(tree, all.ToDictionary(r => r.Unit.Code, StringComparer.Ordinal), options.Year);
        }

        /// <summary>Some units have sent nothing, one sends another year, one's own figures differ from its children's.</summary>
        public Country WithGaps(ulong seed)
        {
            var random = new DeterministicRandom(seed);
            var reports = new Dictionary<string, UnitReport>(Reports, StringComparer.Ordinal);
            foreach (var code in Reports.Keys.Order(StringComparer.Ordinal))
                if (random.Chance(0.08)) reports.Remove(code);
            var leaf = reports.Values.Where(r => r.MemberList is { Count: > 0 }).OrderBy(r => r.Unit.Code, StringComparer.Ordinal).ToList();
            if (leaf.Count > 2)
            {
                reports[leaf[0].Unit.Code] = leaf[0] with { Year = Year - 1 };
                var changed = leaf[^1];
                reports[changed.Unit.Code] = changed with { Members = changed.Members! with { Total = changed.Members.Total + 3 }, MemberList = null };
            }
            return this with { Reports = reports };
        }

        public SourceReport? Latest(UnitInfo u) => Reports.TryGetValue(u.Code, out var r) ? new SourceReport($"{u.Code}.xlsx", r) : null;
    }

    private static void AssertSame(MergeResult expected, MergeResult actual)
    {
        Assert.Equal(JsonSerializer.Serialize(expected.Report, s_json), JsonSerializer.Serialize(actual.Report, s_json));
        Assert.Equal(JsonSerializer.Serialize(expected.Provenance.Entries, s_json), JsonSerializer.Serialize(actual.Provenance.Entries, s_json));
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.Missing.Select(m => m.Code), actual.Missing.Select(m => m.Code));
        Assert.Equal(expected.Root.State, actual.Root.State);
        Assert.Equal(expected.Root.Children.Select(c => c.SourceLabel), actual.Root.Children.Select(c => c.SourceLabel));
        Assert.Equal(expected.Root.Descendants().Count(), actual.Root.Descendants().Count());
    }

    public static TheoryData<int, int, int, ulong, int, bool> Shapes => new()
    {
        // provinces, units, members, seed, plan depth, with gaps
        { 3, 240, 4_000, 1, 1, false },
        { 5, 400, 6_000, 2, 1, true },
        { 4, 320, 5_000, 3, 2, true },
        { 7, 500, 7_000, 4, 1, true },
        { 2, 150, 2_500, 5, 3, true },
        { 6, 360, 3_000, 6, 2, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_planned_merge_equals_the_one_pass_merge(int provinces, int units, int members, ulong seed, int depth, bool gaps)
    {
        var country = Country.Generate(provinces, units, members, seed);
        if (gaps) country = country.WithGaps(seed + 100);
        var options = new HierarchyMerge.Options { PercentPrecision = 2 };
        var onePass = HierarchyMerge.Merge(country.Tree, Country.Root, country.Year, country.Latest, options);
        var plan = MergePlan.ByDepth(country.Tree, Country.Root, depth);

        Assert.True(plan.Parts.Count >= provinces, $"only {plan.Parts.Count} parts at depth {depth}");
        AssertSame(onePass, plan.Run(country.Tree, country.Year, country.Latest, options));
        if (gaps) Assert.Contains(onePass.Findings, f => f.Code == HierarchyMerge.YearMismatch);
    }

    [Fact]
    public void Results_that_travelled_as_JSON_give_the_same_merge_at_the_top()
    {
        var country = Country.Generate(4, 300, 4_000, 9).WithGaps(9);
        var options = new HierarchyMerge.Options();
        var plan = MergePlan.ByDepth(country.Tree, Country.Root);
        var results = plan.Parts
            .Select(p => MergePlan.MergePart(country.Tree, p, country.Year, country.Latest, options, checkMembers: true))
            .Select(r => JsonSerializer.Deserialize<SubtreeResult>(JsonSerializer.Serialize(r, s_json), s_json)!)
            .ToDictionary(r => r.Unit.Code);
        Assert.All(results.Values, r => Assert.Null(r.Node));
        Assert.All(results.Values, r => Assert.True(r.Members!.Count > 0));

        var combined = plan.Combine(country.Tree, country.Year, country.Latest, results, options, checkMembers: true);
        var onePass = HierarchyMerge.Merge(country.Tree, Country.Root, country.Year, country.Latest, options with { Members = new MemberRegistry() });
        Assert.Equal(JsonSerializer.Serialize(onePass.Report, s_json), JsonSerializer.Serialize(combined.Report, s_json));
        Assert.Equal(JsonSerializer.Serialize(onePass.Provenance.Entries, s_json), JsonSerializer.Serialize(combined.Provenance.Entries, s_json));
        Assert.Equal(onePass.Findings, combined.Findings);
        Assert.Equal(onePass.Missing.Select(m => m.Code), combined.Missing.Select(m => m.Code));
        // The whole tree, rebuilt from the parts' nodes: every unit, its state, its source, its provenance.
        string Tree(MergeResult r) => JsonSerializer.Serialize(r.Root.Descendants().Select(n => new { n.Unit.Code, n.State, n.OwnSource, n.SourceLabel, n.Provenance.Entries }), s_json);
        Assert.Equal(Tree(onePass), Tree(combined));
        // The provinces' own provenance stays with them: each figure traced to the province's children.
        var first = results[plan.Parts[0]];
        Assert.Equal(country.Tree.ChildrenOf(first.Unit.Code).Count(c => country.Reports.ContainsKey(c.Code) || first.Missing.All(m => m.Code != c.Code)),
            first.Provenance.First(e => e.Path == "members.total").Contributions.Count);
    }

    [Fact]
    public void A_reused_part_is_used_as_it_is_and_nothing_below_it_is_read_again()
    {
        var country = Country.Generate(4, 300, 4_000, 12);
        var options = new HierarchyMerge.Options();
        var plan = MergePlan.ByDepth(country.Tree, Country.Root);
        var results = plan.Parts.ToDictionary(p => p, p => MergePlan.MergePart(country.Tree, p, country.Year, country.Latest, options, checkMembers: false));

        // One province's result is altered after it was made: the top must show the alteration (it did not recompute).
        var altered = plan.Parts[1];
        var part = results[altered];
        var members = part.Report!.Members!;
        results[altered] = part with { Report = part.Report with { Members = members with { Total = members.Total + 1_000 } } };

        var asked = new List<string>();
        var top = plan.Combine(country.Tree, country.Year, u => { asked.Add(u.Code); return country.Latest(u); }, results, options, checkMembers: false);

        Assert.Equal(new[] { Country.Root }, asked);
        var onePass = HierarchyMerge.Merge(country.Tree, Country.Root, country.Year, country.Latest, options);
        Assert.Equal(onePass.Report!.Members!.Total + 1_000, top.Report!.Members!.Total);
        var contribution = top.Provenance.For("members.total")!.Contributions.Single(c => c.UnitCode == altered);
        Assert.Equal(members.Total + 1_000, contribution.Value);
        Assert.Equal(part.SourceLabel, contribution.Source);
        Assert.Same(results[altered], top.Root.Children.Single(c => c.Unit.Code == altered).Reused);
    }

    [Fact]
    public void A_part_without_a_result_is_merged_at_the_top()
    {
        var country = Country.Generate(3, 200, 3_000, 13);
        var options = new HierarchyMerge.Options();
        var plan = MergePlan.ByDepth(country.Tree, Country.Root);
        var results = plan.Parts.Skip(1).ToDictionary(p => p, p => MergePlan.MergePart(country.Tree, p, country.Year, country.Latest, options, false));
        var asked = new HashSet<string>();
        var top = plan.Combine(country.Tree, country.Year, u => { asked.Add(u.Code); return country.Latest(u); }, results, options, false);

        Assert.Equal(country.Tree.Subtree(plan.Parts[0]).Select(u => u.Code).Append(Country.Root).ToHashSet(), asked);
        AssertSame(HierarchyMerge.Merge(country.Tree, Country.Root, country.Year, country.Latest, options), top);
    }

    [Fact]
    public void A_member_listed_in_two_provinces_is_found_from_the_fingerprints()
    {
        var country = Country.Generate(3, 200, 3_000, 14);
        var plan = MergePlan.ByDepth(country.Tree, Country.Root);
        var leaves = plan.Parts.Select(p => country.Tree.Subtree(p).Select(u => country.Reports.GetValueOrDefault(u.Code)).First(r => r?.MemberList is { Count: > 3 })!).ToList();
        // The third member of province 1's first list also appears (same name, birth year, chi bộ) in province 3's list.
        var copied = leaves[0].MemberList![2];
        var target = leaves[2];
        var list = target.MemberList!.ToList();
        list[1] = copied;
        country.Reports[target.Unit.Code] = target with { MemberList = list };

        var options = new HierarchyMerge.Options();
        var planned = plan.Run(country.Tree, country.Year, country.Latest, options, checkMembers: true);
        var onePass = HierarchyMerge.Merge(country.Tree, Country.Root, country.Year, country.Latest, options with { Members = new MemberRegistry() });

        var found = Assert.Single(planned.Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
        Assert.Single(onePass.Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
        Assert.Equal($"{target.Unit.Code}.xlsx", found.File);
        Assert.Equal("memberList[1].name", found.Path);
        Assert.Contains($"dòng 3 của {leaves[0].Unit.Name} ({leaves[0].Unit.Code}", found.Message);
        // Without the copy there is nothing to report.
        country.Reports[target.Unit.Code] = target;
        Assert.DoesNotContain(plan.Run(country.Tree, country.Year, country.Latest, options, checkMembers: true).Findings, f => f.Code == MemberRegistry.DuplicateAcrossUnits);
    }

    [Fact]
    public void The_country_options_add_up_to_34_provinces_and_the_country_totals()
    {
        var provinces = SyntheticCountry.Provinces(new SyntheticCountryOptions());
        Assert.Equal(34, provinces.Count);
        Assert.Equal(5_600_000, provinces.Sum(p => p.Members));
        Assert.Equal(108_300, provinces.Sum(p => p.Units));
        Assert.Equal(34, provinces.Select(p => p.Code).Distinct().Count());
        Assert.True(provinces[0].Members > 2.5 * provinces[^1].Members);
    }
}
