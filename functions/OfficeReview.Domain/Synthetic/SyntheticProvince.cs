using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Synthetic;

public sealed record SyntheticOptions
{
    /// <summary>Number of units in the tree, the province included.</summary>
    public int Units { get; init; } = 50;
    /// <summary>Number of party members, spread over the units that hold members (chi bộ, and đảng bộ cơ sở without chi bộ).</summary>
    public int Members { get; init; } = 1_000;
    public ulong Seed { get; init; } = 1;
    public bool PlantErrors { get; init; }
    public int Year { get; init; } = 2025;
    /// <summary>"Mẫu" gives "Đảng bộ tỉnh Mẫu".</summary>
    public string ProvinceName { get; init; } = "Mẫu";
    /// <summary>The province's unit code (every code below starts with it); "T" by default.</summary>
    public string Code { get; init; } = "T";
    /// <summary>The unit above the province (a synthetic country's top), or null.</summary>
    public string? ParentCode { get; init; }
}

/// <summary>An error planted on purpose: the unit whose report carries it, the field, and the finding code the rulesets must give.</summary>
public sealed record PlantedError(string UnitCode, string Path, string Code, string Description);

/// <summary>
/// A deterministic synthetic province (tỉnh → đảng bộ cấp trên cơ sở → TCCS → chi bộ trực thuộc) with realistic
/// distributions: about 15% HTXS (never above the 20% quota of its group), 70–78% HTT, a few KHTNV, exempt members.
/// Every unit's report is what that unit would submit: its own organizations and members, with each parent's figures
/// equal to the sum of its children. Clean reports validate without findings; planted errors are listed with the exact
/// findings they must cause. Used by tests, the demo (`sample`) and the benchmarks.
/// </summary>
public sealed record SyntheticProvince(SyntheticOptions Options, IReadOnlyList<UnitReport> Units, IReadOnlyList<PlantedError> PlantedErrors)
{
    public UnitReport Root => Units[0];

    public IEnumerable<UnitReport> ChildrenOf(string code) => Units.Where(u => u.Unit.Parent == code);

    public static SyntheticProvince Generate(SyntheticOptions options)
    {
        var builder = new SyntheticBuilder(options);
        return builder.Build();
    }
}

