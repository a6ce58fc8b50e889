using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Aggregation;

/// <summary>Member counts derived from a member list (used when a report gives the list but not the summary).</summary>
public static class MemberSummary
{
    public static MemberBlock FromList(IReadOnlyList<MemberEntry> list)
    {
        long excused = 0, suspended = 0, newly = 0, notRated = 0, disciplined = 0;
        var levels = new long[4];
        foreach (var m in list)
        {
            switch (m.ExemptReason)
            {
                case ExemptReason.Excused: excused++; continue;
                case ExemptReason.Suspended: suspended++; continue;
                case ExemptReason.NewlyAdmitted: newly++; continue;
            }
            if (m.FinalLevel is { } level) levels[(int)level]++;
            else notRated++;
            if (m.DisciplinedInYear) disciplined++;
        }
        return new MemberBlock
        {
            Total = list.Count,
            NotRated = notRated,
            Rated = CountBlockMath.Sum(levels),
            Excellent = levels[(int)RatingLevel.Excellent],
            Good = levels[(int)RatingLevel.Good],
            Complete = levels[(int)RatingLevel.Complete],
            NotComplete = levels[(int)RatingLevel.NotComplete],
            Exempt = new ExemptCounts { Excused = excused, Suspended = suspended, NewlyAdmitted = newly },
            DisciplinedInYear = disciplined,
        };
    }

    /// <summary>
    /// The report as the merge needs it: the members summary filled from the list when absent, and the list dropped
    /// (it has been checked for duplicates across units already). Keeps memory flat when thousands of reports are merged.
    /// </summary>
    public static UnitReport Compact(UnitReport report) => report.MemberList is null ? report : report with
    {
        Members = report.Members ?? FromList(report.MemberList),
        MemberList = null,
    };
}
