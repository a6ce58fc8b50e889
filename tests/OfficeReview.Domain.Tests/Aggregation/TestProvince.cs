using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Tests.Aggregation;

/// <summary>
/// A deterministic province for aggregation tests: tỉnh → đảng ủy xã/phường → (đảng bộ cơ sở → [đảng bộ bộ phận →]
/// chi bộ trực thuộc | chi bộ cơ sở | chi bộ trực thuộc). Leaves send members (list + summary); other units send only
/// their own rating.
/// </summary>
public sealed class TestProvince
{
    public required IReadOnlyList<UnitInfo> Units { get; init; }
    public required Dictionary<string, UnitReport> Reports { get; init; }
    public required int Year { get; init; }
    public UnitTree Tree => UnitTree.Build(Units, Year).Tree;
    public string RootCode => Units[0].Code;

    private static readonly string[] s_family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
    private static readonly string[] s_middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"];
    private static readonly string[] s_given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa", "Hùng", "Lan", "Linh", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"];

    public static TestProvince Generate(int seed = 7, int uppers = 12, int year = 2025)
    {
        var rng = new Random(seed);
        var units = new List<UnitInfo>();
        var reports = new Dictionary<string, UnitReport>();
        var province = UnitInfos.Create("T01", "Đảng bộ tỉnh Thử Nghiệm", UnitKind.ProvincialCommittee);
        units.Add(province);
        var upperCategories = new[] { "xa", "phuong", "dac-khu", "co-quan-dang-doan-the" };
        var baseCategories = new[] { "su-nghiep-cong-lap", "co-quan-nha-nuoc", "doanh-nghiep-nha-nuoc", "doanh-nghiep-ngoai-nha-nuoc", "hop-tac-xa", "khac" };

        RatingLevel? Level() => rng.Next(10) switch { 0 => null, 1 or 2 => RatingLevel.Excellent, 3 or 4 or 5 or 6 => RatingLevel.Good, 7 or 8 => RatingLevel.Complete, _ => RatingLevel.NotComplete };

        void Intermediate(UnitInfo u)
        {
            units.Add(u);
            reports[u.Code] = new UnitReport { Year = year, Unit = u, OwnRating = Level() is { } l ? new OwnRating { Level = l } : null };
        }

        void Leaf(UnitInfo u)
        {
            units.Add(u);
            var members = new List<MemberEntry>();
            var n = rng.Next(3, 40);
            for (var i = 0; i < n; i++)
            {
                var exempt = rng.Next(30) switch { 0 => ExemptReason.Excused, 1 => ExemptReason.Suspended, 2 => ExemptReason.NewlyAdmitted, _ => (ExemptReason?)null };
                RatingLevel? level = exempt is null ? Level() : null;
                members.Add(new MemberEntry
                {
                    Name = $"{s_family[rng.Next(s_family.Length)]} {s_middle[rng.Next(s_middle.Length)]} {s_given[rng.Next(s_given.Length)]} {u.Code}-{i}",
                    BirthYear = 1950 + rng.Next(55),
                    Cell = u.Name,
                    DecidedLevel = level,
                    ExemptReason = exempt,
                });
            }
            long L(RatingLevel l) => members.Count(m => m.ExemptReason is null && m.DecidedLevel == l);
            long E(ExemptReason r) => members.Count(m => m.ExemptReason == r);
            var rated = RatingLevels.All.Sum(L);
            reports[u.Code] = new UnitReport
            {
                Year = year,
                Unit = u,
                OwnRating = Level() is { } own ? new OwnRating { Level = own } : null,
                Members = new MemberBlock
                {
                    Total = members.Count,
                    Exempt = new ExemptCounts { Excused = E(ExemptReason.Excused), Suspended = E(ExemptReason.Suspended), NewlyAdmitted = E(ExemptReason.NewlyAdmitted) },
                    NotRated = members.Count(m => m.ExemptReason is null && m.DecidedLevel is null),
                    Rated = rated,
                    Excellent = L(RatingLevel.Excellent), Good = L(RatingLevel.Good), Complete = L(RatingLevel.Complete), NotComplete = L(RatingLevel.NotComplete),
                },
                MemberList = members,
                Leaders = new CountBlock { Total = 2, Rated = 2, Good = 1, Excellent = 1 },
            };
        }

        for (var x = 1; x <= uppers; x++)
        {
            var upper = UnitInfos.Create($"T01.X{x:00}", $"Đảng bộ xã Số {x}", UnitKind.UpperCommittee, upperCategories[x % upperCategories.Length], province.Code);
            Intermediate(upper);
            var bases = 2 + rng.Next(3);
            for (var b = 1; b <= bases; b++)
            {
                var bc = UnitInfos.Create($"{upper.Code}.B{b}", $"Đảng bộ cơ sở {x}-{b}", UnitKind.BaseCommittee, baseCategories[rng.Next(baseCategories.Length)], upper.Code);
                Intermediate(bc);
                for (var c = 1; c <= 3 + rng.Next(4); c++)
                    Leaf(UnitInfos.Create($"{bc.Code}.C{c}", $"Chi bộ {x}-{b}-{c}", UnitKind.SubordinateCell, null, bc.Code));
                if (rng.Next(2) == 0)
                {
                    var pc = UnitInfos.Create($"{bc.Code}.P1", $"Đảng bộ bộ phận {x}-{b}", UnitKind.PartialCommittee, null, bc.Code);
                    Intermediate(pc);
                    for (var c = 1; c <= 2 + rng.Next(3); c++)
                        Leaf(UnitInfos.Create($"{pc.Code}.C{c}", $"Chi bộ {x}-{b}-P-{c}", UnitKind.SubordinateCell, null, pc.Code));
                }
            }
            for (var c = 1; c <= 3 + rng.Next(5); c++)
                Leaf(UnitInfos.Create($"{upper.Code}.CS{c}", $"Chi bộ cơ sở {x}-{c}", UnitKind.BaseCell, baseCategories[rng.Next(baseCategories.Length)], upper.Code));
            for (var c = 1; c <= 8 + rng.Next(8); c++)
                Leaf(UnitInfos.Create($"{upper.Code}.T{c}", $"Chi bộ thôn {x}-{c}", UnitKind.SubordinateCell, null, upper.Code));
        }
        return new TestProvince { Units = units, Reports = reports, Year = year };
    }
}
