using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// Stated percentages are recomputed from the counts (level ÷ số được đánh giá, xếp loại). A stated figure is right
/// when it is the correct rounding at the precision it is written with (capped at the ruleset's precision). When it
/// is wrong the finding says what it should be and whether it matches another denominator instead, or whether it
/// looks like a rounding forced to make the four levels add up to 100%.
/// </summary>
internal sealed class StatedPercentRule : IRule
{
    public const string Mismatch = FindingCatalogue.PercentMismatch;
    public const string WrongDenominator = FindingCatalogue.PercentWrongDenominator;
    public const string ForcedTo100 = FindingCatalogue.PercentForced100;

    public IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters)
    {
        foreach (var group in CountGroups.Enumerate(report))
        {
            if (group.Block.StatedPercents is not { } stated) continue;
            if (group.Block.EffectiveRated is not { } rated) continue;
            foreach (var level in RatingLevels.All)
            {
                if (stated.Get(level) is not { } s || group.Block.Get(level) is not { } count) continue;
                var finding = CheckOne(group, level, s, count, rated, stated, parameters.PercentPrecision);
                if (finding is not null) yield return finding;
            }
        }
    }

    private static Finding? CheckOne(CountGroup group, RatingLevel level, decimal stated, long count, long rated, LevelPercents all, int precision)
    {
        var path = $"{group.Path}.statedPercents.{level.JsonKey()}";
        var decimals = PercentFigures.Decimals(stated, precision);
        var shown = PercentFigures.Shown(stated, precision);
        var levelName = level.VietnameseName();

        if (rated == 0)
        {
            return shown == 0 ? null : Finding.Error(Mismatch, path,
                $"{group.Label}: tỷ lệ {levelName} ghi {P(stated, decimals)} nhưng không có ai/tổ chức nào được đánh giá, xếp loại.");
        }

        var expected = Round(count, rated, decimals);
        if (expected == shown) return null;

        var basis = $"{N(count)} ÷ {N(rated)} được đánh giá, xếp loại";
        foreach (var (denominator, label) in Alternatives(group, level, rated))
        {
            if (denominator <= 0 || Round(count, denominator, decimals) != shown) continue;
            return Finding.Error(WrongDenominator, path,
                $"{group.Label}: tỷ lệ {levelName} ghi {P(stated, decimals)}, đúng phải là {P(expected, decimals)} ({basis}); " +
                $"{P(stated, decimals)} là {N(count)} ÷ {N(denominator)} ({label}) — đã tính nhầm mẫu số.");
        }

        if (LooksForcedTo100(group.Block, all, rated, decimals, shown, expected))
            return Finding.Warning(ForcedTo100, path,
                $"{group.Label}: tỷ lệ {levelName} ghi {P(stated, decimals)}, tính đúng là {P(expected, decimals)} ({basis}); " +
                "có vẻ đã làm tròn lệch để tổng các mức bằng 100%.");

        return Finding.Error(Mismatch, path,
            $"{group.Label}: tỷ lệ {levelName} ghi {P(stated, decimals)}, đúng phải là {P(expected, decimals)} ({basis}).");
    }

    private static IEnumerable<(long Denominator, string Label)> Alternatives(CountGroup group, RatingLevel level, long rated)
    {
        var b = group.Block;
        if (level == RatingLevel.Excellent)
        {
            if (b.Excellent is { } e && b.Good is { } g)
                yield return (e + g, "so với số hoàn thành tốt nhiệm vụ trở lên");
            if (b.Good is { } good)
                yield return (good, "so với số hoàn thành tốt nhiệm vụ");
        }
        if (b.Total is { } total && total != rated)
            yield return (total, "so với tổng số");
        if (b is MemberBlock { Total: { } t, Exempt: { } ex } && CountBlockMath.Subtract(t, ex.Sum) is var subject && subject != rated && subject != t)
            yield return (subject, "so với số thuộc diện đánh giá");
        if (b.LevelSum is { } levels && levels != rated)
            yield return (levels, "so với tổng 4 mức");
    }

    // All four levels stated, they add up to exactly 100, the correct roundings do not, and this one is one step off.
    private static bool LooksForcedTo100(CountBlock block, LevelPercents all, long rated, int decimals, decimal shown, decimal expected)
    {
        var step = 1m / Pow10(decimals);
        if (Math.Abs(shown - expected) != step) return false;
        decimal statedSum = 0, expectedSum = 0;
        foreach (var level in RatingLevels.All)
        {
            if (all.Get(level) is not { } s || block.Get(level) is not { } c) return false;
            statedSum += Math.Round(s, decimals, MidpointRounding.AwayFromZero);
            expectedSum += Round(c, rated, decimals);
        }
        return statedSum == 100m && expectedSum != 100m;
    }

    private static decimal Pow10(int n) { decimal r = 1; for (var i = 0; i < n; i++) r *= 10; return r; }
    private static decimal Round(long part, long whole, int decimals) => PercentFigures.Expected(part, whole, decimals);
    private static string P(decimal value, int decimals) => PercentFigures.Format(value, decimals);
    private static string N(long v) => VietnameseFormat.Count(v);
}
