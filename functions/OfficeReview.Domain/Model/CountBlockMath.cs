namespace OfficeReview.Domain.Model;

/// <summary>Adding count blocks field by field (null + null = null, null + x = x). Stated percentages are not carried.</summary>
public static class CountBlockMath
{
    /// <summary>
    /// a + b without wrapping: a sum beyond Int64 stops at <see cref="long.MaxValue"/> (or <see cref="long.MinValue"/>).
    /// Counts that large are implausible and reported by <see cref="Rules.CountsPlausibleRule"/> and the merge, so a
    /// saturated sum never passes as a figure; a wrapped one (four times 2^62 = 0) would.
    /// </summary>
    public static long Add(long a, long b) => TryAdd(a, b, out var sum) ? sum : a < 0 ? long.MinValue : long.MaxValue;

    /// <summary>a + b, false when the exact sum does not fit in Int64.</summary>
    public static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    /// <summary>a − b without wrapping (see <see cref="Add(long, long)"/>).</summary>
    public static long Subtract(long a, long b) =>
        b == long.MinValue ? (a >= 0 ? long.MaxValue : unchecked(a - b)) : Add(a, -b);

    /// <summary>The sum of the values without wrapping and without throwing (LINQ's Sum throws on overflow).</summary>
    public static long Sum(IEnumerable<long> values)
    {
        long sum = 0;
        foreach (var v in values) sum = Add(sum, v);
        return sum;
    }

    public static long? Add(long? a, long? b) => a is null && b is null ? null : Add(a ?? 0, b ?? 0);

    public static T Add<T>(T seed, CountBlock a, CountBlock b) where T : CountBlock => seed with
    {
        Total = Add(a.Total, b.Total),
        NotRated = Add(a.NotRated, b.NotRated),
        Rated = Add(a.Rated, b.Rated),
        Excellent = Add(a.Excellent, b.Excellent),
        Good = Add(a.Good, b.Good),
        Complete = Add(a.Complete, b.Complete),
        NotComplete = Add(a.NotComplete, b.NotComplete),
        StatedPercents = null,
    };

    public static ExemptCounts? Add(ExemptCounts? a, ExemptCounts? b) => a is null ? b : b is null ? a : new ExemptCounts
    {
        Excused = Add(a.Excused, b.Excused),
        Suspended = Add(a.Suspended, b.Suspended),
        NewlyAdmitted = Add(a.NewlyAdmitted, b.NewlyAdmitted),
    };

    /// <summary>A block counting a set of rated subjects by level (total = rated + not rated).</summary>
    public static T FromLevels<T>(T seed, IEnumerable<RatingLevel?> levels) where T : CountBlock
    {
        long total = 0, notRated = 0;
        var counts = new long[4];
        foreach (var level in levels)
        {
            total++;
            if (level is { } l) counts[(int)l]++; else notRated++;
        }
        return seed with
        {
            Total = total,
            NotRated = notRated,
            Rated = total - notRated,
            Excellent = counts[(int)RatingLevel.Excellent],
            Good = counts[(int)RatingLevel.Good],
            Complete = counts[(int)RatingLevel.Complete],
            NotComplete = counts[(int)RatingLevel.NotComplete],
        };
    }
}
