using OfficeReview.Domain.Aggregation;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Synthetic;

/// <summary>Size of a synthetic country: how many provinces, and how many units and members in all.</summary>
public sealed record SyntheticCountryOptions
{
    public int Provinces { get; init; } = 34;
    /// <summary>Units in all the provinces together (about 48% of them tổ chức cơ sở đảng).</summary>
    public int Units { get; init; } = 108_300;
    public int Members { get; init; } = 5_600_000;
    public ulong Seed { get; init; } = 1;
    public int Year { get; init; } = 2025;
}

/// <summary>
/// A deterministic synthetic country: a consolidation unit on top and N <see cref="SyntheticProvince"/>s under it
/// (codes P01…P34), of unequal sizes (the largest about three times the smallest, as in the 34 provinces since
/// 2025). Each province is generated on its own from its options, so a benchmark can write one province at a time.
/// </summary>
public static class SyntheticCountry
{
    public const string TopCode = "TW";

    private static readonly string[] s_names =
    [
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thanh Hóa", "Nghệ An", "Đồng Nai", "An Giang",
        "Bắc Ninh", "Phú Thọ", "Ninh Bình", "Hưng Yên", "Quảng Ninh", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Khánh Hòa", "Quảng Ngãi",
        "Đồng Tháp", "Vĩnh Long", "Cà Mau", "Tây Ninh", "Thái Nguyên", "Lào Cai", "Tuyên Quang", "Sơn La", "Hà Tĩnh", "Quảng Trị",
        "Lạng Sơn", "Cao Bằng", "Điện Biên", "Lai Châu",
    ];

    public static UnitInfo Top => UnitInfos.Create(TopCode, "Tổng hợp toàn quốc", UnitKind.ProvincialCommittee);

    /// <summary>The options of each province, in order; their units and members add up to the country's.</summary>
    public static IReadOnlyList<SyntheticOptions> Provinces(SyntheticCountryOptions country)
    {
        var n = Math.Max(1, country.Provinces);
        // Weights from 2 down to ~0.7: a few large provinces, many middle-sized ones.
        var weights = Enumerable.Range(0, n).Select(i => 2.0 - 1.3 * i / Math.Max(1, n - 1)).ToArray();
        var sum = weights.Sum();
        var result = new List<SyntheticOptions>(n);
        int unitsLeft = country.Units, membersLeft = country.Members;
        for (var i = 0; i < n; i++)
        {
            var last = i == n - 1;
            var units = last ? unitsLeft : (int)Math.Round(country.Units * weights[i] / sum);
            var members = last ? membersLeft : (int)Math.Round(country.Members * weights[i] / sum);
            unitsLeft -= units;
            membersLeft -= members;
            result.Add(new SyntheticOptions
            {
                Units = Math.Max(1, units),
                Members = Math.Max(0, members),
                Seed = country.Seed * 1_000 + (ulong)i,
                Year = country.Year,
                ProvinceName = i < s_names.Length ? s_names[i] : $"Số {i + 1}",
                Code = $"P{i + 1:00}",
                ParentCode = TopCode,
            });
        }
        return result;
    }
}