internal sealed class SyntheticBuilder(SyntheticOptions options)
{
    private static readonly string[] s_places =
    [
        "An Bình", "Tân Lập", "Hòa Phú", "Phú Thịnh", "Quang Trung", "Đông Hải", "Nam Sơn", "Thạch Bàn", "Yên Lạc",
        "Vĩnh Phúc", "Mỹ An", "Hưng Đạo", "Đồng Tâm", "Kim Liên", "Thành Công", "Ngọc Hà", "Lạc Long", "Bắc Sơn",
    ];
    private static readonly string[] s_institutions =
    [
        "Trường Trung học phổ thông", "Trạm Y tế", "Công an", "Ban Chỉ huy Quân sự", "Trường Tiểu học", "Hợp tác xã nông nghiệp",
        "Công ty Cổ phần Xây dựng", "Bệnh viện Đa khoa", "Ủy ban Mặt trận Tổ quốc", "Chi cục Thuế",
    ];
    private static readonly string[] s_familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] s_middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"];
    private static readonly string[] s_givenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến",
    ];
    private static readonly string[] s_positions = ["Đảng viên", "Công chức", "Viên chức", "Giáo viên", "Công nhân", "Nông dân", "Hưu trí", "Cán bộ thôn"];

    private readonly DeterministicRandom _random = new(options.Seed);
    private readonly IReadOnlyList<ExemptReason> _exemptGroups = Rules.Rulesets.ForYear(options.Year).ParametersFor(options.Year).ExemptGroups;
    private readonly List<Node> _nodes = [];

    private sealed class Node
    {
        public required string Code { get; init; }
        public required string Name { get; init; }
        public required UnitKind Kind { get; init; }
        public string? Category { get; init; }
        /// <summary>The commune (xã/phường/đặc khu) the unit belongs to, for names.</summary>
        public string Place { get; init; } = "";
        public Node? Parent { get; init; }
        public List<Node> Children { get; } = [];
        public int MemberCount { get; set; }
        public List<MemberEntry>? Members { get; set; }
        public RatingLevel? OwnLevel { get; set; }
        public decimal? OwnScore { get; set; }
        public UnitReport? Report { get; set; }
    }

    public SyntheticProvince Build()
    {
        var unitCount = Math.Max(1, options.Units);
        BuildTree(unitCount);
        DistributeMembers();
        foreach (var node in _nodes.Where(n => n.MemberCount > 0)) node.Members = GenerateMembers(node);
        RateOrganizations();
        for (var i = _nodes.Count - 1; i >= 0; i--) _nodes[i].Report = BuildReport(_nodes[i]);
        var planted = options.PlantErrors ? PlantErrors() : [];
        return new SyntheticProvince(options, _nodes.Select(n => n.Report!).ToList(), planted);
    }

    // ---- the tree ----------------------------------------------------------------------------------------------------

    private void BuildTree(int unitCount)
    {
        var province = Add(new Node { Code = options.Code, Name = $"Đảng bộ tỉnh {options.ProvinceName}", Kind = UnitKind.ProvincialCommittee });
        if (unitCount == 1) return;

        var rest = unitCount - 1;
        var upperCount = Math.Clamp((int)Math.Round(rest * 0.04), 1, rest);
        rest -= upperCount;
        var baseCommittees = (int)Math.Round(rest * 0.12);
        var baseCells = (int)Math.Round(rest * 0.38);
        var subordinate = rest - baseCommittees - baseCells;
        if (baseCommittees == 0) { baseCells += subordinate; subordinate = 0; }

        var uppers = new List<Node>();
        for (var i = 0; i < upperCount; i++)
        {
            var place = Place(i);
            var roll = _random.NextDouble();
            var (category, prefix) = i == 0 && upperCount >= 4
                ? ("co-quan-dang-doan-the", "Đảng bộ Các cơ quan Đảng tỉnh")
                : roll < 0.70 ? ("xa", $"Đảng bộ xã {place}")
                : roll < 0.95 || options.Year < 2025 ? ("phuong", $"Đảng bộ phường {place}")
                : ("dac-khu", $"Đảng bộ đặc khu {place}");
            uppers.Add(Add(new Node { Code = $"{options.Code}.X{i + 1:000}", Name = prefix, Kind = UnitKind.UpperCommittee, Category = category, Place = place, Parent = province }));
        }

        var committees = new List<Node>();
        var perUpper = new int[upperCount];
        for (var i = 0; i < baseCommittees + baseCells; i++)
        {
            var upper = uppers[i % upperCount];
            var index = ++perUpper[i % upperCount];
            var isCommittee = i < baseCommittees;
            var institution = _random.Pick(s_institutions);
            var category = InstitutionCategory(institution);
            var village = !isCommittee && _random.Chance(0.5);
            var name = village
                ? $"Chi bộ thôn {index}"
                : $"{(isCommittee ? "Đảng bộ" : "Chi bộ")} {institution} {upper.Place}";
            var node = Add(new Node
            {
                Code = $"{upper.Code}.C{index:00}",
                Name = village ? $"{name} {upper.Place}" : name,
                Kind = isCommittee ? UnitKind.BaseCommittee : UnitKind.BaseCell,
                Category = village ? (upper.Category is "phuong" ? "phuong" : "xa") : category,
                Parent = upper,
            });
            if (isCommittee) committees.Add(node);
        }

        var perCommittee = new int[committees.Count];
        for (var i = 0; i < subordinate; i++)
        {
            var parent = committees[i % committees.Count];
            var index = ++perCommittee[i % committees.Count];
            Add(new Node { Code = $"{parent.Code}.B{index:00}", Name = $"Chi bộ {index} – {parent.Name}", Kind = UnitKind.SubordinateCell, Parent = parent });
        }
    }

    private Node Add(Node node)
    {
        _nodes.Add(node);
        node.Parent?.Children.Add(node);
        return node;
    }

    private static string Place(int i) => i < s_places.Length ? s_places[i] : $"{s_places[i % s_places.Length]} {i / s_places.Length + 1}";

    private static string InstitutionCategory(string institution) => institution switch
    {
        "Trường Trung học phổ thông" or "Trạm Y tế" or "Trường Tiểu học" or "Bệnh viện Đa khoa" => "su-nghiep-cong-lap",
        "Công an" => "cong-an",
        "Ban Chỉ huy Quân sự" => "quan-doi",
        "Hợp tác xã nông nghiệp" => "hop-tac-xa",
        "Công ty Cổ phần Xây dựng" => "doanh-nghiep-ngoai-nha-nuoc",
        "Ủy ban Mặt trận Tổ quốc" => "co-quan-dang-doan-the",
        _ => "co-quan-nha-nuoc",
    };

    // ---- members -----------------------------------------------------------------------------------------------------

    private void DistributeMembers()
    {
        var holders = _nodes.Where(n => n.Children.Count == 0 && n.Kind is UnitKind.BaseCell or UnitKind.SubordinateCell or UnitKind.BaseCommittee).ToList();
        if (holders.Count == 0) holders = [_nodes[^1]];
        var weights = holders.Select(_ => 0.5 + _random.NextDouble()).ToList();
        var sum = weights.Sum();
        var assigned = 0;
        for (var i = 0; i < holders.Count; i++)
        {
            holders[i].MemberCount = (int)Math.Floor(options.Members * weights[i] / sum);
            assigned += holders[i].MemberCount;
        }
        for (var i = 0; assigned < options.Members; i = (i + 1) % holders.Count, assigned++) holders[i].MemberCount++;
    }

    private List<MemberEntry> GenerateMembers(Node cell)
    {
        var list = new List<MemberEntry>(cell.MemberCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var levels = new List<RatingLevel?>();
        var exempt = new List<ExemptReason?>();
        var disciplined = new List<bool>();
        for (var i = 0; i < cell.MemberCount; i++)
        {
            var roll = _random.NextDouble();
            ExemptReason? reason = roll < 0.010 ? ExemptReason.Excused
                : roll < 0.0115 ? ExemptReason.Suspended
                : roll < 0.017 ? ExemptReason.NewlyAdmitted : null;
            if (reason is { } r0 && !_exemptGroups.Contains(r0)) reason = null; // HD 16 (2018) rates suspended and new members
            exempt.Add(reason);
            var isDisciplined = reason is null && _random.Chance(0.003);
            disciplined.Add(isDisciplined);
            if (reason is not null) { levels.Add(null); continue; }
            if (isDisciplined) { levels.Add(RatingLevel.NotComplete); continue; }
            var r = _random.NextDouble();
            levels.Add(r < 0.002 ? null
                : r < 0.155 ? RatingLevel.Excellent
                : r < 0.905 ? RatingLevel.Good
                : r < 0.995 ? RatingLevel.Complete
                : RatingLevel.NotComplete);
        }

        CapExcellent(levels); // the quota within the chi bộ

        for (var i = 0; i < cell.MemberCount; i++)
        {
            string name;
            do name = $"{_random.Pick(s_familyNames)} {_random.Pick(s_middleNames)} {_random.Pick(s_givenNames)}";
            while (!names.Add(name) && names.Count < 4_000);
            var level = levels[i];
            var leader = i < 2;
            var (general, task) = level is { } l ? Scores(l) : ((decimal?)null, (decimal?)null);
            list.Add(new MemberEntry
            {
                Name = name,
                BirthYear = _random.Next(1948, options.Year - 18),
                Position = leader ? (i == 0 ? "Bí thư chi bộ" : "Phó Bí thư chi bộ") : _random.Pick(s_positions),
                Cell = cell.Name,
                Form = leader ? "2A" : _random.Chance(0.25) ? "2C" : "2B",
                GeneralScore = options.Year >= 2025 ? general : null,
                TaskScore = options.Year >= 2025 ? task : null,
                SelfLevel = level,
                ProposedLevel = level,
                DecidedLevel = level,
                ExemptReason = exempt[i],
                DisciplinedInYear = disciplined[i],
                Note = disciplined[i] ? "Bị kỷ luật khiển trách trong năm" : level is null && exempt[i] is null ? "Chưa đánh giá: đang xem xét" : null,
            });
        }
        return list;
    }

    /// <summary>Demotes HTXS to HTT, last first, until HTXS ≤ 20% of HTT (the quota of every ruleset).</summary>
    private static void CapExcellent(List<RatingLevel?> levels)
    {
        var good = levels.Count(l => l == RatingLevel.Good);
        var excellent = levels.Count(l => l == RatingLevel.Excellent);
        for (var i = levels.Count - 1; i >= 0 && excellent * 5 > good; i--)
        {
            if (levels[i] != RatingLevel.Excellent) continue;
            levels[i] = RatingLevel.Good;
            excellent--;
            good++;
        }
    }

    private (decimal General, decimal Task) Scores(RatingLevel level)
    {
        var total = level switch
        {
            RatingLevel.Excellent => _random.Next(90, 99),
            RatingLevel.Good => _random.Next(70, 90),
            RatingLevel.Complete => _random.Next(50, 70),
            _ => _random.Next(30, 50),
        };
        var general = Math.Min(30, (int)Math.Round(total * 0.3) + _random.Next(-1, 2));
        var task = total - general;
        if (task > 70) { general += task - 70; task = 70; }
        return (general, task);
    }

    // ---- organizations -----------------------------------------------------------------------------------------------

    private void RateOrganizations()
    {
        foreach (var parent in _nodes)
        {
            if (parent.Children.Count == 0) continue;
            var levels = new List<RatingLevel?>();
            foreach (var _ in parent.Children)
            {
                var r = _random.NextDouble();
                levels.Add(r < 0.01 ? null : r < 0.19 ? RatingLevel.Excellent : r < 0.90 ? RatingLevel.Good : r < 0.99 ? RatingLevel.Complete : RatingLevel.NotComplete);
            }
            for (var i = 0; i < parent.Children.Count; i++) parent.Children[i].OwnLevel = levels[i];
        }

        // Clean data respects the organization-level rules: deepest first, an organization with a KHTNV member or
        // sub-unit is at most HTNV, and under HD 21 (2019–2022) HTXS needs ≥ 80% (HTT ≥ 50%) HTT or above.
        for (var n = _nodes.Count - 1; n >= 0; n--)
        {
            var node = _nodes[n];
            if (node.OwnLevel is not { } level || level == RatingLevel.NotComplete) continue;
            var basis = node.Children.Count > 0
                ? node.Children.Select(c => c.OwnLevel).OfType<RatingLevel>().ToList()
                : (node.Members ?? []).Where(m => m.ExemptReason is null).Select(m => m.FinalLevel).OfType<RatingLevel>().ToList();
            if (basis.Count == 0) continue;
            var goodUp = basis.Count(l => l.Rank() >= RatingLevel.Good.Rank()) * 100m / basis.Count;
            var hd21 = options.Year is >= 2019 and <= 2022;
            if (basis.Contains(RatingLevel.NotComplete)) level = RatingLevel.Complete;
            else if (hd21 && level == RatingLevel.Excellent && goodUp < 80) level = goodUp >= 50 ? RatingLevel.Good : RatingLevel.Complete;
            else if (hd21 && level == RatingLevel.Good && goodUp < 50) level = RatingLevel.Complete;
            node.OwnLevel = level;
        }

        foreach (var parent in _nodes.Where(p => p.Children.Count > 0))
        {
            var levels = parent.Children.Select(c => c.OwnLevel).ToList();
            CapExcellent(levels); // the quota among organizations rated by the same parent
            for (var i = 0; i < parent.Children.Count; i++)
            {
                parent.Children[i].OwnLevel = levels[i];
                parent.Children[i].OwnScore = levels[i] is { } l && options.Year >= 2025 ? Scores(l) switch { var (g, t) => g + t } : null;
            }
        }
    }

    // ---- reports -----------------------------------------------------------------------------------------------------

    private UnitReport BuildReport(Node node)
    {
        var children = node.Children.Select(c => c.Report!).ToList();
        MemberBlock? members = node.Members is { } list ? MembersOf(list) : null;
        foreach (var child in children)
            if (child.Members is { } m) members = members is null ? m : Sum(members, m);

        OrganizationBlock? baseOrgs = null, subordinate = null, upper = null;
        var ownChildren = node.Children.Where(c => c.Kind is UnitKind.BaseCommittee or UnitKind.BaseCell).ToList();
        if (ownChildren.Count > 0) baseOrgs = RatedBlock(ownChildren, withCategories: true);
        var cellChildren = node.Children.Where(c => c.Kind == UnitKind.SubordinateCell).ToList();
        if (cellChildren.Count > 0) subordinate = RatedBlock(cellChildren, withCategories: false);
        var upperChildren = node.Children.Where(c => c.Kind == UnitKind.UpperCommittee).ToList();
        if (upperChildren.Count > 0) upper = RatedBlock(upperChildren, withCategories: true);
        foreach (var child in children)
        {
            baseOrgs = SumBlocks(baseOrgs, child.Organizations?.BaseOrganizations);
            subordinate = SumBlocks(subordinate, child.Organizations?.SubordinateCells);
        }

        return new UnitReport
        {
            Year = options.Year,
            Unit = new UnitInfo { Code = node.Code, Name = node.Name, Kind = node.Kind, Category = node.Category, Parent = node.Parent?.Code ?? options.ParentCode },
            Organizations = baseOrgs is null && subordinate is null && upper is null ? null : new OrganizationBlocks
            {
                BaseOrganizations = baseOrgs,
                SubordinateCells = subordinate,
                UpperCommittees = upper,
            },
            Members = members,
            MemberList = node.Members,
            OwnRating = node.Parent is null ? null : new OwnRating { Level = node.OwnLevel, Score = node.OwnScore },
        };
    }

    private static MemberBlock MembersOf(IReadOnlyList<MemberEntry> list)
    {
        var subject = list.Where(m => m.ExemptReason is null).Select(m => m.FinalLevel);
        var block = CountBlockMath.FromLevels(new MemberBlock(), subject);
        return block with
        {
            Total = list.Count,
            Exempt = new ExemptCounts
            {
                Excused = list.Count(m => m.ExemptReason == ExemptReason.Excused),
                Suspended = list.Count(m => m.ExemptReason == ExemptReason.Suspended),
                NewlyAdmitted = list.Count(m => m.ExemptReason == ExemptReason.NewlyAdmitted),
            },
            DisciplinedInYear = list.Count(m => m.DisciplinedInYear),
        };
    }

    private static MemberBlock Sum(MemberBlock a, MemberBlock b) => CountBlockMath.Add(new MemberBlock(), a, b) with
    {
        Exempt = CountBlockMath.Add(a.Exempt, b.Exempt),
        DisciplinedInYear = CountBlockMath.Add(a.DisciplinedInYear, b.DisciplinedInYear),
    };

    private static OrganizationBlock RatedBlock(IReadOnlyList<Node> organizations, bool withCategories)
    {
        var block = CountBlockMath.FromLevels(new OrganizationBlock(), organizations.Select(o => o.OwnLevel));
        if (!withCategories) return block;
        var rows = organizations
            .GroupBy(o => o.Category ?? "khac")
            .OrderBy(g => UnitCategories.FromSlug(g.Key)?.Order ?? 99)
            .Select(g => CountBlockMath.FromLevels(new CategoryRow { Category = g.Key }, g.Select(o => o.OwnLevel)))
            .ToList();
        return block with { ByCategory = rows };
    }

    private static OrganizationBlock? SumBlocks(OrganizationBlock? a, OrganizationBlock? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        var sum = CountBlockMath.Add(new OrganizationBlock(), a, b);
        if (a.ByCategory is null && b.ByCategory is null) return sum;
        var rows = (a.ByCategory ?? []).Concat(b.ByCategory ?? [])
            .GroupBy(r => r.Category)
            .OrderBy(g => UnitCategories.FromSlug(g.Key)?.Order ?? 99)
            .Select(g => g.Aggregate(new CategoryRow { Category = g.Key }, (acc, r) => CountBlockMath.Add(acc, acc, r)))
            .ToList();
        return sum with { ByCategory = rows };
    }

    // ---- planted errors ----------------------------------------------------------------------------------------------

    private List<PlantedError> PlantErrors()
    {
        var planted = new List<PlantedError>();
        var target = Math.Max(1, _nodes.Count / 20);
        var kinds = Enum.GetValues<PlantKind>();
        var k = 0;
        for (var i = 1; i < _nodes.Count && planted.Select(p => p.UnitCode).Distinct().Count() < target; i += Math.Max(1, _nodes.Count / target))
        {
            var node = _nodes[i];
            for (var attempt = 0; attempt < kinds.Length; attempt++)
            {
                var kind = kinds[(k + attempt) % kinds.Length];
                if (Plant(node.Report!, kind) is not { } result) continue;
                var ruleset = Rulesets.ForYear(options.Year);
                var found = ruleset.Validate(result.Report)
                    .Select(f => (f.Code, f.Path)).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
                var expected = result.Errors.Select(e => (e.Code, e.Path)).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
                if (!found.SequenceEqual(expected)) continue;
                node.Report = result.Report;
                planted.AddRange(result.Errors.Select(e => e with { UnitCode = node.Code }));
                k += attempt + 1;
                break;
            }
        }
        // Reports were replaced in place; rebuild the list order from the nodes.
        return planted;
    }

    private enum PlantKind { WrongPercent, WrongDenominator, RatedSum, ScoreAboveBand, ListMismatch }

    private sealed record PlantResult(UnitReport Report, IReadOnlyList<PlantedError> Errors);

    private static PlantResult? Plant(UnitReport report, PlantKind kind)
    {
        var m = report.Members;
        PlantedError E(string path, string code, string description) => new(report.Unit.Code, path, code, description);
        switch (kind)
        {
            case PlantKind.WrongPercent when m is { Good: > 0, EffectiveRated: > 0 }:
            {
                var right = Math.Round(m.Good!.Value * 100m / m.EffectiveRated!.Value, 1, MidpointRounding.AwayFromZero);
                var wrong = right >= 50 ? right - 3.7m : right + 3.7m;
                return new(report with { Members = m with { StatedPercents = new LevelPercents { Good = wrong } } },
                    [E("members.statedPercents.good", StatedPercentRule.Mismatch, $"tỷ lệ HTT ghi {wrong} thay vì {right}")]);
            }
            case PlantKind.WrongDenominator when m is { Excellent: > 0, Good: > 0 }:
            {
                var wrong = Math.Round(m.Excellent!.Value * 100m / (m.Excellent.Value + m.Good!.Value), 1, MidpointRounding.AwayFromZero);
                return new(report with { Members = m with { StatedPercents = new LevelPercents { Excellent = wrong } } },
                    [E("members.statedPercents.excellent", StatedPercentRule.WrongDenominator, "tỷ lệ HTXS tính trên HTT + HTXS")]);
            }
            case PlantKind.RatedSum when m is { EffectiveRated: > 0, NotRated: > 0 } && report.MemberList is null:
                return new(report with { Members = m with { Rated = m.EffectiveRated + 1, NotRated = m.NotRated - 1 } },
                    [E("members.rated", BlockSumsRule.RatedSum, "số được đánh giá lớn hơn tổng 4 mức 1 đơn vị")]);
            case PlantKind.ScoreAboveBand when report.MemberList is { } list && list.FindIndex(x => x.DecidedLevel == RatingLevel.Excellent && x.GeneralScore is not null) is var i and >= 0:
            {
                var member = list[i] with { GeneralScore = 25, TaskScore = 60 };
                var changed = list.ToList();
                changed[i] = member;
                return new(report with { MemberList = changed },
                    [E($"memberList[{i}].decidedLevel", ScoreBandRule.AboveBand, $"{member.Name}: 85 điểm nhưng xếp HTXS")]);
            }
            case PlantKind.ListMismatch when report.MemberList is not null && m is { Good: > 0, Complete: not null }:
                return new(report with { Members = m with { Good = m.Good - 1, Complete = m.Complete + 1 } },
                    [
                        E("members.good", MemberListSummaryRule.Mismatch, "bảng tổng hợp ghi HTT ít hơn danh sách 1 người"),
                        E("members.complete", MemberListSummaryRule.Mismatch, "bảng tổng hợp ghi HTNV nhiều hơn danh sách 1 người"),
                    ]);
            default:
                return null;
        }
    }
}

internal static class ListExtensions
{
    public static int FindIndex<T>(this IReadOnlyList<T> list, Func<T, bool> predicate)
    {
        for (var i = 0; i < list.Count; i++) if (predicate(list[i])) return i;
        return -1;
    }
}
