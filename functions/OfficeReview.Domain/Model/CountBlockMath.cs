namespace OfficeReview.Domain.Model;

/// <summary>Adding count blocks field by field (null + null = null, null + x = x). Stated percentages are not carried.</summary>
public static class CountBlockMath
{
    public static long? Add(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

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
