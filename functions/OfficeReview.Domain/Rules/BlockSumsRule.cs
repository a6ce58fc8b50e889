using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// rated = Σ four levels; total = not rated + rated; for members total = exempt (three groups) + not rated + rated.
/// </summary>
internal sealed class BlockSumsRule : IRule
{
    public const string RatedSum = FindingCatalogue.SumRatedLevels;
    public const string TotalSum = FindingCatalogue.SumTotal;
    public const string MembersTotalSum = FindingCatalogue.SumMembersTotal;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        foreach (var group in CountGroups.Enumerate(report))
        {
            var b = group.Block;
            var levels = b.LevelSum;
            if (b.Rated is { } rated && levels is { } sum && rated != sum)
                yield return Finding.Error(RatedSum, $"{group.Path}.rated",
                    $"{group.Label}: tổng 4 mức ({N(sum)}) khác số được đánh giá, xếp loại ({N(rated)}).");

            if (b.Total is not { } total) continue;
            var effectiveRated = b.EffectiveRated;
            if (group.Block is MemberBlock members)
            {
                if (effectiveRated is null && members.NotRated is null && members.Exempt is null) continue;
                var exempt = members.Exempt?.Sum ?? 0;
                var computed = CountBlockMath.Add(CountBlockMath.Add(exempt, members.NotRated ?? 0), effectiveRated ?? 0);
                if (computed != total)
                    yield return Finding.Error(MembersTotalSum, $"{group.Path}.total",
                        $"{group.Label}: tổng số ({N(total)}) khác số không thuộc diện đánh giá ({N(exempt)}) + chưa đánh giá ({N(members.NotRated ?? 0)}) + được đánh giá, xếp loại ({N(effectiveRated ?? 0)}) = {N(computed)}.");
            }
            else
            {
                if (effectiveRated is null && b.NotRated is null) continue;
                var computed = CountBlockMath.Add(b.NotRated ?? 0, effectiveRated ?? 0);
                if (computed != total)
                    yield return Finding.Error(TotalSum, $"{group.Path}.total",
                        $"{group.Label}: tổng số ({N(total)}) khác số chưa đánh giá ({N(b.NotRated ?? 0)}) + được đánh giá, xếp loại ({N(effectiveRated ?? 0)}) = {N(computed)}.");
            }
        }
    }

    private static string N(long v) => VietnameseFormat.Count(v);
}
